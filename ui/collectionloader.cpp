#include "ui/collectionloader.h"

#include "core/archivelayout.h"
#include "core/archivereader.h"
#include "core/failedfiles.h"
#include "core/filehistory.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/processedfiles.h"
#include "core/statefile.h"
#include "ui/background.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSemaphore>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <functional>

namespace {

// The first batch is small so the window paints at once; the rest are larger, so few handovers.
constexpr int FirstBatch = 50;
constexpr int LaterBatch = 500;

// processed_files.json read as it is (ProcessedFiles would set a damaged file aside: this only
// looks), a member at a time. By archive folder, the model files it holds; by file name, those
// the Python tool recorded without a folder. Read while the window holds the collection's rows:
// the folders are read first, so that of the files list only the few without one are kept.
struct KnownFiles
{
    QMultiHash<QString, QString> byFolder;
    QMultiHash<QString, QString> byName;

    explicit KnownFiles(const QString &outputDir)
    {
        StateFileBytes file(ArchiveLayout(outputDir).processedFiles());
        if (!file.open(nullptr))
            return;
        QSet<QString> inFolders; // sharing byFolder's strings
        bool membersRead = true;
        const bool read
            = ProcessedFiles::readFolders(file.bytes(),
                                          [&](QByteArrayView path, QByteArrayView folder) {
                                              const QString file = QString::fromUtf8(path);
                                              byFolder.insert(JsonStream::string(folder), file);
                                              inFolders.insert(file);
                                          })
            && JsonStream::forEachMember(
                  file.bytes(), [&](const QString &key, QByteArrayView value) {
                      if (key != QLatin1String("files") || !value.startsWith('['))
                          return;
                      membersRead &= JsonStream::readArray(value, [&](QByteArrayView element) {
                          if (const QString path = JsonStream::string(element);
                              !path.isEmpty() && !inFolders.contains(path))
                              byName.insert(QFileInfo(path).fileName(), path);
                      });
                  });
        if (!read || !membersRead) {
            byFolder.clear();
            byName.clear();
        }
    }
    QStringList of(const ArchivedModel &model) const
    {
        QStringList paths = byFolder.values(model.folder);
        if (paths.isEmpty())
            paths = byName.values(model.fileName);
        std::reverse(paths.begin(), paths.end()); // in the order read
        return paths;
    }
};

ArchivedFile::Status statusOf(const ArchivedModel &model)
{
    if (model.hasCivitaiData)
        return ArchivedFile::Status::Archived;
    return model.missingFromCivitai ? ArchivedFile::Status::NotOnCivitai
                                    : ArchivedFile::Status::NotLookedUp;
}

ArchivedFile fileOf(const QString &outputDir, const QString &path, const ArchivedModel &model)
{
    ArchivedFile file;
    file.path = QDir::cleanPath(QDir::current().absoluteFilePath(path)); // as ProcessedFiles does
    file.outputDir = outputDir;
    file.folder = model.folder;
    file.status = statusOf(model);
    file.modelName = model.hasCivitaiData ? model.modelName : QString();
    file.versionName = model.versionName;
    file.type = model.type;
    file.baseModel = model.baseModel;
    const QFileInfo onDisk(file.path);
    file.size = onDisk.exists() ? onDisk.size() : qMax<qint64>(model.fileSize, 0);
    const ModelFolder folder(outputDir, model.folder);
    const QFileInfo answer(model.hasCivitaiData ? folder.versionFile() : folder.hashFile());
    file.checkedMs = answer.exists() ? answer.lastModified().toMSecsSinceEpoch() : 0;
    for (const ArchivedPreview &preview : model.previews) {
        if (!preview.isVideo) {
            file.cover = QDir(outputDir).filePath(preview.file);
            break;
        }
    }
    file.updateAvailable = !model.update.isEmpty();
    file.mode = model.mode;
    return file;
}

// The files the archive's last runs failed on: those the archive knows show failed, the others
// (never archived: unreadable, or failed before their hash was written) are added while on disk.
class Failures
{
public:
    explicit Failures(const QString &outputDir)
        : m_outputDir(outputDir)
    {
        FailedFiles record(outputDir);
        record.load(); // without it, every failure is forgotten at a restart
        m_unseen = record.failures();
    }
    void mark(ArchivedFile &file)
    {
        const auto found = m_unseen.constFind(file.path);
        if (found == m_unseen.cend())
            return;
        setFailed(file, *found);
        m_unseen.erase(found);
    }
    // The failed files no archive folder holds.
    QList<ArchivedFile> others() const
    {
        QList<ArchivedFile> files;
        for (auto it = m_unseen.cbegin(); it != m_unseen.cend(); ++it) {
            const QFileInfo onDisk(it.key());
            if (!onDisk.isFile())
                continue; // gone since: nothing to retry
            ArchivedFile file;
            file.path = it.key();
            file.outputDir = m_outputDir;
            file.size = onDisk.size();
            setFailed(file, *it);
            files.append(file);
        }
        return files;
    }

private:
    static void setFailed(ArchivedFile &file, const FailedFiles::Failure &failure)
    {
        file.status = ArchivedFile::Status::Failed;
        file.failure = failure.reason;
        file.failedOn = failure.date;
    }

