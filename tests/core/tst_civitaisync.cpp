// The Civitai half of a run, in process, against the fake Civitai.
#include "archivefiles.h"
#include "collectionfolder.h"
#include "core/archiverun.h"
#include "core/civitaiclient.h"
#include "core/civitaisync.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "core/missinglist.h"
#include "core/updatesavailable.h"
#include "core/requestqueue.h"
#include "core/modelfilestamps.h"
#include "fakecivitai.h"
#include "keptidentity.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

using namespace std::chrono_literals;

class TestCivitaiSync final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    std::unique_ptr<FakeCivitai> m_server;
    RunOptions m_options;

    // A model file on disk; registered on the fake Civitai unless `known` is false. Returns its
    // hash.
    QString addModel(const QString &name, int modelId, int versionId, bool known = true,
                     int images = 2)
    {
        const QByteArray bytes = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(),
                                                           16 * (versionId % 97 + 1));
        SafetensorsFactory::write(m_folder.models(name), bytes);
        const QString sha = FileHasher::hashBytes(bytes);
        if (known)
            m_server->addModelFile(sha, modelId, versionId, images);
        return sha;
    }

    // A folder's modification time set an hour back: the run trusts a folder's record only when
    // nothing changed in it since shortly before it was taken.
    static bool ageFolder(const QString &path)
    {
#ifdef Q_OS_UNIX
        const struct timespec times[2] = { { 0, UTIME_OMIT }, { ::time(nullptr) - 3600, 0 } };
        return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
#else
        Q_UNUSED(path);
        return false;
#endif
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.reset());
        m_server = std::make_unique<FakeCivitai>();
        QVERIFY(m_server->listen());
        m_options = {};
        m_options.sources = { m_folder.models() };
        m_options.outputDir = m_folder.output();
        m_options.apiBases = { m_server->baseUrl() };
        m_options.noTimeout = true;
    }

    void archivesVersionModelAndFirstPreview()
    {
        addModel(QStringLiteral("lighthouse.safetensors"), 100, 200);
        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY2(summary.succeeded(),
                 qPrintable(summary.failures.isEmpty() ? summary.fatalError
                                                       : summary.failures.constFirst().error));
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().civitai, FileReport::Civitai::Archived);

        const auto version = JsonFile::readObject(
            m_folder.output(QStringLiteral("lighthouse/lighthouse_civitai_model_version.json")));
        QVERIFY(version);
        QCOMPARE(version->value(QLatin1String("id")).toInt(), 200);
        const auto model = JsonFile::readObject(
            m_folder.output(QStringLiteral("lighthouse/lighthouse_civitai_model.json")));
        QVERIFY(model);
        QCOMPARE(model->value(QLatin1String("id")).toInt(), 100);
        QVERIFY(
            QFile::exists(m_folder.output(QStringLiteral("lighthouse/lighthouse_preview_0.jpeg"))));
        const auto previewJson = JsonFile::readObject(
            m_folder.output(QStringLiteral("lighthouse/lighthouse_preview_0.json")));
        QVERIFY(previewJson && previewJson->contains(QLatin1String("meta")));
        QVERIFY(!QFile::exists(m_folder.output(
            QStringLiteral("lighthouse/lighthouse_preview_1.mp4")))); // first only by default
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("missing_from_civitai.txt"))));
        QCOMPARE(summary.previewsDownloaded, 1);
        // The full-size image, not the thumbnail.
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/xG1nkqKTMzGDvpLrqFT7WA/200-1/original=true/")), 1);
    }

    void downloadsAllPreviewsWithImagesAndNoneWithNoimages()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200, true, 3);
        m_options.previews = RunOptions::Previews::None;
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/")), 0);

        m_options.previews = RunOptions::Previews::All;
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.previewsDownloaded, 3);
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_preview_0.jpeg"))));
        QVERIFY(QFile::exists(
            m_folder.output(QStringLiteral("a/a_preview_1.mp4")))); // a video, by its content type
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_preview_1.json"))));
    }

    void downloadsADeletedPreviewAgainAndOnlyThatOne_data()
    {
        QTest::addColumn<bool>("folderRecorded");
        QTest::newRow("folder just written") << false;
        // The record says the wanted previews were on disk only while the folder is unchanged.
        QTest::newRow("folder recorded") << true;
    }

    // The previews on disk are listed once for all of a version's images: each image still
    // counts only its own, so a deleted one is downloaded again, and only that one; a deleted
    // sidecar is written again.
    void downloadsADeletedPreviewAgainAndOnlyThatOne()
    {
        QFETCH(bool, folderRecorded);
        addModel(QStringLiteral("a.safetensors"), 100, 200, true, 3);
        m_options.previews = RunOptions::Previews::All;
        QVERIFY(runToEnd(m_options).succeeded());
        if (folderRecorded) {
            if (!ageFolder(m_folder.output(QStringLiteral("a"))))
                QSKIP("cannot set a folder's time here (utimensat)");
            QVERIFY(runToEnd(m_options).succeeded());
        }
        const int imagesAsked = m_server->requestCount(QStringLiteral("/images/"));
        QVERIFY(QFile::remove(m_folder.output(QStringLiteral("a/a_preview_2.json"))));
        QVERIFY(QFile::remove(m_folder.output(QStringLiteral("a/a_preview_1.mp4"))));

        const RunSummary again = runToEnd(m_options);
        QVERIFY(again.succeeded());
        QCOMPARE(again.previewsDownloaded, 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/")), imagesAsked + 1);
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_preview_1.mp4"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_preview_2.json"))));
    }

    // model_stamps.jsonl is a cache: a damaged one costs a slower run, never a preview or a file.
    void aDamagedRecordCostsASlowerRunOnly()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        QFile stamps(m_folder.output(QStringLiteral("model_stamps.jsonl")));
        QVERIFY(stamps.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stamps.write("[\"a\", \"00\", 1, 2, [200, 100, \"x\", false, \"{}\", \n");
        stamps.close();
        QVERIFY(QFile::remove(m_folder.output(QStringLiteral("a/a_preview_0.jpeg"))));
        m_server->clearRequests();
        QList<FileReport> reports;
        const RunSummary damaged = runToEnd(m_options, &reports);
        QVERIFY(damaged.succeeded());
        QCOMPARE(damaged.previewsDownloaded, 1);
        QCOMPARE(reports.constFirst().civitai, FileReport::Civitai::UpToDate);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/")), 2);
    }

    // An unchanged re-run answers every file at once: the files waiting in the sync are bounded,
    // local work waits for room, and every file still ends done.
    void holdsAFewFilesInTheSyncAtATime()
    {
        constexpr int Files = 40;
        constexpr int Room = 8;
        for (int i = 0; i < Files; ++i)
            addModel(QStringLiteral("m%1.safetensors").arg(i), 1000 + i, 2000 + i);
        ArchiveRun run(m_options);
        run.setMaxFilesInSync(Room);
        int most = 0;
        connect(&run, &ArchiveRun::fileFinished, this,
                [&] { most = qMax(most, run.filesInSync() + run.filesInFlight()); });
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().value<RunSummary>().filesDone, Files);
        QVERIFY(most > 0);
        QVERIFY2(most <= Room, qPrintable(QStringLiteral("%1 files in the sync at once").arg(most)));
    }

    // What a folder's archived version held is kept with the model stamps: an unchanged re-run
    // reads no version file back (KeptIdentity: other bytes under the same size and time go
    // unseen) while the file and its folder are unchanged.
    void readsNoArchivedVersionBackWhileItsFileIsUnchanged()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        const QString versionFile
            = m_folder.output(QStringLiteral("a/a_civitai_model_version.json"));
        QVERIFY(KeptIdentity::stamp(versionFile));
        if (!ageFolder(m_folder.output(QStringLiteral("a"))))
            QSKIP("cannot set a folder's time here (utimensat)");
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(KeptIdentity::rewrite(versionFile));
        const QByteArray kept = readFile(versionFile);

        m_server->clearRequests();
        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY(summary.succeeded());
        QCOMPARE(reports.constFirst().civitai, FileReport::Civitai::UpToDate);
        QCOMPARE(reports.constFirst().versionName, QStringLiteral("v200"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/model-versions/by-hash$")), 0);
        QCOMPARE(readFile(versionFile), kept);

        // Edited by hand (another size, another time), or deleted: written again from the answer.
        QFile edited(versionFile);
        QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
        edited.write(R"({"id": 200, "name": "edited"})");
        edited.close();
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(JsonFile::readObject(versionFile)->value(QLatin1String("name")).toString(),
                 QStringLiteral("v200"));
        QVERIFY(ageFolder(m_folder.output(QStringLiteral("a"))));
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(QFile::remove(versionFile));
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(JsonFile::readObject(versionFile));
    }

    // A folder that changed since its record (each run's gallery writes the model's page into
    // it; a first run records folders too new to trust): its previews are looked at, its version
    // file is not read back while that file is unchanged.
    void readsNoArchivedVersionBackWhenOnlyItsFolderChanged()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        const QString versionFile
            = m_folder.output(QStringLiteral("a/a_civitai_model_version.json"));
        QVERIFY(KeptIdentity::stamp(versionFile));
        QVERIFY(runToEnd(m_options).succeeded()); // recorded as stamped
        QFile page(m_folder.output(QStringLiteral("a/a.html")));
        QVERIFY(page.open(QIODevice::WriteOnly | QIODevice::Truncate));
        page.write("<p>page</p>");
        page.close();
        QVERIFY(KeptIdentity::rewrite(versionFile));
        const QByteArray kept = readFile(versionFile);
        const int imagesAsked = m_server->requestCount(QStringLiteral("/images/"));

        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY(summary.succeeded());
        QCOMPARE(reports.constFirst().civitai, FileReport::Civitai::UpToDate);
        QCOMPARE(readFile(versionFile), kept);
        QCOMPARE(summary.previewsDownloaded, 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/")), imagesAsked);
    }

    void listsConfirmed404sAsMissingAndUnlistsThemWhenFound()
    {
        addModel(QStringLiteral("known.safetensors"), 100, 200);
        const QString sha
            = addModel(QStringLiteral("deleted [v1] #2.safetensors"), 101, 201, false);
        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.filesNotOnCivitai, 1);
        QCOMPARE(missingNames(m_folder.output()), QStringList { QStringLiteral("deleted [v1] #2.safetensors") });
        const QByteArray text
            = readFile(m_folder.output(QStringLiteral("missing_from_civitai.txt")));
        QVERIFY(text.startsWith(
            "# Files not found on Civitai\n# Format: Timestamp | Status Code | Filename\n"));
        QVERIFY(text.contains(" | Status 404 | deleted [v1] #2.safetensors\n"));
        // The seed's rule: a missing file is not "processed", so --onlynew looks again.
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QCOMPARE(processed->value(QLatin1String("files")).toArray(),
                 QJsonArray { m_folder.models(QStringLiteral("known.safetensors")) });
        // Its local archive is there all the same: hash and trigger words survive.
        QVERIFY(QFile::exists(
            m_folder.output(QStringLiteral("deleted_v1_2/deleted_v1_2_metadata.json"))));

        m_server->addModelFile(sha, 101, 201);
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(missingNames(m_folder.output()).isEmpty());
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("missing_from_civitai.txt"))));
    }

    // A first run of a large collection: versions (and their images' data) come 100 a request,
    // much faster than their previews download. Once CivitaiSync::MaxFilesAtPreviews files wait
    // for previews, no more versions are asked for until one of them is done.
    void asksForNoMoreVersionsWhileManyFilesWaitForPreviews()
    {
        MissingList missing(m_folder.output());
        UpdatesAvailable updates(m_folder.output());
        ModelFileStamps stamps(m_folder.output());
        RequestQueue::Settings pacingOff;
        pacingOff.minPause = pacingOff.maxPause = 0ms;
        RequestQueue queue(pacingOff);
        CivitaiSync sync({ new CivitaiClient(&queue, m_server->baseUrl(), &queue) },
                         m_folder.output(), RunOptions::Previews::First, &missing, &updates,
                         &stamps);
        // Long enough that, held or not, the answers are handled well within it.
        const int slowMs = 4000;
        m_server->injectFault(QStringLiteral("/images/"), FakeCivitai::Fault::slow(slowMs), 4);
        QElapsedTimer clock;
        clock.start();
        qint64 firstImage = -1;
        QList<qint64> versionBatches;
        connect(m_server.get(), &FakeCivitai::requestReceived, this,
                [&](const FakeCivitai::Request &request) {
                    if (request.path.startsWith(QLatin1String("/images/")) && firstImage < 0)
                        firstImage = clock.elapsed();
                    if (request.path == QLatin1String("/api/v1/model-versions/by-hash"))
                        versionBatches.append(clock.elapsed());
                });
        int synced = 0;
        connect(&sync, &CivitaiSync::fileSynced, this, [&](const FileReport &report) {
            QCOMPARE(report.status, FileReport::Status::Done);
            ++synced;
        });

        const int files = CivitaiSync::MaxFilesAtPreviews + 100;
        for (int i = 0; i < files; ++i) {
            FileReport local;
            local.folder = QStringLiteral("m%1").arg(i);
            local.path = m_folder.models(local.folder + QStringLiteral(".safetensors"));
            local.sha256 = FileHasher::hashBytes(local.folder.toUtf8());
            QVERIFY(QDir().mkpath(m_folder.output(local.folder)));
            m_server->addModelFile(local.sha256, 1000 + i, 5000 + i, 1);
            sync.add(local);
        }
        sync.flush();
        QTRY_COMPARE_WITH_TIMEOUT(synced, files, 60000);
        QCOMPARE(versionBatches.size(), 3);
        QVERIFY(firstImage >= 0);
        // The third waited for a file's previews, and so for one of the first (slow) images
        // (a coarse timer may fire up to 5 % early).
        QVERIFY2(versionBatches.at(2) - firstImage >= slowMs * 9 / 10,
                 qPrintable(QStringLiteral("third versions request %1 ms after the first image")
                                .arg(versionBatches.at(2) - firstImage)));
    }

    void neverTakesAFailureForMissing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("500") << QStringLiteral("500");
        QTest::newRow("503 html") << QStringLiteral("503");
        QTest::newRow("malformed") << QStringLiteral("malformed");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("html 404") << QStringLiteral("html404");
        QTest::newRow("json 404 of a proxy") << QStringLiteral("json404");
        QTest::newRow("stalled") << QStringLiteral("stall");
        QTest::newRow("server gone") << QStringLiteral("gone");
    }

    void neverTakesAFailureForMissing()
    {
        QFETCH(QString, kind);
        addModel(QStringLiteral("model.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        const QByteArray versionBefore
            = readFile(m_folder.output(QStringLiteral("model/model_civitai_model_version.json")));
        QVERIFY(!versionBefore.isEmpty());

        // Every API answer fails from now on.
        const QString api = QStringLiteral("/api/");
        constexpr int Many = 100;
        if (kind == QLatin1String("500"))
            m_server->injectFault(api,
                                  FakeCivitai::Fault::status(
                                      500, R"({"error":"Failed to fetch model version details"})"),
                                  Many);
        else if (kind == QLatin1String("503"))
            m_server->injectFault(api, FakeCivitai::Fault::htmlError(503), Many);
        else if (kind == QLatin1String("malformed"))
            m_server->injectFault(api, FakeCivitai::Fault::malformedJson(), Many);
        else if (kind == QLatin1String("truncated"))
            m_server->injectFault(api, FakeCivitai::Fault::truncatedJson(), Many);
        else if (kind == QLatin1String("html404"))
            m_server->injectFault(api, FakeCivitai::Fault::htmlError(404), Many);
        else if (kind == QLatin1String("json404"))
            m_server->injectFault(api, FakeCivitai::Fault::status(404, R"({"error":"Not Found"})"),
                                  Many);
        else if (kind == QLatin1String("stall"))
            m_server->injectFault(api, FakeCivitai::Fault::stall(), Many);
        else
            m_options.apiBases
                = { QUrl(QStringLiteral("http://127.0.0.1:1")) }; // nothing listens there

        // Make the file "new" to Civitai so it is looked up again, and add one never seen.
        addModel(QStringLiteral("other.safetensors"), 102, 202, false);
        m_options.minPause = 0ms;
        m_options.requestTimeout = 300ms;
        m_options.retryBackoff = 10ms;
        const RunSummary failed = runToEnd(m_options);
        QVERIFY(!failed.succeeded());
        QVERIFY(failed.failures.size() >= 1);
        QCOMPARE(failed.filesNotOnCivitai, 0);
        QVERIFY2(missingNames(m_folder.output()).isEmpty(), qPrintable(missingNames(m_folder.output()).join(QLatin1Char(','))));
        QCOMPARE(
            readFile(m_folder.output(QStringLiteral("model/model_civitai_model_version.json"))),
            versionBefore);

        // The next run, with Civitai back, completes the work.
        m_server->clearFaults();
        m_options.apiBases = { m_server->baseUrl() };
        const RunSummary recovered = runToEnd(m_options);
        QVERIFY(recovered.succeeded());
        QCOMPARE(missingNames(m_folder.output()), QStringList { QStringLiteral("other.safetensors") });
    }

    void survivesRateLimitsWithAndWithoutRetryAfter()
    {
        for (int i = 0; i < 3; ++i)
            addModel(QStringLiteral("m%1.safetensors").arg(i), 100 + i, 200 + i);
        m_server->injectFault(QStringLiteral("/api/"),
                              FakeCivitai::Fault::tooManyRequests(QStringLiteral("1")), 2);
        m_server->injectFault(QStringLiteral("/api/"),
                              FakeCivitai::Fault::tooManyRequests(std::nullopt), 2);
        m_options.retryBackoff = 50ms;
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.filesNotOnCivitai, 0);
        QCOMPARE(summary.filesDone, 3);
    }

    // Single lookups by hash, not the batch routes under the same path.
    int singleLookups() const
    {
        int count = 0;
        for (const FakeCivitai::Request &request : m_server->requests())
            count += request.method == "GET"
                && request.path.startsWith(QLatin1String("/api/v1/model-versions/by-hash/"));
        return count;
    }

    void asksLittleOfCivitaiOnAnUnchangedRerun()
    {
        // Two versions of one model and a third file of another model.
        addModel(QStringLiteral("style v1.safetensors"), 100, 200);
        addModel(QStringLiteral("style v2.safetensors"), 100, 201);
        addModel(QStringLiteral("other.safetensors"), 101, 202);
        addModel(QStringLiteral("unknown.safetensors"), 102, 203, false);
        QVERIFY(runToEnd(m_options).succeeded());
        // Which hashes are known, their versions, their models: a request each, whatever the
        // count. The unknown file costs nothing more.
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/model-versions/by-hash/ids")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/model-versions/by-hash$")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/models")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/")), 3);
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/")), 3);
        QCOMPARE(missingNames(m_folder.output()),
                 QStringList { QStringLiteral("unknown.safetensors") });

        m_server->clearRequests();
        QList<FileReport> reports;
        const RunSummary second = runToEnd(m_options, &reports);
        QVERIFY(second.succeeded());
        QCOMPARE(second.filesUpToDate, 3);
        QCOMPARE(second.filesNotOnCivitai, 1);
        // The hashes sorted again, the models say nothing changed: no version is asked for.
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/model-versions/by-hash/ids")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/models")), 1);
        QCOMPARE(m_server->requestCount(), 2);
    }

    // The run trusts what it wrote only while the file is unchanged: one edited since is checked
    // and put right.
    void rewritesAModelFileChangedSinceItWroteIt()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        const QString modelFile = m_folder.output(QStringLiteral("a/a_civitai_model.json"));
        const QByteArray written = readFile(modelFile);
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("model_stamps.jsonl"))));
        QFile file(modelFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"id": 100, "name": "edited", "modelVersions": []})");
        file.close();
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(readFile(modelFile), written);
    }

    void findsWhatChangedFromTheModels()
    {
        addModel(QStringLiteral("style v1.safetensors"), 100, 200);
        const QString other = addModel(QStringLiteral("other.safetensors"), 101, 202);
        QVERIFY(runToEnd(m_options).succeeded());
        const QString otherVersion
            = m_folder.output(QStringLiteral("other/other_civitai_model_version.json"));
        const QByteArray before = readFile(otherVersion);

        // A new version of the first model; the second model's version edited (new images).
        m_server->addModelFile(QString(64, QLatin1Char('e')), 100, 210);
        m_server->addModelFile(other, 101, 202);
        m_server->clearRequests();
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.updatesAvailable, 1);
        // Told from the archived version without reading it again: its name too.
        const QJsonObject update = JsonFile::readObject(m_folder.output(QStringLiteral(
                                                            "updates_available.json")))
                                       ->value(QLatin1String("updates"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(update.value(QLatin1String("local_version_name")).toString(), QStringLiteral("v200"));
        QCOMPARE(update.value(QLatin1String("newest_version_id")).toInt(), 210);
        QCOMPARE(summary.filesUpToDate, 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/v1/model-versions/by-hash$")), 1);
        const QJsonArray asked
            = QJsonDocument::fromJson(m_server->requests().at(2).body).array();
        QCOMPARE(asked, QJsonArray { other }); // only the edited version
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/")), 3);
        QVERIFY(readFile(otherVersion) != before);
    }

    void recordsNewerVersionsAndRefreshesChangedData()
    {
        const QString sha = addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("updates_available.json")))
                || JsonFile::readObject(m_folder.output(QStringLiteral("updates_available.json")))
                       ->value(QLatin1String("updates"))
                       .toArray()
                       .isEmpty());

        // Civitai edits the version and publishes a newer one.
        QJsonObject edited
            = m_server->makeVersion(sha, 100, 200, 2, QStringLiteral("2026-01-01T00:00:00.000Z"));
        m_server->addVersion(edited);
        QJsonObject newer = m_server->makeVersion(QString(64, QLatin1Char('e')), 100, 300);
        newer.insert(QStringLiteral("publishedAt"), QStringLiteral("2030-01-01T00:00:00.000Z"));
        newer.insert(QStringLiteral("name"), QStringLiteral("v3.0"));
        m_server->addModel(m_server->makeModel(100, { newer, edited }));

        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.updatesAvailable, 1);
        QCOMPARE(reports.constFirst().civitai, FileReport::Civitai::Archived);
        const auto version = JsonFile::readObject(
            m_folder.output(QStringLiteral("a/a_civitai_model_version.json")));
        QCOMPARE(version->value(QLatin1String("updatedAt")).toString(),
                 QStringLiteral("2026-01-01T00:00:00.000Z"));
        const auto updates
            = JsonFile::readObject(m_folder.output(QStringLiteral("updates_available.json")));
        QVERIFY(updates);
        const QJsonObject update
            = updates->value(QLatin1String("updates")).toArray().at(0).toObject();
        QCOMPARE(update.value(QLatin1String("file")).toString(),
                 m_folder.models(QStringLiteral("a.safetensors")));
        QCOMPARE(update.value(QLatin1String("newest_version_id")).toInt(), 300);
        QCOMPARE(update.value(QLatin1String("newest_version_name")).toString(),
                 QStringLiteral("v3.0"));
    }

    void updatesArchivedFilesWithoutHashingWithOnlyUpdate()
    {
        const QString sha = addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        addModel(QStringLiteral("never processed.safetensors"), 101, 201);
        m_server->clearRequests();
        // Other bytes in a.safetensors: a run that read them would ask Civitai for their hash.
        QVERIFY(KeptIdentity::rewrite(m_folder.models(QStringLiteral("a.safetensors"))));

        m_options.onlyUpdate = true;
        const RunSummary summary = runToEnd(m_options);
        QCOMPARE(summary.bytesHashed, 0);
        const QList<FakeCivitai::Request> requests = m_server->requests();
        QVERIFY(!requests.isEmpty());
        for (const FakeCivitai::Request &request : requests) {
            const QString asked
                = request.path + request.query.toString() + QString::fromUtf8(request.body);
            QVERIFY2(!asked.contains(QLatin1String("by-hash")) || asked.contains(sha),
                     qPrintable(asked));
        }
        QVERIFY(summary.succeeded());
        QCOMPARE(summary.filesDone, 1);
        QCOMPARE(summary.filesSkipped, 1);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("never_processed"))));
    }

    void continuesAnArchiveWrittenByThePythonTool()
    {
        // The seed's layout: hash, metadata, version (with a width= image URL), preview, and no
        // processed_files.json folders map.
        const QString sha = addModel(QStringLiteral("old lora.safetensors"), 100, 200);
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("old_lora"))));
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("old_lora/old_lora_hash.json")),
            QJsonObject {
                { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
                { QStringLiteral("hash_value"), sha },
                { QStringLiteral("filename"), QStringLiteral("old lora.safetensors") },
                { QStringLiteral("timestamp"), QStringLiteral("2024-11-06T15:53:56.123456") } }));
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("old_lora/old_lora_civitai_model_version.json")),
            m_server->makeVersion(sha, 100, 200)));
        QVERIFY(SafetensorsFactory::write(
            m_folder.output(QStringLiteral("old_lora/old_lora_preview_0.jpeg")),
            FakeCivitai::jpegBytes("old preview")));
        QVERIFY(SafetensorsFactory::write(
            m_folder.output(QStringLiteral("processed_files.json")),
            QStringLiteral(R"({"files": ["%1"], "last_update": "2024-11-06T15:53:56.123456"})")
                .arg(m_folder.models(QStringLiteral("old lora.safetensors")))
                .toUtf8()));

        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.succeeded());
        QCOMPARE(QDir(m_folder.output()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList { QStringLiteral("_gallery"), QStringLiteral("old_lora") }));
        QCOMPARE(readFile(m_folder.output(QStringLiteral("old_lora/old_lora_preview_0.jpeg"))),
                 FakeCivitai::jpegBytes("old preview"));
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/")), 0);
        QVERIFY(
            QFile::exists(m_folder.output(QStringLiteral("old_lora/old_lora_civitai_model.json"))));
        const auto hash
            = JsonFile::readObject(m_folder.output(QStringLiteral("old_lora/old_lora_hash.json")));
        QCOMPARE(hash->value(QLatin1String("timestamp")).toString(),
                 QStringLiteral("2024-11-06T15:53:56.123456"));
    }

    void replacesTheSeedsErrorFilesButNeverGoodData()
    {
        const QString sha = addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("a"))));
        // The seed wrote this on failures, in place of the data.
        QVERIFY(JsonFile::write(m_folder.output(QStringLiteral("a/a_civitai_model_version.json")),
                                QJsonObject { { QStringLiteral("error"),
                                                QStringLiteral("Failed to fetch Civitai data") },
                                              { QStringLiteral("status_code"), 500 } }));
        QVERIFY(runToEnd(m_options).succeeded());
        const auto version = JsonFile::readObject(
            m_folder.output(QStringLiteral("a/a_civitai_model_version.json")));
        QCOMPARE(version->value(QLatin1String("id")).toInt(), 200);
        Q_UNUSED(sha);
    }

    void rejectedAnswersLeaveTheArchiveAlone_data()
    {
        QTest::addColumn<QString>("route"); // where the bad answer comes from
        QTest::addColumn<QString>("change"); // what is wrong with it
        QTest::newRow("version without modelId") << "version" << "no modelId";
        QTest::newRow("version with a text id") << "version" << "text id";
        QTest::newRow("version with a zero modelId") << "version" << "zero modelId";
        QTest::newRow("version with files not a list") << "version" << "files";
        QTest::newRow("model of another id") << "model" << "other id";
        QTest::newRow("model without a version list") << "model" << "versions";
    }

    void rejectedAnswersLeaveTheArchiveAlone()
    {
        QFETCH(QString, route);
        QFETCH(QString, change);
        const QString sha = addModel(QStringLiteral("a.safetensors"), 100, 200);
        QVERIFY(runToEnd(m_options).succeeded());
        const QDir folder(m_folder.output(QStringLiteral("a")));
        QHash<QString, QByteArray> before;
        for (const QString &file : folder.entryList(QDir::Files | QDir::Hidden))
            before.insert(file, readFile(folder.filePath(file)));
        QVERIFY(before.contains(QStringLiteral("a_civitai_model_version.json")));
        QVERIFY(before.contains(QStringLiteral("a_civitai_model.json")));

        // A changed answer (so that it would be written), broken in one way.
        QJsonObject version = m_server->versionByHash(sha);
        QJsonObject model = m_server->makeModel(100, { version });
        version.insert(QStringLiteral("updatedAt"), QStringLiteral("2030-01-01T00:00:00.000Z"));
        model.insert(QStringLiteral("description"), QStringLiteral("changed"));
        if (change == QLatin1String("no modelId"))
            version.remove(QStringLiteral("modelId"));
        else if (change == QLatin1String("text id"))
            version.insert(QStringLiteral("id"), QStringLiteral("200"));
        else if (change == QLatin1String("zero modelId"))
            version.insert(QStringLiteral("modelId"), 0);
        else if (change == QLatin1String("files"))
            version.insert(QStringLiteral("files"), QStringLiteral("none"));
        else if (change == QLatin1String("other id"))
            model.insert(QStringLiteral("id"), 101);
        else
            model.insert(QStringLiteral("modelVersions"), QJsonObject());
        constexpr int Many = 100;
        if (route == QLatin1String("version")) {
            m_server->setBatchEnabled(false); // the single lookup answers
            m_server->injectFault(
                QStringLiteral("/api/v1/model-versions/by-hash/"),
                FakeCivitai::Fault::status(200, QJsonDocument(version).toJson()), Many);
        } else {
            m_server->injectFault(QStringLiteral("/api/v1/models/"),
                                  FakeCivitai::Fault::status(200, QJsonDocument(model).toJson()),
                                  Many);
            const QJsonObject page { { QStringLiteral("items"), QJsonArray { model } } };
            m_server->injectFault(QStringLiteral("/api/v1/models$"),
                                  FakeCivitai::Fault::status(200, QJsonDocument(page).toJson()),
                                  Many);
        }
        m_options.retryBackoff = 10ms;
        m_options.writeGallery = false; // the model page is rewritten on every run
        const RunSummary summary = runToEnd(m_options);
        QHash<QString, QByteArray> after;
        for (const QString &file : folder.entryList(QDir::Files | QDir::Hidden))
            after.insert(file, readFile(folder.filePath(file)));
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY2(summary.failures.constFirst().error.contains(
                     QLatin1String("unexpected answer from Civitai")),
                 qPrintable(summary.failures.constFirst().error));
        QVERIFY(missingNames(m_folder.output()).isEmpty());
    }

    void usesTheGoodRecordsOfABatchWithABadOne()
    {
        const QString good = addModel(QStringLiteral("good.safetensors"), 100, 200);
        const QString bad = addModel(QStringLiteral("bad.safetensors"), 101, 201);
        QJsonObject broken = m_server->versionByHash(bad);
        broken.remove(QStringLiteral("modelId"));
        const QJsonArray batch { m_server->versionByHash(good), broken, QJsonValue(),
                                 QStringLiteral("x"), 5 };
        m_server->injectFault(QStringLiteral("/api/v1/model-versions/by-hash$"),
                              FakeCivitai::Fault::status(200, QJsonDocument(batch).toJson()));
        const RunSummary summary = runToEnd(m_options);
        QVERIFY2(summary.succeeded(),
                 qPrintable(summary.failures.isEmpty() ? summary.fatalError
                                                       : summary.failures.constFirst().error));
        QCOMPARE(summary.filesDone, 2);
        // The good record was used; the bad one's hash was asked about on its own.
        QCOMPARE(singleLookups(), 1);
        for (const FakeCivitai::Request &request : m_server->requests()) {
            if (request.method == "GET"
                && request.path.startsWith(QLatin1String("/api/v1/model-versions/by-hash/")))
                QVERIFY(request.path.endsWith(bad, Qt::CaseInsensitive));
        }
        const auto archived = JsonFile::readObject(
            m_folder.output(QStringLiteral("bad/bad_civitai_model_version.json")));
        QVERIFY(archived);
        QCOMPARE(archived->value(QLatin1String("modelId")).toInt(), 101);
    }

    void givesUpOnAnAnswerThatTricklesIn()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200);
        // A byte every 50 ms keeps the inactivity timeout (2 s) from ever firing; the answer
        // (a few KB) would take minutes.
        m_server->injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::trickle(50), 100);
        m_options.requestTimeout = 2s;
        m_options.apiDeadline = 300ms;
        m_options.retryBackoff = 10ms;
        ArchiveRun run(m_options);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        const RunSummary summary = finished.constFirst().constFirst().value<RunSummary>();
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY2(summary.failures.constFirst().error.contains(QLatin1String("timed out")),
                 qPrintable(summary.failures.constFirst().error));
        QVERIFY(missingNames(m_folder.output()).isEmpty());
    }

    void givesUpOnAPreviewThatTricklesIn()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200, true, 1);
        m_server->injectFault(QStringLiteral("/images/"), FakeCivitai::Fault::trickle(50), 100);
        m_options.requestTimeout = 2s;
        m_options.mediaDeadline = 300ms;
        m_options.retryBackoff = 10ms;
        ArchiveRun run(m_options);
        QSignalSpy finished(&run, &ArchiveRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        const RunSummary summary = finished.constFirst().constFirst().value<RunSummary>();
        QVERIFY(summary.failures.isEmpty());
        QCOMPARE(summary.previewsDownloaded, 0);
        QVERIFY(!summary.warnings.isEmpty());
        QVERIFY2(summary.warnings.constFirst().contains(QLatin1String("timed out")),
                 qPrintable(summary.warnings.constFirst()));
    }

    void keepsOnlyWholeImagesFromTheImageHost_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("an HTML page with 200") << "html";
        QTest::newRow("an SVG with a script") << "svg";
        QTest::newRow("cut short without Content-Length") << "cut";
        QTest::newRow("larger than the limit") << "large";
        QTest::newRow("zeros larger than the limit") << "zeros";
    }

    void keepsOnlyWholeImagesFromTheImageHost()
    {
        QFETCH(QString, answer);
        addModel(QStringLiteral("a.safetensors"), 100, 200, true, 1);
        const QString images = QStringLiteral("/images/");
        if (answer == QLatin1String("html"))
            m_server->injectFault(images, FakeCivitai::Fault::htmlError(200));
        else if (answer == QLatin1String("svg"))
            m_server->injectFault(
                images,
                FakeCivitai::Fault::content(
                    R"(<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>)",
                    "image/svg+xml"));
        else if (answer == QLatin1String("cut"))
            m_server->injectFault(images, FakeCivitai::Fault::cutShortUnannounced());
        else if (answer == QLatin1String("large"))
            m_server->injectFault(images,
                                  FakeCivitai::Fault::content(
                                      FakeCivitai::jpegBytes(QByteArray(4096, 'x')), "image/jpeg"));
        else
            m_server->injectFault(images,
                                  FakeCivitai::Fault::content(QByteArray(4096, '\0'), "image/jpeg"));
        m_options.maxPreviewImageBytes = 2048;
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.failures.isEmpty()); // a preview does not fail its model
        QCOMPARE(summary.previewsDownloaded, 0);
        QCOMPARE(summary.warnings.size(), 1);
        const QStringList leftovers = QDir(m_folder.output(QStringLiteral("a")))
                                          .entryList({ QStringLiteral("*preview*") },
                                                     QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));

        // Nothing was kept, so the next run tries again.
        const RunSummary again = runToEnd(m_options);
        QCOMPARE(again.previewsDownloaded, 1);
        QCOMPARE(readFile(m_folder.output(QStringLiteral("a/a_preview_0.jpeg"))).left(3),
                 QByteArray("\xff\xd8\xff"));
    }

    void namesPreviewsByWhatTheyAre()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200, true, 1);
        // A PNG the host calls a JPEG, at an address ending in .jpeg.
        m_server->injectFault(QStringLiteral("/images/"),
                              FakeCivitai::Fault::content(FakeCivitai::pngBytes("p"), "image/jpeg"));
        QCOMPARE(runToEnd(m_options).previewsDownloaded, 1);
        QCOMPARE(QDir(m_folder.output(QStringLiteral("a")))
                     .entryList({ QStringLiteral("a_preview_0.*") }, QDir::Files),
                 QStringList({ QStringLiteral("a_preview_0.json"), QStringLiteral("a_preview_0.png") }));
    }

    void replacesAPreviewThatIsNoImage()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200, true, 1);
        // What an older version saved from a host that answered with a page.
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("a"))));
        QFile page(m_folder.output(QStringLiteral("a/a_preview_0.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html><script>alert(1)</script></html>");
        page.close();
        const RunSummary summary = runToEnd(m_options);
        QCOMPARE(summary.previewsDownloaded, 1);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("a/a_preview_0.html"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_preview_0.jpeg"))));
    }

    void followsRedirectsIntoLocalAddressesOnlyWithinTheirOrigin()
    {
        const QString sha = addModel(QStringLiteral("a.safetensors"), 100, 200, true, 1);
        FakeCivitai other; // another service on this machine
        QVERIFY(other.listen());
        other.addFile(QStringLiteral("/secret.jpeg"), FakeCivitai::jpegBytes("secret"),
                      QStringLiteral("image/jpeg"));
        m_server->injectFault(
            QStringLiteral("/images/"),
            FakeCivitai::Fault::status(
                302, {},
                { { "Location",
                    other.baseUrl().resolved(QUrl(QStringLiteral("/secret.jpeg"))).toEncoded() } }));
        const RunSummary refused = runToEnd(m_options);
        QCOMPARE(refused.previewsDownloaded, 0);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(refused.warnings.size(), 1);
        QVERIFY2(refused.warnings.constFirst().contains(QLatin1String("refused to follow a redirect")),
                 qPrintable(refused.warnings.constFirst()));

        // Within the image host's own origin, redirects are followed.
        const QUrl image = CivitaiClient::fullSizeImageUrl(QUrl(m_server->versionByHash(sha)
                                                                    .value(QLatin1String("images"))
                                                                    .toArray()
                                                                    .at(0)
                                                                    .toObject()
                                                                    .value(QLatin1String("url"))
                                                                    .toString()));
        m_server->injectFault(QStringLiteral("/images/"),
                              FakeCivitai::Fault::status(302, {}, { { "Location", image.toEncoded() } }));
        const RunSummary followed = runToEnd(m_options);
        QCOMPARE(followed.previewsDownloaded, 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/images/")), 3);
    }

    void keepsThePreviewWhenItsDownloadBreaks()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200, true, 1);
        m_server->injectFault(QStringLiteral("/images/"), FakeCivitai::Fault::resetMidBody(), 100);
        m_options.retryBackoff = 10ms;
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.failures.isEmpty()); // a failed preview does not fail the model
        QCOMPARE(summary.previewsDownloaded, 0);
        QVERIFY(!summary.warnings.isEmpty());
        const QStringList leftovers
            = QDir(m_folder.output(QStringLiteral("a"))).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : leftovers)
            QVERIFY2(!file.endsWith(QLatin1String(".part"))
                         && !file.contains(QLatin1String("preview")),
                     qPrintable(file));

        m_server->clearFaults();
        const RunSummary again = runToEnd(m_options);
        QCOMPARE(again.previewsDownloaded, 1);
    }

    void sendsTheApiKeyToTheApiOnly()
    {
        addModel(QStringLiteral("a.safetensors"), 100, 200);
        m_options.apiKey = QStringLiteral("k-123");
        QVERIFY(runToEnd(m_options).succeeded());
        for (const FakeCivitai::Request &request : m_server->requests()) {
            if (request.path.startsWith(QLatin1String("/api/")))
                QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer k-123"));
            else
                QVERIFY2(!request.headers.contains("authorization"), qPrintable(request.path));
        }
        // Nowhere on disk.
        const QStringList files = QDir(m_folder.output()).entryList(QDir::Files);
        for (const QString &file : files)
            QVERIFY(!readFile(m_folder.output(file)).contains("k-123"));
    }

    void stopsCleanlyWhenCancelledDuringLookups()
    {
        for (int i = 0; i < 3; ++i)
            addModel(QStringLiteral("m%1.safetensors").arg(i), 100 + i, 200 + i);
        m_server->injectFault(QStringLiteral("/api/v1/models"), FakeCivitai::Fault::stall(), 100);
        m_options.requestTimeout = 20s;
        {
            ArchiveRun run(m_options);
            QSignalSpy finished(&run, &ArchiveRun::finished);
            run.start();
            QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/api/v1/models")) >= 1,
                                     10000);
            run.cancel();
            QVERIFY(!finished.isEmpty()
                    || finished.wait(5000)); // promptly, not after the 20 s timeout
            const RunSummary summary = finished.constFirst().constFirst().value<RunSummary>();
            QVERIFY(summary.cancelled);
            QCOMPARE(summary.filesNotOnCivitai, 0);
        }
        QVERIFY(missingNames(m_folder.output()).isEmpty());
        QVERIFY(JsonFile::readObject(m_folder.output(QStringLiteral("hash_cache.json"))));
        const QStringList files = QDir(m_folder.output()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : files)
            QVERIFY2(file == QLatin1String("hash_cache.json")
                         || file == QLatin1String("processed_files.json"),
                     qPrintable(file));

        m_server->clearFaults();
        const RunSummary resumed = runToEnd(m_options);
        QVERIFY(resumed.succeeded());
        QCOMPARE(resumed.filesDone, 3);
        QCOMPARE(resumed.filesHashed, 0); // hashes came from the cache saved at the cancel
    }
};

QTEST_GUILESS_MAIN(TestCivitaiSync)
#include "tst_civitaisync.moc"
