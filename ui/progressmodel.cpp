#include "ui/progressmodel.h"

#include "core/archivelayout.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {
constexpr int FlushIntervalMs = 100;
constexpr quintptr FolderId = 0; // internal id of top-level rows; files carry folder row + 1
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
    m_dirty.clear();
    endResetModel();
}

void ProgressModel::applyStages(const QList<FileStage> &stages)
{
    insertNewFiles(stages);
    for (const FileStage &stage : stages) {
        const int fileIndex = m_fileOfPath.value(stage.path);
        FileRow &file = m_files[fileIndex];
        if (isFinished(file.state)) {
            if (stage.step != FileStage::Step::Queued)
                continue; // a late stage never undoes a report
            --m_folders[file.folderRow].finished; // queued again: a retry
            file.error.clear();
        }
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
        file.done = stage.step == FileStage::Step::Queued ? 0 : stage.done;
        file.total = stage.step == FileStage::Step::Queued ? 0 : stage.total;
        markDirty(fileIndex);
    }
}

void ProgressModel::insertNewFiles(const QList<FileStage> &stages)
{
    // Inserted in as few steps as possible: a folder of 10,000 arrives at once.
    QList<FileStage> fresh;
    for (const FileStage &stage : stages) {
        if (!m_fileOfPath.contains(stage.path))
            fresh.append(stage);
    }
    QHash<QString, QList<FileStage>> toExisting;
    QList<QString> newFolderOrder;
    QHash<QString, QList<FileStage>> toNew;
    for (const FileStage &stage : std::as_const(fresh)) {
        const QString folder = QFileInfo(stage.path).absolutePath();
        if (m_folderOfPath.contains(folder)) {
            toExisting[folder].append(stage);
        } else {
            if (!toNew.contains(folder))
                newFolderOrder.append(folder);
            toNew[folder].append(stage);
        }
    }
    auto appendFile = [this](FolderRow &folder, int folderRow, const FileStage &stage) {
        FileRow file;
        file.path = stage.path;
        file.outputDir = m_outputDir;
        file.size = stage.step == FileStage::Step::Queued ? stage.total : 0;
        file.folderRow = folderRow;
        file.row = int(folder.files.size());
        m_fileOfPath.insert(file.path, int(m_files.size()));
        folder.files.append(int(m_files.size()));
        folder.size += file.size;
        m_files.append(file);
    };
    for (auto it = toExisting.cbegin(); it != toExisting.cend(); ++it) {
        const int folderRow = m_folderOfPath.value(it.key());
        FolderRow &folder = m_folders[folderRow];
        const int first = int(folder.files.size());
        beginInsertRows(index(folderRow, 0), first, first + int(it->size()) - 1);
        for (const FileStage &stage : *it)
            appendFile(folder, folderRow, stage);
        endInsertRows();
    }
    if (!newFolderOrder.isEmpty()) {
        const int first = int(m_folders.size());
        beginInsertRows({}, first, first + int(newFolderOrder.size()) - 1);
        for (const QString &path : std::as_const(newFolderOrder)) {
            const int folderRow = int(m_folders.size());
            m_folderOfPath.insert(path, folderRow);
            m_folders.append({ path, {}, 0, 0 });
            for (const FileStage &stage : toNew.value(path))
                appendFile(m_folders[folderRow], folderRow, stage);
        }
        endInsertRows();
    }
}

void ProgressModel::applyReport(const FileReport &report)
{
    if (!m_fileOfPath.contains(report.path))
        applyStages({ { report.path, FileStage::Step::Queued, 0, report.size } });
    const int fileIndex = m_fileOfPath.value(report.path);
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
    file.error = report.error;
    file.done = file.total = 0;
    file.folder = report.folder;
    file.civitaiName = report.versionName.isEmpty()
        ? report.modelName
        : QStringLiteral("%1 · %2").arg(report.modelName, report.versionName);
    file.type = report.modelType;
    file.updateAvailable = report.updateAvailable;
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
    const auto it = m_fileOfPath.constFind(path);
    if (it == m_fileOfPath.cend())
        return {};
    const FileRow &file = m_files.at(*it);
    return createIndex(file.row, column, quintptr(file.folderRow) + 1);
}

bool ProgressModel::isFinished(State state)
{
    return state >= State::Done;
}

void ProgressModel::markDirty(int file)
{
    m_dirty.insert(file);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProgressModel::flushChanges()
{
    // One dataChanged per folder, spanning its changed rows, plus the folder's own summary row.
    QHash<int, std::pair<int, int>> spans;
    for (const int fileIndex : std::as_const(m_dirty)) {
        const FileRow &file = m_files.at(fileIndex);
        auto it = spans.find(file.folderRow);
        if (it == spans.end())
            spans.insert(file.folderRow, { file.row, file.row });
        else
            *it = { qMin(it->first, file.row), qMax(it->second, file.row) };
    }
    m_dirty.clear();
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const QModelIndex folder = index(it.key(), 0);
        Q_EMIT dataChanged(index(it->first, 0, folder), index(it->second, ColumnCount - 1, folder));
        Q_EMIT dataChanged(folder, index(it.key(), ColumnCount - 1));
    }
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
    return fileData(m_files.at(folder.files.at(index.row())), index.column(), role);
}

QVariant ProgressModel::fileData(const FileRow &file, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return QFileInfo(file.path).fileName();
        case SizeColumn:
            return QLocale().formattedDataSize(file.size);
        case StatusColumn:
            return statusText(file);
        case CivitaiColumn:
            return file.civitaiName;
        case TypeColumn:
            return file.type;
        }
        break;
    case Qt::ToolTipRole:
        return file.error.isEmpty() ? file.path
                                    : QStringLiteral("%1\n%2").arg(file.path, file.error);
    case Qt::TextAlignmentRole:
        return column == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StateRole:
        return QVariant::fromValue(file.state);
    case FractionRole:
        return file.total > 0 ? double(file.done) / double(file.total) : -1.0;
    case PathRole:
        return file.path;
    case OutputDirRole:
        return file.outputDir;
    case ModelPageRole: {
        if (file.folder.isEmpty())
            return QString();
        return ModelFolder(file.outputDir, file.folder).page();
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
        return folder.files.isEmpty() ? QString() : m_files.at(folder.files.constFirst()).outputDir;
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

QString ProgressModel::statusText(const FileRow &file) const
{
    switch (file.state) {
    case State::Hashing:
        return file.total > 0 ? tr("Hashing %1 %").arg(file.done * 100 / file.total)
                              : stateText(file.state);
    case State::DownloadingPreviews:
        return tr("Previews %1/%2").arg(file.done).arg(file.total);
    case State::Failed:
        return tr("Error: %1").arg(file.error);
    case State::Done:
        return file.updateAvailable ? tr("Done · newer version on Civitai") : stateText(file.state);
    default:
        return stateText(file.state);
    }
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
