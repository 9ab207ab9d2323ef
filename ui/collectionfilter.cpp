#include "ui/collectionfilter.h"

#include "ui/progressmodel.h"

CollectionFilter::CollectionFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ProgressModel::SortRole);
}

void CollectionFilter::setStatusKey(const QString &key)
{
    if (key == m_statusKey)
        return;
    m_statusKey = key;
    invalidateFilter();
}

void CollectionFilter::setText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool CollectionFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_statusKey.isEmpty() && m_words.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false; // a folder: shown for its files (recursive filtering)
    const QModelIndex file = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statusKey.isEmpty() && file.data(ProgressModel::FilterKeyRole).toString() != m_statusKey)
        return false;
    const QString text = file.data(ProgressModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &word) {
        return text.contains(word, Qt::CaseInsensitive);
    });
}

bool CollectionFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *files = qobject_cast<const ProgressModel *>(sourceModel())) {
        if (const auto before = files->sortsBefore(left, right, left.column()))
            return *before;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    return a.toString() < b.toString(); // keys are lower case already
}
