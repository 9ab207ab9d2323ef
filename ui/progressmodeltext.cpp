// What the collection tree's rows show: texts, colours, icons, sort keys. The model's changes
// are in progressmodel.cpp.
#include "core/archivelayout.h"
#include "core/displayformat.h"
#include "core/displaynames.h"
#include "ui/progressmodel.h"
#include "ui/thumbnailcache.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

namespace {

QStringView fileNameOf(const QString &path)
{
    return QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// Nothing for a file Civitai told nothing about (DisplayNames says "Unknown").
QString typeText(const QString &civitaiType)
{
    return civitaiType.isEmpty() ? QString() : DisplayNames::type(civitaiType);
}

// Red that reads on the window's background, light or dark.
QColor errorColor()
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1c, 0x1c);
}

} // namespace

QVariant ProgressModel::fileText(int fileIndex, int column) const
{
    const FileRow &file = m_files.at(fileIndex);
    switch (column) {
    case NameColumn:
        return fileNameOf(file.path).toString();
    case SizeColumn:
        return QLocale().formattedDataSize(file.size);
    case StatusColumn:
        return statusText(fileIndex);
    case CivitaiColumn:
        return file.civitaiName;
    case TypeColumn:
        return typeText(m_types.value(file.type));
    case BaseModelColumn:
        return DisplayNames::baseModel(m_baseModels.value(file.baseModel));
    case CheckedColumn:
        return file.checkedMs > 0
            ? DisplayFormat::date(QDateTime::fromMSecsSinceEpoch(file.checkedMs))
            : QString();
    }
    return {};
}

