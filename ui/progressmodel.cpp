#include "ui/progressmodel.h"

#include "core/archivelayout.h"
#include "core/displayformat.h"
#include "core/updatesavailable.h"
#include "ui/thumbnailcache.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {
constexpr int FlushIntervalMs = 100;
// Changed rows of a folder close to each other are told as one range; beyond this many ranges
// a folder's changes are told as one span, so a flush costs a bounded number of signals.
constexpr int RowGapInOneRange = 8;
constexpr int MaxRangesPerFolder = 16;

// The folder of an absolute path, without QFileInfo's cost (100,000 paths arrive at once).
QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash > 2 ? path.left(slash) : QFileInfo(path).absolutePath();
}

bool isDirectlyIn(const QString &path, const QString &folder)
{
    return path.size() > folder.size() + 1 && path.at(folder.size()) == QLatin1Char('/')
        && path.startsWith(folder) && path.indexOf(QLatin1Char('/'), folder.size() + 1) < 0;
}

// Room for `more` entries, at least doubled when it grows: a collection arrives in batches, and
// reserving each batch's exact room copied every row and rehashed every path again each time (a
// window started on 100,000 archived files stalled 100 ms a batch).
template<typename Container> void reserveRoom(Container &container, qsizetype more)
{
    const qsizetype wanted = container.size() + more;
    if (wanted > container.capacity())
        container.reserve(qMax(wanted, 2 * container.capacity()));
}

} // namespace

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_flushTimer.setInterval(FlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProgressModel::flushChanges);
}

void ProgressModel::clear()
{
    beginResetModel();
    m_files.clear();
    m_folders.clear();
    m_fileOfPath.clear();
    m_folderOfPath.clear();
    m_errors.clear();
    m_measured.clear();
    m_civitaiNotices.clear();
    m_outputDirs.clear();
    m_types.clear();
    m_baseModels.clear();
    m_dirty.clear();
    m_waitingForCover.clear();
    endResetModel();
}

void ProgressModel::applyStages(const QList<FileStage> &stages)
{
    QList<int> fresh; // stages of files new to the model: one lookup each, 100,000 at the start
    for (int i = 0; i < stages.size(); ++i) {
        const FileStage &stage = stages.at(i);
        const int found = fileOf(stage.path);
        if (found < 0) {
            fresh.append(i);
            continue;
        }
        FileRow &file = m_files[found];
        if (isFinished(file.state)) {
            if (stage.step != FileStage::Step::Queued)
                continue; // a late stage never undoes a report
            --m_folders[file.folderRow].finished; // queued again: a retry
            m_errors.remove(found);
            m_civitaiNotices.remove(found);
        }
        setStage(found, stage);
        markDirty(found);
    }
    if (!fresh.isEmpty())
        insertNewFiles(stages, fresh); // views learn of these from rowsInserted alone
}

void ProgressModel::setStage(int fileIndex, const FileStage &stage)
{
    FileRow &file = m_files[fileIndex];
    file.fromRun = true;
    switch (stage.step) {
    case FileStage::Step::Queued:
        file.state = State::Queued;
        break;
    case FileStage::Step::Hashing:
        file.state = State::Hashing;
        break;
    case FileStage::Step::LookingUp:
        file.state = State::LookingUp;
        break;
    case FileStage::Step::DownloadingPreviews:
        file.state = State::DownloadingPreviews;
        break;
    }
    if (stage.step == FileStage::Step::Queued || stage.total <= 0)
        m_measured.remove(fileIndex);
    else
        m_measured.insert(fileIndex, { stage.done, stage.total });
}

