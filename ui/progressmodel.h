#pragma once

#include "core/runreport.h"
#include "ui/collectionloader.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>
#include <optional>

// The collection tree: folders, then the model files the archives know (applyArchived) and those
// a run works on, with where each one is. Fed by a run's batched stages and per-file reports;
// changes reach views at most ten times a second, so ten thousand files finishing in a cached
// re-run cost a few repaints, not 10,000.
class ThumbnailCache;

class ProgressModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        StatusColumn,
        CivitaiColumn,
        TypeColumn,
        BaseModelColumn,
        CheckedColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // State
        FractionRole, // 0..1 while something measurable runs, else -1
        PathRole, // the model file (or folder) on disk
        ModelPageRole, // the file's page in the gallery, once it has one
        OutputDirRole,
        FilterKeyRole, // filterKey(category), for the status filter
        SortRole, // what a column sorts by: sizes and dates as numbers
        SearchTextRole, // what the text filter looks in
        FolderRole, // the archive folder (relative to OutputDirRole), once the file has one
        CoverRole // the cover picture's path, once known
    };
    enum class State : quint8
    {
        Queued,
        Hashing,
        LookingUp,
        DownloadingPreviews,
        Done,
        NotOnCivitai,
        Failed,
        Skipped,
        Cancelled,
        NotLookedUp, // from the archive: hashed, but Civitai's answer was never archived
        FromCivArchive, // unknown to Civitai, archived from CivArchive's answer
        Removed, // known to Civitai before, unknown now: its archive is kept
        FailedEarlier, // an earlier run failed on it: the day and reason (failed_files.json)
        // A new status: a value here (after Done: finished ones), its words in stateText() and
        // its group in category(); the filter, counts and colours follow.
    };
    Q_ENUM(State)
    // The groups the status filter offers and counts.
    enum class Category : quint8
    {
        Active,
        Done,
        NotOnCivitai,
        Failed,
        Removed,
        Count
    };

    explicit ProgressModel(QObject *parent = nullptr);

    void clear();
    // Files of the next stages and reports are archived into this folder.
    void setOutputDir(const QString &outputDir) { m_outputDir = outputDir; }
    // Folders show relative to the source they are in ("loras/flux"), not as long absolute paths.
    void setSourceRoots(const QStringList &roots) { m_roots = roots; }
    void applyStages(const QList<FileStage> &stages);
    void applyReport(const FileReport &report);
    // What the archives say about their files: new rows, or the archive's details for rows a
    // run already shows (their status stays the run's).
    void applyArchived(const QList<ArchivedFile> &files);
    // Covers come from here (none without it).
    void setThumbnails(ThumbnailCache *thumbnails);

    int fileCount() const { return int(m_files.size()); }
    int count(State state) const;
    // Files per category, indexed by Category.
    QList<int> categoryCounts() const;
    QModelIndex indexOfFile(const QString &path, int column = NameColumn) const;
    // Whether file row `left` sorts before `right` by `column` (texts without regard to case, as
    // the SortRole keys), without making the keys: the view sorts 100,000 rows as a run queues
    // them. Nothing when either is not a file row or the column's key has to be made.
    std::optional<bool> sortsBefore(const QModelIndex &left, const QModelIndex &right,
                                    int column) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(State state);
    static Category category(State state);
    static QString filterKey(Category category);
    static QString categoryText(Category category);

private:
    // 100,000 of these: what every row needs, compactly; the rest is kept aside for the few
    // files it concerns (m_errors, m_measured, m_civitaiNotices) or once for all (m_outputDirs,
    // m_types).
    struct FileRow
    {
        QString path; // never changes: m_fileOfPath's key views its text
        QString civitaiName;
        QString folder; // in the archive
        qint64 size = 0;
        int folderRow = 0;
        int row = 0; // within its folder
        quint16 outputDir = 0; // index into m_outputDirs
        quint16 type = 0; // index into m_types
        quint16 baseModel = 0; // index into m_baseModels
        State state = State::Queued;
        bool updateAvailable = false;
        bool fromRun = false; // a run of this session told its status: the archive's is older
        qint64 checkedMs = 0;
        QString cover;
    };
    static constexpr quintptr FolderId = 0; // top-level rows' internal id; a file's: folder + 1
    struct FolderRow
    {
        QString path;
        QList<int> files; // indexes into m_files
        qint64 size = 0;
        int finished = 0;
    };
    // A view of a file row's path as a hash key: 100,000 keys without a copy of a QString each
    // (and its reference count touched on every insertion).
    struct PathKey
    {
        QStringView path;
        friend bool operator==(PathKey a, PathKey b) { return a.path == b.path; }
        friend size_t qHash(PathKey key, size_t seed = 0) { return qHash(key.path, seed); }
    };
    struct Measured // bytes hashed or previews downloaded, while a file is at it
    {
        qint64 done = 0;
        qint64 total = 0;
    };

    void insertNewFiles(const QList<FileStage> &stages, const QList<int> &fresh,
                        const std::function<void(int file, int stage)> &fill = {});
    void setArchived(int fileIndex, const ArchivedFile &archived);
    void setReason(int fileIndex, const QString &reason);
    static QString lastSeenText(const QString &isoDay);
    static QString failedEarlierText(const ArchivedFile &archived);
    void setNotice(int fileIndex, bool updateAvailable, const QString &notice);
    void appendFile(int folderRow, const FileStage &stage);
    void setStage(int fileIndex, const FileStage &stage);
    int fileOf(const QString &path) const; // -1 when not in the model
    // The m_files index of the file row `index` (not a folder row).
    int fileAt(const QModelIndex &index) const
    {
        return m_folders.at(int(index.internalId() - 1)).files.at(index.row());
    }
    void markDirty(int file);
    void flushChanges();
    void emitChangedRows(int folderRow, QList<int> &rows);
    QVariant fileData(int fileIndex, int column, int role) const;
    QVariant fileText(int fileIndex, int column) const;
    QVariant folderData(const FolderRow &folder, int column, int role) const;
    QString statusText(int fileIndex) const;
    QString doneText(int fileIndex) const;
    QString displayName(const QString &folder) const;
    QString folderStatusText(const FolderRow &folder) const;
    QVariant sortKey(int fileIndex, int column) const;
    QVariant coverOf(int fileIndex) const;
    void coverReady(const QString &path);
    static bool isFinished(State state);
    static quint16 internedIndex(QStringList &list, const QString &value);

    QList<FileRow> m_files;
    QList<FolderRow> m_folders;
    QHash<PathKey, int> m_fileOfPath;
    QHash<QString, int> m_folderOfPath;
    // By file, why it is as it is (the tooltip tells it): its error, or since when it is removed
    // from Civitai. Few have one.
    QHash<int, QString> m_errors;
    // By file, the few whose model Civitai archived or took down, or whose newer version is early
    // access or paid: "Early access until 12/31/2026".
    QHash<int, QString> m_civitaiNotices;
    QHash<int, Measured> m_measured; // by file: a few at a time
    QStringList m_outputDirs;
    QStringList m_types;
    QStringList m_baseModels;
    QList<int> m_dirty; // files changed since the last flush, maybe more than once
    QTimer m_flushTimer { this };
    QString m_outputDir;
    QStringList m_roots;
    ThumbnailCache *m_thumbnails = nullptr;
    mutable QHash<QString, QList<int>> m_waitingForCover; // cover -> files that showed none yet
};