QVariant ProgressModel::fileData(int fileIndex, int column, int role) const
{
    const FileRow &file = m_files.at(fileIndex);
    const bool failed = category(file.state) == Category::Failed;
    switch (role) {
    case Qt::DisplayRole:
        return fileText(fileIndex, column);
    case Qt::ToolTipRole: {
        const QString error = m_errors.value(fileIndex);
        return error.isEmpty() ? file.path : QStringLiteral("%1\n%2").arg(file.path, error);
    }
    case Qt::TextAlignmentRole:
        return column == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return failed ? QVariant(errorColor()) : QVariant();
    case Qt::DecorationRole:
        if (column == StatusColumn
            && (file.state == State::Failed || file.state == State::FailedEarlier))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return column == NameColumn ? coverOf(fileIndex) : QVariant();
    case StateRole:
        return QVariant::fromValue(file.state);
    case FractionRole: {
        const Measured measured = m_measured.value(fileIndex);
        return measured.total > 0 ? double(measured.done) / double(measured.total) : -1.0;
    }
    case PathRole:
        return file.path;
    case OutputDirRole:
        return m_outputDirs.value(file.outputDir);
    case FolderRole:
        return file.folder;
    case CoverRole:
        return file.cover;
    case ModelPageRole:
        return file.folder.isEmpty()
            ? QString()
            : ModelFolder(m_outputDirs.value(file.outputDir), file.folder).page();
    case FilterKeyRole:
        return filterKey(category(file.state));
    case SortRole:
        return sortKey(fileIndex, column);
    case SearchTextRole:
        return QStringList { fileNameOf(file.path).toString(), file.civitaiName,
                             fileText(fileIndex, TypeColumn).toString(),
                             fileText(fileIndex, BaseModelColumn).toString() }
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ProgressModel::coverOf(int fileIndex) const
{
    const FileRow &file = m_files.at(fileIndex);
    if (!m_thumbnails)
        return {};
    const QImage image = m_thumbnails->thumbnail(file.cover);
    if (!image.isNull())
        return QPixmap::fromImage(image);
    if (!file.cover.isEmpty()) {
        QList<int> &waiting = m_waitingForCover[file.cover];
        if (!waiting.contains(fileIndex))
            waiting.append(fileIndex);
    }
    // Names stay aligned whether a file has a cover, has none, or waits for it.
    QPixmap blank(m_thumbnails->size());
    blank.fill(Qt::transparent);
    return blank;
}

QVariant ProgressModel::sortKey(int fileIndex, int column) const
{
    const FileRow &file = m_files.at(fileIndex);
    switch (column) {
    case SizeColumn:
        return file.size;
    case CheckedColumn:
        return file.checkedMs;
    case StatusColumn: // by group, then by what it says
        return QStringLiteral("%1 %2").arg(int(category(file.state))).arg(statusText(fileIndex));
    default:
        return fileText(fileIndex, column).toString().toLower();
    }
}

std::optional<bool> ProgressModel::sortsBefore(const QModelIndex &left, const QModelIndex &right,
                                               int column) const
{
    if (left.internalId() == FolderId || right.internalId() == FolderId)
        return std::nullopt;
    const FileRow &a = m_files.at(fileAt(left));
    const FileRow &b = m_files.at(fileAt(right));
    switch (column) {
    case NameColumn:
        return fileNameOf(a.path).compare(fileNameOf(b.path), Qt::CaseInsensitive) < 0;
    case CivitaiColumn:
        return a.civitaiName.compare(b.civitaiName, Qt::CaseInsensitive) < 0;
    case SizeColumn:
        return a.size < b.size;
    case CheckedColumn:
        return a.checkedMs < b.checkedMs;
    }
    return std::nullopt;
}

QVariant ProgressModel::folderData(const FolderRow &folder, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return displayName(folder.path);
        case SizeColumn:
            return QLocale().formattedDataSize(folder.size);
        case StatusColumn:
            return folderStatusText(folder);
        }
        break;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(folder.path);
    case Qt::TextAlignmentRole:
        return column == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole: // also sets the rows' height (uniform): the covers' size
        return column == NameColumn ? QApplication::style()->standardIcon(QStyle::SP_DirIcon)
                                    : QVariant();
    case FractionRole: // a bar while files are on their way; the counts alone once all finished
        return folder.files.isEmpty() || folder.finished == folder.files.size()
            ? -1.0
            : double(folder.finished) / double(folder.files.size());
    case SortRole:
        return column == SizeColumn ? QVariant(folder.size)
                                    : QVariant(displayName(folder.path).toLower());
    case PathRole:
        return folder.path;
    case OutputDirRole:
        return folder.files.isEmpty()
            ? QString()
            : m_outputDirs.value(m_files.at(folder.files.constFirst()).outputDir);
    }
    return {};
}

QString ProgressModel::folderStatusText(const FolderRow &folder) const
{
    QList<int> counts(int(Category::Count), 0);
    for (const int fileIndex : folder.files)
        ++counts[int(category(m_files.at(fileIndex).state))];
    QStringList parts;
    if (counts.at(int(Category::Active)) > 0)
        parts.append(tr("%1 of %2 finished").arg(folder.finished).arg(folder.files.size()));
    if (counts.at(int(Category::Done)) > 0)
        parts.append(tr("%n done", nullptr, counts.at(int(Category::Done))));
    if (counts.at(int(Category::NotOnCivitai)) > 0)
        parts.append(tr("%n not on Civitai", nullptr, counts.at(int(Category::NotOnCivitai))));
    if (counts.at(int(Category::Failed)) > 0)
        parts.append(tr("%n failed", nullptr, counts.at(int(Category::Failed))));
    if (counts.at(int(Category::Removed)) > 0)
        parts.append(tr("%n removed from Civitai", nullptr, counts.at(int(Category::Removed))));
    return parts.join(QStringLiteral(" · "));
}

QString ProgressModel::displayName(const QString &folder) const
{
    QString best;
    for (const QString &root : m_roots) {
        const QString clean = QDir::cleanPath(root);
        if ((folder == clean || folder.startsWith(clean + QLatin1Char('/')))
            && clean.size() > best.size())
            best = clean;
    }
    if (best.isEmpty())
        return QDir::toNativeSeparators(folder);
    const QString name = QFileInfo(best).fileName();
    return QDir::toNativeSeparators(folder == best ? name : name + folder.mid(best.size()));
}