void ProgressModel::insertNewFiles(const QList<FileStage> &stages, const QList<int> &fresh,
                                   const std::function<void(int file, int stage)> &fill)
{
    // Inserted in as few steps as possible: a folder of 10,000 arrives at once. Stages are
    // grouped by folder as indexes; a run of files in the same folder costs no folder lookup.
    QHash<QString, QList<int>> toExisting;
    QList<QString> newFolderOrder;
    QHash<QString, QList<int>> toNew;
    QString lastFolder;
    QList<int> *lastGroup = nullptr; // valid until the next insertion into either hash
    for (const int i : fresh) {
        if (lastGroup && isDirectlyIn(stages.at(i).path, lastFolder)) {
            lastGroup->append(i);
            continue;
        }
        lastFolder = folderOf(stages.at(i).path);
        if (m_folderOfPath.contains(lastFolder)) {
            lastGroup = &toExisting[lastFolder];
        } else {
            auto it = toNew.find(lastFolder);
            if (it == toNew.end()) {
                newFolderOrder.append(lastFolder);
                it = toNew.insert(lastFolder, {});
            }
            lastGroup = &*it;
        }
        lastGroup->append(i);
    }
    reserveRoom(m_files, fresh.size());
    reserveRoom(m_fileOfPath, fresh.size());
    for (auto it = toExisting.cbegin(); it != toExisting.cend(); ++it) {
        const int folderRow = m_folderOfPath.value(it.key());
        const int first = int(m_folders.at(folderRow).files.size());
        beginInsertRows(index(folderRow, 0), first, first + int(it->size()) - 1);
        for (const int stage : *it) {
            appendFile(folderRow, stages.at(stage));
            if (fill)
                fill(int(m_files.size()) - 1, stage);
        }
        endInsertRows();
    }
    if (!newFolderOrder.isEmpty()) {
        const int first = int(m_folders.size());
        beginInsertRows({}, first, first + int(newFolderOrder.size()) - 1);
        for (const QString &path : std::as_const(newFolderOrder)) {
            const int folderRow = int(m_folders.size());
            m_folderOfPath.insert(path, folderRow);
            m_folders.append({ path, {}, 0, 0 });
            const QList<int> &files = toNew[path];
            m_folders.last().files.reserve(files.size());
            for (const int stage : files) {
                appendFile(folderRow, stages.at(stage));
                if (fill)
                    fill(int(m_files.size()) - 1, stage);
            }
        }
        endInsertRows();
    }
}

void ProgressModel::appendFile(int folderRow, const FileStage &stage)
{
    FolderRow &folder = m_folders[folderRow];
    FileRow file;
    file.path = stage.path;
    file.outputDir = internedIndex(m_outputDirs, m_outputDir);
    file.size = stage.step == FileStage::Step::Queued ? stage.total : 0;
    file.folderRow = folderRow;
    file.row = int(folder.files.size());
    m_fileOfPath.insert({ file.path }, int(m_files.size())); // a view of the row's own text
    folder.files.append(int(m_files.size()));
    folder.size += file.size;
    m_files.append(file);
    if (stage.step != FileStage::Step::Queued)
        setStage(int(m_files.size()) - 1, stage);
}

quint16 ProgressModel::internedIndex(QStringList &list, const QString &value)
{
    // A handful of output folders and model types, shared by 100,000 rows.
    const qsizetype at = list.indexOf(value);
    if (at >= 0)
        return quint16(at);
    list.append(value);
    return quint16(list.size() - 1);
}

void ProgressModel::applyReport(const FileReport &report)
{
    if (fileOf(report.path) < 0)
        applyStages({ { report.path, FileStage::Step::Queued, 0, report.size } });
    const int fileIndex = fileOf(report.path);
    FileRow &file = m_files[fileIndex];
    const bool wasFinished = isFinished(file.state);
    file.fromRun = true;
    switch (report.status) {
    case FileReport::Status::Done:
        file.state = !report.removedSince.isEmpty()           ? State::Removed
            : report.fromCivArchive                           ? State::FromCivArchive
            : report.civitai == FileReport::Civitai::NotFound ? State::NotOnCivitai
                                                              : State::Done;
        break;
    case FileReport::Status::Failed:
        file.state = State::Failed;
        break;
    case FileReport::Status::Skipped:
        file.state = State::Skipped;
        break;
    case FileReport::Status::Cancelled:
        file.state = State::Cancelled;
        break;
    }
    setReason(fileIndex,
              file.state == State::Removed ? lastSeenText(report.removedSince) : report.error);
    m_measured.remove(fileIndex);
    file.folder = report.folder;
    file.civitaiName = report.versionName.isEmpty()
        ? report.modelName
        : QStringLiteral("%1 · %2").arg(report.modelName, report.versionName);
    file.type = internedIndex(m_types, report.modelType);
    setNotice(fileIndex, report.updateAvailable,
              report.updateAvailable
                  ? UpdatesAvailable::notice(report.newerAccess, report.modelMode)
                  : ModelMode::label(report.modelMode));
    if (!wasFinished)
        ++m_folders[file.folderRow].finished;
    markDirty(fileIndex);
}

