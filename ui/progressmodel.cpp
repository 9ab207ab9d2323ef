#include "ui/progressmodel.h"

#include "core/archivelayout.h"
#include "core/updatesavailable.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {
constexpr int FlushIntervalMs = 100;
constexpr quintptr FolderId = 0; // internal id of top-level rows; files carry folder row + 1
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

QStringView fileNameOf(const QString &path)
{
    return QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1);
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
    m_dirty.clear();
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

void ProgressModel::insertNewFiles(const QList<FileStage> &stages, const QList<int> &fresh)
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
    m_files.reserve(m_files.size() + fresh.size());
    m_fileOfPath.reserve(m_files.size() + fresh.size());
    for (auto it = toExisting.cbegin(); it != toExisting.cend(); ++it) {
        const int folderRow = m_folderOfPath.value(it.key());
        const int first = int(m_folders.at(folderRow).files.size());
        beginInsertRows(index(folderRow, 0), first, first + int(it->size()) - 1);
        for (const int stage : *it)
            appendFile(folderRow, stages.at(stage));
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
            for (const int stage : files)
                appendFile(folderRow, stages.at(stage));
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
    switch (report.status) {
    case FileReport::Status::Done:
        file.state
            = report.civitai == FileReport::Civitai::NotFound ? State::NotOnCivitai : State::Done;
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
    if (report.error.isEmpty())
        m_errors.remove(fileIndex);
    else
        m_errors.insert(fileIndex, report.error);
    m_measured.remove(fileIndex);
    file.folder = report.folder;
    file.civitaiName = report.versionName.isEmpty()
        ? report.modelName
        : QStringLiteral("%1 · %2").arg(report.modelName, report.versionName);
    file.type = internedIndex(m_types, report.modelType);
    file.updateAvailable = report.updateAvailable;
    const QString notice = report.updateAvailable
        ? UpdatesAvailable::notice(report.newerAccess, report.modelMode)
        : ModelMode::label(report.modelMode);
    if (notice.isEmpty())
        m_civitaiNotices.remove(fileIndex);
    else
        m_civitaiNotices.insert(fileIndex, notice);
    if (!wasFinished)
        ++m_folders[file.folderRow].finished;
    markDirty(fileIndex);
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
    const FolderRow &folder = m_folders.at(int(index.internalId() - 1));
    return fileData(folder.files.at(index.row()), index.column(), role);
}

QVariant ProgressModel::fileData(int fileIndex, int column, int role) const
{
    const FileRow &file = m_files.at(fileIndex);
    switch (role) {
    case Qt::DisplayRole:
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
            return m_types.value(file.type);
        }
        break;
    case Qt::ToolTipRole: {
        const QString error = m_errors.value(fileIndex);
        return error.isEmpty() ? file.path : QStringLiteral("%1\n%2").arg(file.path, error);
    }
    case Qt::TextAlignmentRole:
        return column == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
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
    case ModelPageRole: {
        if (file.folder.isEmpty())
            return QString();
        return ModelFolder(m_outputDirs.value(file.outputDir), file.folder).page();
    }
    case FilterKeyRole:
        switch (file.state) {
        case State::Done:
        case State::Skipped:
            return QStringLiteral("done");
        case State::NotOnCivitai:
            return QStringLiteral("missing");
        case State::Failed:
        case State::Cancelled:
            return QStringLiteral("failed");
        default:
            return QStringLiteral("active");
        }
    }
    return {};
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
            return tr("%1 of %2 finished").arg(folder.finished).arg(folder.files.size());
        }
        break;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(folder.path);
    case Qt::TextAlignmentRole:
        return column == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FractionRole:
        return folder.files.isEmpty() ? -1.0
                                      : double(folder.finished) / double(folder.files.size());
    case PathRole:
        return folder.path;
    case OutputDirRole:
        return folder.files.isEmpty()
            ? QString()
            : m_outputDirs.value(m_files.at(folder.files.constFirst()).outputDir);
    }
    return {};
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
        return notice.isEmpty() ? tr("Done · newer version on Civitai")
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
        return tr("Error");
    case State::Skipped:
        return tr("Skipped");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
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
    }
    return {};
}