QString ProgressModel::statusText(int fileIndex) const
{
    const FileRow &file = m_files.at(fileIndex);
    const Measured measured = m_measured.value(fileIndex);
    switch (file.state) {
    case State::Hashing:
        return measured.total > 0 ? tr("Hashing %1 %").arg(measured.done * 100 / measured.total)
                                  : stateText(file.state);
    case State::DownloadingPreviews:
        return tr("Previews %1/%2").arg(measured.done).arg(measured.total);
    case State::Failed:
        return tr("Error: %1").arg(m_errors.value(fileIndex));
    case State::Removed:
    case State::FailedEarlier:
        return m_errors.value(fileIndex, stateText(file.state));
    case State::Done:
        return doneText(fileIndex);
    default:
        return stateText(file.state);
    }
}

QString ProgressModel::doneText(int fileIndex) const
{
    // An early-access or paid version, or an archived model's, is no plain download.
    const QString notice = m_civitaiNotices.value(fileIndex);
    if (m_files.at(fileIndex).updateAvailable)
        return notice.isEmpty()
            ? tr("Done · newer version on Civitai")
            //: %1: "Early access until 12/31/2026", "Paid", "Archived on Civitai"
            : tr("Done · newer version on Civitai (%1)").arg(notice);
    //: %1 says what Civitai did with the model: "Archived on Civitai"
    return notice.isEmpty() ? stateText(State::Done) : tr("Done · %1").arg(notice);
}

QString ProgressModel::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Hashing:
        return tr("Hashing");
    case State::LookingUp:
        return tr("Looking up on Civitai");
    case State::DownloadingPreviews:
        return tr("Downloading previews");
    case State::Done:
        return tr("Done");
    case State::NotOnCivitai:
        return tr("Not on Civitai");
    case State::Failed:
    case State::FailedEarlier:
        return tr("Error");
    case State::Skipped:
        return tr("Skipped");
    case State::Cancelled:
        return tr("Cancelled");
    case State::NotLookedUp:
        return tr("Not looked up yet");
    case State::FromCivArchive:
        return tr("Not on Civitai · archived from CivArchive");
    case State::Removed:
        return tr("Removed from Civitai");
    }
    return {};
}

ProgressModel::Category ProgressModel::category(State state)
{
    switch (state) {
    case State::Done:
    case State::Skipped:
    case State::NotLookedUp:
        return Category::Done;
    case State::NotOnCivitai:
    case State::FromCivArchive:
        return Category::NotOnCivitai;
    case State::Failed:
    case State::FailedEarlier:
    case State::Cancelled:
        return Category::Failed;
    case State::Removed:
        return Category::Removed;
    case State::Queued:
    case State::Hashing:
    case State::LookingUp:
    case State::DownloadingPreviews:
        break;
    }
    return Category::Active;
}

QString ProgressModel::filterKey(Category category)
{
    switch (category) {
    case Category::Active:
        return QStringLiteral("active");
    case Category::Done:
        return QStringLiteral("done");
    case Category::NotOnCivitai:
        return QStringLiteral("missing");
    case Category::Removed:
        return QStringLiteral("removed");
    case Category::Failed:
    case Category::Count:
        break;
    }
    return QStringLiteral("failed");
}

QString ProgressModel::categoryText(Category category)
{
    switch (category) {
    case Category::Active:
        return tr("In progress");
    case Category::Done:
        return tr("Done");
    case Category::NotOnCivitai:
        return tr("Not on Civitai");
    case Category::Removed:
        return tr("Removed from Civitai");
    case Category::Failed:
    case Category::Count:
        break;
    }
    return tr("Errors");
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case CivitaiColumn:
        return tr("Civitai name");
    case TypeColumn:
        return tr("Type");
    case BaseModelColumn:
        return tr("Base model");
    case CheckedColumn:
        return tr("Last checked");
    }
    return {};
}