void ProgressModel::setNotice(int fileIndex, bool updateAvailable, const QString &notice)
{
    m_files[fileIndex].updateAvailable = updateAvailable;
    if (notice.isEmpty())
        m_civitaiNotices.remove(fileIndex);
    else
        m_civitaiNotices.insert(fileIndex, notice);
}

void ProgressModel::applyArchived(const QList<ArchivedFile> &files)
{
    QList<int> fresh;
    for (int i = 0; i < files.size(); ++i) {
        const int found = fileOf(files.at(i).path);
        if (found < 0) {
            fresh.append(i);
            continue;
        }
        setArchived(found, files.at(i));
        markDirty(found);
    }
    if (fresh.isEmpty())
        return;
    QList<FileStage> stages(files.size());
    for (const int i : std::as_const(fresh))
        stages[i] = { files.at(i).path, FileStage::Step::Queued, 0, files.at(i).size };
    insertNewFiles(stages, fresh, [this, &files](int fileIndex, int i) {
        setArchived(fileIndex, files.at(i));
        ++m_folders[m_files.at(fileIndex).folderRow].finished; // every archived status is final
    });
}

void ProgressModel::setArchived(int fileIndex, const ArchivedFile &archived)
{
    FileRow &file = m_files[fileIndex];
    file.outputDir = internedIndex(m_outputDirs, archived.outputDir);
    file.folder = archived.folder;
    file.baseModel = internedIndex(m_baseModels, archived.baseModel);
    file.checkedMs = archived.checkedMs;
    file.cover = archived.cover;
    if (file.fromRun)
        return; // the run's status, name and notices are newer than the archive's
    const bool failed = archived.status == ArchivedFile::Status::Failed; // the newest news
    file.state = failed                                         ? State::FailedEarlier
        : !archived.removedSince.isEmpty()                      ? State::Removed
        : archived.status == ArchivedFile::Status::Archived     ? State::Done
        : archived.status == ArchivedFile::Status::NotOnCivitai ? State::NotOnCivitai
                                                                : State::NotLookedUp;
    setReason(fileIndex,
              failed ? failedEarlierText(archived) : lastSeenText(archived.removedSince));
    file.civitaiName = archived.versionName.isEmpty()
        ? archived.modelName
        : QStringLiteral("%1 · %2").arg(archived.modelName, archived.versionName);
    file.type = internedIndex(m_types, archived.type);
    setNotice(fileIndex, archived.updateAvailable,
              archived.updateAvailable ? QString() : ModelMode::label(archived.mode));
}

void ProgressModel::setReason(int fileIndex, const QString &reason)
{
    if (reason.isEmpty())
        m_errors.remove(fileIndex);
    else
        m_errors.insert(fileIndex, reason);
}

// The status of a file removed from Civitai on `isoDay` ("2026-11-30"); empty for another file.
QString ProgressModel::lastSeenText(const QString &isoDay)
{
    if (isoDay.isEmpty())
        return {};
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    //: %1 is the date Civitai last knew the file
    return tr("Removed from Civitai · last seen %1")
        .arg(day.isValid() ? DisplayFormat::date(day.startOfDay()) : isoDay);
}

