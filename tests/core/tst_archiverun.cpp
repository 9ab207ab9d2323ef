#include "archivefiles.h"
#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/archiverun.h"
#include "core/failedfiles.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "fakecivitai.h"
#include "keptidentity.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestArchiveRun final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    RunOptions m_options;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.reset());
        m_options = {};
        m_options.sources = { m_folder.models() };
        m_options.outputDir = m_folder.path(QStringLiteral("out"));
        m_options.lookUpCivitai = false; // the local stage alone; tst_civitaisync covers the rest
    }

    void archivesHashAndMetadataOfEachModel()
    {
        const QByteArray lora = SafetensorsFactory::build(SafetensorsFactory::loraMetadata());
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("lighthouse.safetensors")),
                                          lora));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("plain.safetensors")),
                                          SafetensorsFactory::build()));

        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.filesFound, 2);
        QCOMPARE(summary.filesDone, 2);
        QCOMPARE(summary.filesHashed, 2);

        const auto hash = JsonFile::readObject(
            m_folder.output(QStringLiteral("lighthouse/lighthouse_hash.json")));
        QVERIFY(hash);
        QCOMPARE(hash->value(QLatin1String("hash_type")).toString(), QStringLiteral("SHA256"));
        QCOMPARE(hash->value(QLatin1String("hash_value")).toString(), FileHasher::hashBytes(lora));
        QCOMPARE(hash->value(QLatin1String("filename")).toString(),
                 QStringLiteral("lighthouse.safetensors"));

        const auto metadata = JsonFile::readObject(
            m_folder.output(QStringLiteral("lighthouse/lighthouse_metadata.json")));
        QVERIFY(metadata);
        QCOMPARE(*metadata, SafetensorsFactory::loraMetadata());
        // Without __metadata__ the seed saved the whole header; so do we.
        const auto header
            = JsonFile::readObject(m_folder.output(QStringLiteral("plain/plain_metadata.json")));
        QVERIFY(header && header->contains(QLatin1String("lora_unet_down.weight")));

        const auto lighthouse
            = std::find_if(reports.cbegin(), reports.cend(), [](const FileReport &r) {
                  return r.folder == QLatin1String("lighthouse");
              });
        QVERIFY(lighthouse != reports.cend());
        QCOMPARE(lighthouse->triggerWords.constFirst(), QStringLiteral("lighthouse style"));

        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        QCOMPARE(processed->value(QLatin1String("files")).toArray().size(), 2);
    }

    void readsNoFileBytesOnAnUnchangedRerun()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                SafetensorsFactory::write(m_folder.models(QStringLiteral("m%1.safetensors").arg(i)),
                                          SafetensorsFactory::build({}, 4096 * (i + 1))));
        QVERIFY(KeptIdentity::stamp(m_folder.models(QStringLiteral("m0.safetensors"))));
        QVERIFY(runToEnd(m_options).succeeded());
        const QByteArray hashFileBefore = [&] {
            QFile file(m_folder.output(QStringLiteral("m0/m0_hash.json")));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        // Other bytes under the same identity: hashed again, they would change the hash file.
        QVERIFY(KeptIdentity::rewrite(m_folder.models(QStringLiteral("m0.safetensors"))));
        const RunSummary second = runToEnd(m_options);
        QCOMPARE(second.bytesHashed, 0);
        QCOMPARE(second.filesFromCache, 5);
        QCOMPARE(second.filesHashed, 0);
        QVERIFY(second.succeeded());

        // Unchanged: the hash file (and its timestamp) is left as it was.
        QFile file(m_folder.output(QStringLiteral("m0/m0_hash.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), hashFileBefore);
    }

    // A hash file seen holding its file's name and hash, and settled, is vouched for by its
    // identity as a model file is: other bytes under it are not seen; a new time is read and
    // mended.
    void readsASettledHashFileBackOnlyWhenItChanged()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("kept.safetensors")),
                                          SafetensorsFactory::build({}, 4096)));
        const QString hashFile = m_folder.output(QStringLiteral("kept/kept_hash.json"));
        QVERIFY(runToEnd(m_options).succeeded());
        const QByteArray written = readFile(hashFile);
        QVERIFY(KeptIdentity::stamp(hashFile)); // settled: written long ago
        QVERIFY(runToEnd(m_options).succeeded()); // read back once, and vouched for
        QCOMPARE(readFile(hashFile), written);

        QVERIFY(KeptIdentity::rewrite(hashFile)); // its closing brace is gone
        const QByteArray rewritten = readFile(hashFile);
        QVERIFY(rewritten != written);
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(readFile(hashFile), rewritten);

        QFile touched(hashFile);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(KeptIdentity::stampTime().addSecs(60),
                                    QFileDevice::FileModificationTime));
        touched.close();
        QVERIFY(runToEnd(m_options).succeeded());
        const auto mended = JsonFile::readObject(hashFile);
        QVERIFY(mended);
        QCOMPARE(mended->value(QLatin1String("filename")).toString(),
                 QStringLiteral("kept.safetensors"));
        QCOMPARE(mended->value(QLatin1String("hash_value")),
                 QJsonDocument::fromJson(written).object().value(QLatin1String("hash_value")));
    }

    // An unchanged file's header is not read again while its metadata file is there; a deleted
    // metadata file is written again, a changed model file's is rewritten.
    void keepsTheMetadataFileOfAnUnchangedFileCurrent()
    {
        const QString model = m_folder.models(QStringLiteral("meta.safetensors"));
        const QString metadataFile = m_folder.output(QStringLiteral("meta/meta_metadata.json"));
        QVERIFY(SafetensorsFactory::write(
            model, SafetensorsFactory::build(SafetensorsFactory::loraMetadata())));
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(QFile::remove(metadataFile));
        const RunSummary second = runToEnd(m_options);
        QCOMPARE(second.filesFromCache, 1);
        QCOMPARE(JsonFile::readObject(metadataFile), SafetensorsFactory::loraMetadata());

        QJsonObject edited = SafetensorsFactory::loraMetadata();
        edited.insert(QStringLiteral("ss_output_name"), QStringLiteral("edited"));
        QVERIFY(SafetensorsFactory::write(model, SafetensorsFactory::build(edited)));
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(JsonFile::readObject(metadataFile), edited);
    }

    void handsThePoolAFewFilesAtATime()
    {
        const int count = 3 * ArchiveRun::MaxFilesInFlight;
        for (int i = 0; i < count; ++i)
            QVERIFY(SafetensorsFactory::write(
                m_folder.models(QStringLiteral("m%1.safetensors").arg(i)),
                SafetensorsFactory::build({ { QStringLiteral("i"), QString::number(i) } })));
        m_options.hashThreads = 1;
        ArchiveRun run(m_options);
        int most = 0;
        connect(&run, &ArchiveRun::fileFinished, this,
                [&] { most = qMax(most, run.filesInFlight()); });
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        const auto summary = finished.constFirst().constFirst().value<RunSummary>();
        QCOMPARE(summary.filesDone, count);
        QVERIFY(most > 0);
        QVERIFY2(most <= ArchiveRun::MaxFilesInFlight,
                 qPrintable(QStringLiteral("%1 files in the pool at once").arg(most)));
    }

    // Tens of thousands of files may have a newer version: the summary lists the first few (the
    // command line shows 20) and counts them all, instead of holding a report for each.
    void listsTheFirstUpdatesAndCountsThemAll()
    {
        FakeCivitai server;
        QVERIFY(server.listen());
        const int count = RunSummary::UpdatesListed + 5;
        for (int i = 0; i < count; ++i) {
            QJsonObject metadata = SafetensorsFactory::loraMetadata();
            metadata.insert(QStringLiteral("i"), QString::number(i));
            const QByteArray bytes = SafetensorsFactory::build(metadata, 64);
            QVERIFY(SafetensorsFactory::write(
                m_folder.models(QStringLiteral("v%1.safetensors").arg(i)), bytes));
            server.addModelFile(FileHasher::hashBytes(bytes), 500, 600 + i, 0);
        }
        m_options.lookUpCivitai = true;
        m_options.apiBases = { server.baseUrl() };
        m_options.noTimeout = true;
        m_options.writeGallery = false;
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.updatesAvailable, count - 1); // all but the newest version
        QCOMPARE(summary.updates.size(), RunSummary::UpdatesListed);
    }

    // Nothing changed, nothing written: every archive file (pages, index, state) keeps its inode
    // and modification time, so backups and sync tools see an unchanged archive.
    void writesNoArchiveFileOnAnUnchangedRerun()
    {
        FakeCivitai server;
        QVERIFY(server.listen());
        for (int i = 0; i < 4; ++i) {
            QJsonObject metadata = SafetensorsFactory::loraMetadata();
            metadata.insert(QStringLiteral("i"), QString::number(i));
            const QByteArray bytes = SafetensorsFactory::build(metadata, 64);
            QVERIFY(SafetensorsFactory::write(
                m_folder.models(QStringLiteral("w%1.safetensors").arg(i)), bytes));
            if (i < 3) // two versions of one model (an update), one of another, one unknown
                server.addModelFile(FileHasher::hashBytes(bytes), 510 + i / 2, 610 + i, 1);
        }
        m_options.lookUpCivitai = true;
        m_options.apiBases = { server.baseUrl() };
        m_options.noTimeout = true;
        QVERIFY(runToEnd(m_options).succeeded());
        const auto snapshot = [this] {
            QHash<QString, QPair<quint64, qint64>> files; // path -> inode, modification time
            QDirIterator it(m_options.outputDir, QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const FileIdentity identity = FileIdentity::of(path);
                if (!path.endsWith(ArchiveLayout::lockFileName()))
                    files.insert(path, { identity.inode, identity.modifiedNs });
            }
            return files;
        };
        const auto before = snapshot();
        QVERIFY(before.size() > 10);

        QVERIFY(runToEnd(m_options).succeeded());
        const auto after = snapshot();
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                changed.append(QDir(m_options.outputDir).relativeFilePath(it.key()));
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral(", "))));
        QCOMPARE(after.size(), before.size());
    }

    void rehashesATouchedFile()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("b.safetensors")),
                                          SafetensorsFactory::build({}, 64)));
        QVERIFY(runToEnd(m_options).succeeded());

        // Same size and content, only a new modification time: it must be read again.
        QFile touched(m_folder.models(QStringLiteral("a.safetensors")));
        QVERIFY(touched.open(QIODevice::ReadWrite)); // Windows sets times through a writable handle
        QVERIFY(touched.setFileTime(QDateTime::fromSecsSinceEpoch(1000000000),
                                    QFileDevice::FileModificationTime));
        touched.close();
        const RunSummary second = runToEnd(m_options);
        QCOMPARE(second.filesHashed, 1);
        QCOMPARE(second.filesFromCache, 1);
        QCOMPARE(second.bytesHashed, SafetensorsFactory::build().size());
    }

    void rehashesEverythingWhenAsked()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(runToEnd(m_options).succeeded());
        m_options.rehash = true;
        const RunSummary second = runToEnd(m_options);
        QCOMPARE(second.filesHashed, 1);
        QCOMPARE(second.filesFromCache, 0);
    }

    void keepsTwoFilesWhoseNamesSanitizeAlikeApart()
    {
        const QByteArray first = SafetensorsFactory::build({}, 16);
        const QByteArray second = SafetensorsFactory::build({}, 32);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("my lora.safetensors")),
                                          first));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("my_lora.safetensors")),
                                          second));
        QVERIFY(runToEnd(m_options).succeeded());

        const auto a
            = JsonFile::readObject(m_folder.output(QStringLiteral("my_lora/my_lora_hash.json")));
        const auto b = JsonFile::readObject(
            m_folder.output(QStringLiteral("my_lora_2/my_lora_2_hash.json")));
        QVERIFY(a && b);
        QCOMPARE(a->value(QLatin1String("hash_value")).toString(), FileHasher::hashBytes(first));
        QCOMPARE(b->value(QLatin1String("hash_value")).toString(), FileHasher::hashBytes(second));

        // A later run keeps each in its folder.
        QVERIFY(runToEnd(m_options).succeeded());
        const auto again = JsonFile::readObject(
            m_folder.output(QStringLiteral("my_lora_2/my_lora_2_hash.json")));
        QCOMPARE(again->value(QLatin1String("filename")).toString(),
                 QStringLiteral("my_lora.safetensors"));
    }

    void reportsBrokenFilesAndGoesOn()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("good.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("empty.safetensors")), {}));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("partial.safetensors")),
                                          SafetensorsFactory::build({}, 1024).left(500)));
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(!summary.succeeded());
        QCOMPARE(summary.filesDone, 1);
        QCOMPARE(summary.failures.size(), 2);
        for (const FileReport &failure : summary.failures)
            QVERIFY2(failure.error.contains(QLatin1String("empty file"))
                         || failure.error.contains(QLatin1String("truncated")),
                     qPrintable(failure.error));
        // Broken files are not marked processed: the next run looks at them again.
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QCOMPARE(processed->value(QLatin1String("files")).toArray(),
                 QJsonArray { m_folder.models(QStringLiteral("good.safetensors")) });
    }

    void skipsProcessedFilesWithOnlyNew()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("old.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("new.safetensors")),
                                          SafetensorsFactory::build({}, 64)));
        m_options.onlyNew = true;
        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QCOMPARE(summary.filesSkipped, 1);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().path, m_folder.models(QStringLiteral("new.safetensors")));
    }

    void savesWhatFinishedWhenCancelled()
    {
        // Large sparse files take long enough to hash that the cancel lands mid-run.
        for (int i = 0; i < 4; ++i)
            QVERIFY(SafetensorsFactory::writeSparse(
                m_folder.models(QStringLiteral("big%1.safetensors").arg(i)), qint64(512) << 20));
        m_options.hashThreads = 1;
        ArchiveRun run(m_options);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        QSignalSpy files(&run, &ArchiveRun::fileFinished);
        run.start();
        QVERIFY(files.wait(60000));
        run.cancel();
        QVERIFY(finished.wait(60000));
        const RunSummary summary = finished.constFirst().constFirst().value<RunSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.filesDone >= 1);
        QVERIFY(summary.filesDone < 4);

        // What finished is on disk, in valid files; the rest is simply not there yet.
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        QCOMPARE(processed->value(QLatin1String("files")).toArray().size(), summary.filesDone);
        QVERIFY(JsonFile::readObject(m_folder.output(QStringLiteral("hash_cache.json"))));
        const QStringList leftovers = QDir(m_folder.output())
                                          .entryList(QDir::Files | QDir::Hidden)
                                          .filter(QStringLiteral(".tmp"));
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));

        // The next run resumes: finished files come from the cache.
        m_options.hashThreads = 0;
        const RunSummary resumed = runToEnd(m_options);
        QVERIFY(resumed.succeeded());
        QCOMPARE(resumed.filesFromCache, summary.filesDone);
        QCOMPARE(resumed.filesDone, 4);
    }

    void doesNotMarkAFileProcessedThatWasNeverLookedUp()
    {
        FakeCivitai server; // says nothing: no lookup ever finishes
        QVERIFY(server.listen());
        server.injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::stall(), 10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(SafetensorsFactory::write(
                m_folder.models(QStringLiteral("lora%1.safetensors").arg(i)),
                SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 64 + i)));
        m_options.lookUpCivitai = true;
        m_options.apiBases = { server.baseUrl() };
        m_options.noTimeout = true;
        ArchiveRun run(m_options);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        QSignalSpy queued(&run, &ArchiveRun::stagesChanged);
        run.start();
        QVERIFY(queued.wait()); // scanned: the files are on the pool
        // Ctrl-C lands while the pool's results wait in this thread's event queue: let the pool
        // finish every file without running the loop, then cancel.
        const auto allRead = [this] {
            for (int i = 0; i < 3; ++i) {
                if (!QFile::exists(m_folder.output(QStringLiteral("lora%1/lora%1_metadata.json").arg(i))))
                    return false;
            }
            return true;
        };
        for (QDeadlineTimer deadline(20000); !allRead() && !deadline.hasExpired();)
            QThread::msleep(5);
        QVERIFY(allRead());
        run.cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().constFirst().value<RunSummary>().cancelled);
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(!processed || processed->value(QLatin1String("files")).toArray().isEmpty());
    }

    void downloadsPreviewsSideBySideWithoutHoldingUpLookups()
    {
        // Every preview stalls: five hold their connections at once, the sixth waits its turn.
        // A seventh file is known only to the second API host, which takes 6 s to say so: its
        // lookups go out after the previews stalled, and still finish.
        FakeCivitai first;
        FakeCivitai second;
        QVERIFY(first.listen() && second.listen());
        first.injectFault(QStringLiteral("/images/"), FakeCivitai::Fault::stall(), 100);
        second.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/ids"),
                           FakeCivitai::Fault::slow(6000));
        for (int i = 0; i < 7; ++i) {
            const QByteArray bytes
                = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 64 + i);
            QVERIFY(SafetensorsFactory::write(
                m_folder.models(QStringLiteral("lora%1.safetensors").arg(i)), bytes));
            (i < 6 ? first : second)
                .addModelFile(FileHasher::hashBytes(bytes), 100 + i, 200 + i, 1);
        }
        QStringList order; // the requests as the two hosts received them
        connect(&first, &FakeCivitai::requestReceived, this,
                [&order](const FakeCivitai::Request &r) {
                    order.append(QStringLiteral("first") + r.path);
                });
        connect(&second, &FakeCivitai::requestReceived, this,
                [&order](const FakeCivitai::Request &r) {
                    order.append(QStringLiteral("second") + r.path);
                });
        m_options.lookUpCivitai = true;
        m_options.apiBases = { first.baseUrl(), second.baseUrl() };
        m_options.noTimeout = true;
        m_options.previewDownloads = 5;
        ArchiveRun run(m_options);
        QSet<QString> lookedUp; // files whose previews are due: their lookups are done
        connect(&run, &ArchiveRun::stagesChanged, this,
                [&lookedUp](const QList<FileStage> &stages) {
                    for (const FileStage &stage : stages) {
                        if (stage.step == FileStage::Step::DownloadingPreviews)
                            lookedUp.insert(stage.path);
                    }
                });
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        // Sooner than a stalled preview times out (30 s): no lookup waited for one.
        QTRY_COMPARE_WITH_TIMEOUT(lookedUp.size(), 7, 25000);
        QTRY_COMPARE(first.requestCount(QStringLiteral("/images/")), 5);
        // A request counts when it is sent, and reaches the fake a moment later.
        QTRY_COMPARE(run.progress().requestsMade,
                     first.requestCount(QStringLiteral("/api/"))
                         + second.requestCount(QStringLiteral("/api/")) + 5);
        const auto lastStalled
            = order.lastIndexOf(QRegularExpression(QStringLiteral("^first/images/")));
        const QStringList later = order.mid(lastStalled + 1);
        QVERIFY2(later.contains(QStringLiteral("second/api/v1/model-versions/by-hash")),
                 qPrintable(order.join(QLatin1Char('\n'))));
        run.cancel(); // the stalled previews end at once, maybe before cancel() returns
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    }

    void announcesEachFileQueuedWithItsSize()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::writeSparse(m_folder.models(QStringLiteral("b.safetensors")),
                                                qint64(64) << 20));
        ArchiveRun run(m_options);
        QSignalSpy stages(&run, &ArchiveRun::stagesChanged);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!stages.isEmpty());
        const QList<FileStage> queued = stages.constFirst().constFirst().value<QList<FileStage>>();
        QCOMPARE(queued.size(), 2);
        for (const FileStage &stage : queued) {
            QCOMPARE(stage.step, FileStage::Step::Queued);
            QCOMPARE(stage.total, QFileInfo(stage.path).size());
        }
    }

    void pausesAndResumes()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                SafetensorsFactory::write(m_folder.models(QStringLiteral("m%1.safetensors").arg(i)),
                                          SafetensorsFactory::build()));
        ArchiveRun run(m_options);
        QSignalSpy files(&run, &ArchiveRun::fileFinished);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        run.setPaused(true);
        QVERIFY(run.isPaused());
        QTRY_COMPARE(run.progress().filesTotal, 3); // scanned: the files wait on the pool
        // The same files, unpaused, archived to the end by a second run: time enough for the
        // paused one to have done them all.
        RunOptions control = m_options;
        control.outputDir = m_folder.path(QStringLiteral("control"));
        QCOMPARE(runToEnd(control).filesDone, 3);
        QCOMPARE(files.size(), 0);
        QVERIFY(run.progress().paused);
        run.setPaused(false);
        QVERIFY(finished.wait(60000));
        QCOMPARE(files.size(), 3);
        QVERIFY(finished.constFirst().constFirst().value<RunSummary>().succeeded());
    }

    // A run cancelled while Civitai says nothing still records the file it failed on.
    void recordsAFailureAlsoWhenCancelled()
    {
        FakeCivitai server; // no lookup ever finishes
        QVERIFY(server.listen());
        server.injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::stall(), 10);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("waiting.safetensors")),
                                          SafetensorsFactory::build()));
        const QString broken = m_folder.models(QStringLiteral("broken.safetensors"));
        QVERIFY(
            SafetensorsFactory::write(broken, QByteArray("\xff\xff\x00\x00\x00\x00\x00\x00{", 9)));
        m_options.lookUpCivitai = true;
        m_options.apiBases = { server.baseUrl() };
        m_options.noTimeout = true;
        ArchiveRun run(m_options);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        QString reason;
        connect(&run, &ArchiveRun::fileFinished, this, [&](const FileReport &report) {
            if (report.status == FileReport::Status::Failed)
                reason = report.error;
        });
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(!reason.isEmpty(), 20000);
        run.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        FailedFiles failed(m_options.outputDir);
        QVERIFY(failed.load());
        QCOMPARE(failed.failures().keys(), QStringList { broken });
        QCOMPARE(failed.failures().value(broken).reason, reason);
    }

    void cancelsWhilePaused()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("m.safetensors")),
                                          SafetensorsFactory::build()));
        ArchiveRun run(m_options);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        run.setPaused(true);
        QTRY_COMPARE(run.progress().filesTotal, 1); // the file waits on the pool
        run.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.constFirst().constFirst().value<RunSummary>().cancelled);
    }

    void failsClearlyWhenTheOutputCannotBeCreated()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.path(QStringLiteral("a-file")), "x"));
        m_options.outputDir = m_folder.path(QStringLiteral("a-file/out"));
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(!summary.succeeded());
        QVERIFY(summary.fatalError.contains(QLatin1String("cannot create the output folder")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveRun)
#include "tst_archiverun.moc"
