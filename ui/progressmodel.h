#pragma once

#include "core/runreport.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

// The progress tree: folders, then the model files a run works on, with where each one is.
// Fed by a run's batched stages and per-file reports; changes reach views at most ten times a
// second, so ten thousand files finishing in a cached re-run cost a few repaints, not 10,000.
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
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // State
        FractionRole, // 0..1 while something measurable runs, else -1
        PathRole, // the model file (or folder) on disk
        ModelPageRole, // the file's page in the gallery, once it has one
        OutputDirRole,
        FilterKeyRole // "active", "done", "missing" or "failed", for the status filter
    };
    enum class State
    {
        Queued,
        Hashing,
        LookingUp,
        DownloadingPreviews,
        Done,
        NotOnCivitai,
        Failed,
        Skipped,
        Cancelled
    };
    Q_ENUM(State)

    explicit ProgressModel(QObject *parent = nullptr);

    void clear();
    // Files of the next stages and reports are archived into this folder.
    void setOutputDir(const QString &outputDir) { m_outputDir = outputDir; }
    // Folders show relative to the source they are in ("loras/flux"), not as long absolute paths.
    void setSourceRoots(const QStringList &roots) { m_roots = roots; }
    void applyStages(const QList<FileStage> &stages);
    void applyReport(const FileReport &report);

    int fileCount() const { return int(m_files.size()); }
    int count(State state) const;
    QModelIndex indexOfFile(const QString &path, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(State state);

private:
    struct FileRow
    {
        QString path;
        QString outputDir;
        qint64 size = 0;
        State state = State::Queued;
        qint64 done = 0;
        qint64 total = 0;
        QString error;
        QString civitaiName;
        QString type;
        QString folder; // in the archive
        bool updateAvailable = false;
        int folderRow = 0;
        int row = 0; // within its folder
    };
    struct FolderRow
    {
        QString path;
        QList<int> files; // indexes into m_files
        qint64 size = 0;
        int finished = 0;
    };

    void insertNewFiles(const QList<FileStage> &stages); // those not in the model yet
    void markDirty(int file);
    void flushChanges();
    QVariant fileData(const FileRow &file, int column, int role) const;
    QVariant folderData(const FolderRow &folder, int column, int role) const;
    QString statusText(const FileRow &file) const;
    QString displayName(const QString &folder) const;
    static bool isFinished(State state);

    QList<FileRow> m_files;
    QList<FolderRow> m_folders;
    QHash<QString, int> m_fileOfPath;
    QHash<QString, int> m_folderOfPath;
    QSet<int> m_dirty;
    QTimer m_flushTimer { this };
    QString m_outputDir;
    QStringList m_roots;
};