// The status of a file an earlier run failed on: the day, then the reason that run gave.
QString ProgressModel::failedEarlierText(const ArchivedFile &archived)
{
    if (!archived.failedOn.isValid())
        //: %1 is why a run failed on the file ("Civitai answered 500 …")
        return tr("Failed in an earlier run: %1").arg(archived.failure);
    //: %1 is the day of the run that failed on the file, %2 why it failed
    return tr("Failed on %1: %2")
        .arg(DisplayFormat::date(archived.failedOn.startOfDay()), archived.failure);
}

void ProgressModel::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnails = thumbnails;
    connect(thumbnails, &ThumbnailCache::ready, this, &ProgressModel::coverReady);
}

void ProgressModel::coverReady(const QString &path)
{
    const QList<int> files = m_waitingForCover.take(path);
    for (const int fileIndex : files) {
        if (fileIndex < m_files.size())
            markDirty(fileIndex);
    }
}

QList<int> ProgressModel::categoryCounts() const
{
    QList<int> counts(int(Category::Count), 0);
    for (const FileRow &file : m_files)
        ++counts[int(category(file.state))];
    return counts;
}

int ProgressModel::count(State state) const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [state](const FileRow &file) { return file.state == state; }));
}

QModelIndex ProgressModel::indexOfFile(const QString &path, int column) const
{
    const int fileIndex = fileOf(path);
    if (fileIndex < 0)
        return {};
    const FileRow &file = m_files.at(fileIndex);
    return createIndex(file.row, column, quintptr(file.folderRow) + 1);
}

int ProgressModel::fileOf(const QString &path) const
{
    return m_fileOfPath.value({ path }, -1);
}

bool ProgressModel::isFinished(State state)
{
    return state >= State::Done;
}

void ProgressModel::markDirty(int file)
{
    m_dirty.append(file);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProgressModel::flushChanges()
{
    // Rows by folder, in order: each folder's runs of changed rows, then its summary row.
    QHash<int, QList<int>> rowsOfFolder;
    for (const int fileIndex : std::as_const(m_dirty)) {
        const FileRow &file = m_files.at(fileIndex);
        rowsOfFolder[file.folderRow].append(file.row);
    }
    m_dirty.clear();
    for (auto it = rowsOfFolder.begin(); it != rowsOfFolder.end(); ++it)
        emitChangedRows(it.key(), *it);
}

void ProgressModel::emitChangedRows(int folderRow, QList<int> &rows)
{
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> ranges;
    for (const int row : std::as_const(rows)) {
        if (!ranges.isEmpty() && row <= ranges.last().second + RowGapInOneRange)
            ranges.last().second = row;
        else
            ranges.append({ row, row });
    }
    if (ranges.size() > MaxRangesPerFolder)
        ranges = { { ranges.constFirst().first, ranges.constLast().second } };
    const QModelIndex folder = index(folderRow, 0);
    for (const auto &[first, last] : std::as_const(ranges))
        Q_EMIT dataChanged(index(first, 0, folder), index(last, ColumnCount - 1, folder));
    Q_EMIT dataChanged(folder, index(folderRow, ColumnCount - 1));
}

QModelIndex ProgressModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_folders.size() ? createIndex(row, column, FolderId) : QModelIndex();
    if (parent.internalId() != FolderId || parent.row() >= m_folders.size())
        return {};
    return row < m_folders.at(parent.row()).files.size()
        ? createIndex(row, column, quintptr(parent.row()) + 1)
        : QModelIndex();
}

QModelIndex ProgressModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == FolderId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, FolderId);
}

Qt::ItemFlags ProgressModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    return index.isValid() && index.internalId() != FolderId ? flags | Qt::ItemNeverHasChildren
                                                             : flags;
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_folders.size());
    if (parent.internalId() == FolderId && parent.column() == 0)
        return int(m_folders.at(parent.row()).files.size());
    return 0;
}

int ProgressModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == FolderId)
        return folderData(m_folders.at(index.row()), index.column(), role);
    return fileData(fileAt(index), index.column(), role);
}
