#pragma once

#include <QSortFilterProxyModel>

// The collection as the view shows it: sorted by the clicked column, narrowed to one status
// group and to the files whose name, Civitai name, type or base model hold every typed word.
// Folders stay while one of their files does.
class CollectionFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionFilter)

public:
    explicit CollectionFilter(QObject *parent = nullptr);

    void setStatusKey(const QString &key); // ProgressModel::filterKey(), or empty for all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_statusKey;
    QStringList m_words;
};