    QString m_outputDir;
    QHash<QString, FailedFiles::Failure> m_unseen;
};

} // namespace

// What a load's reader and the window share: the reader takes a slot for each batch it hands
// over, the window gives it back once the batch is shown (or dropped).
struct CollectionLoader::Handover
{
    std::atomic_bool cancelled = false;
    QSemaphore free { MaxBatchesWaiting };
    std::atomic_int waiting = 0;
};

CollectionLoader::CollectionLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<ArchivedFile>>();
}

CollectionLoader::~CollectionLoader()
{
    stop();
}

int CollectionLoader::batchesWaiting() const
{
    return m_handover ? m_handover->waiting.load() : 0;
}

void CollectionLoader::stop()
{
    if (m_handover) {
        m_handover->cancelled.store(true);
        // A reader waiting for a slot takes this one, then sees the flag before it asks again.
        m_handover->free.release();
    }
    m_running.waitForFinished();
}

void CollectionLoader::load(const QStringList &outputDirs)
{
    stop();
    auto handover = std::make_shared<Handover>();
    m_handover = handover;
    // `this` outlives the work: the destructor waits for it. A batch still queued when a new
    // load starts is dropped by the flag it carries.
    CollectionLoader *self = this;
    m_running = QtConcurrent::run(backgroundPool(), [self, handover, outputDirs] {
        const BackgroundPriority lower;
        for (const QString &outputDir : outputDirs) {
            read(
                outputDir, LaterBatch,
                [&](QList<ArchivedFile> &batch) {
                    if (handover->cancelled.load())
                        return;
                    handover->free.acquire();
                    ++handover->waiting;
                    // Queued to the loader's thread; dropped there if a newer load started.
                    QMetaObject::invokeMethod(
                        self,
                        [self, handover, batch] {
                            --handover->waiting;
                            if (!handover->cancelled.load())
                                Q_EMIT self->batchRead(batch);
                            handover->free.release();
                        },
                        Qt::QueuedConnection);
                },
                handover->cancelled);
        }
        QMetaObject::invokeMethod(
            self,
            [self, handover] {
                if (!handover->cancelled.load())
                    Q_EMIT self->finished();
            },
            Qt::QueuedConnection);
    });
}

void CollectionLoader::read(const QString &outputDir, int batchSize,
                            const std::function<void(QList<ArchivedFile> &)> &handle,
                            const std::atomic_bool &cancelled)
{
    if (!QFileInfo::exists(ArchiveLayout(outputDir).processedFiles())
        && !QFileInfo::exists(QDir(outputDir).filePath(FailedFiles::fileName())))
        return; // not an archive (yet)
    const KnownFiles known(outputDir);
    const QHash<QString, QString> removed = FileHistory::removedFiles(outputDir);
    Failures failures(outputDir);
    QList<ArchivedFile> batch;
    int wanted = qMin(FirstBatch, batchSize);
    // The reader's own batches are small: each is turned into rows and dropped at once.
    ArchiveReader::readInBatches(
        outputDir, FirstBatch,
        [&](QList<ArchivedModel> &models) {
            for (const ArchivedModel &model : std::as_const(models)) {
                for (const QString &path : known.of(model)) {
                    batch.append(fileOf(outputDir, path, model));
                    batch.last().removedSince = removed.value(model.folder);
                    failures.mark(batch.last());
                }
            }
            if (batch.size() >= wanted) {
                handle(batch);
                batch.clear();
                wanted = batchSize;
            }
        },
        nullptr, [&cancelled](const QString &) { return cancelled.load(); });
    batch += failures.others();
    if (!batch.isEmpty() && !cancelled.load())
        handle(batch);
}
