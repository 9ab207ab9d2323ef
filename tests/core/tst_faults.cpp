// End to end under the faults users meet: a full disk, a crash while Civitai makes the run
// wait, Ctrl-C before the lookups. The built program on temporary folders, against the fake
// Civitai.
#include "archivefiles.h"
#include "clirun.h"
#include "collectionfolder.h"
#include "core/filehasher.h"
#include "core/hashcache.h"
#include "core/jsonfile.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"
#include "smalldisk.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

constexpr qint64 LockRoom = 4096; // one page of tmpfs: the archive's lock file fits, nothing else

// What the next run would find: hash_cache.json and its journal (see HashCache::saveChanges).
int hashCacheEntries(const QString &outputDir)
{
    HashCache cache(outputDir);
    return cache.load() ? int(cache.size()) : 0;
}

QStringList processedFiles(const QString &outputDir)
{
    const auto processed
        = JsonFile::readObject(outputDir + QStringLiteral("/processed_files.json"));
    QStringList files;
    if (processed) {
        for (const QJsonValue &file : processed->value(QLatin1String("files")).toArray())
            files.append(file.toString());
    }
    return files;
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_server;

    // `count` LoRAs, each its own model on the fake Civitai; returns their hashes.
    QStringList addKnownLoras(int count, int imageCount = 1)
    {
        QStringList hashes;
        for (int i = 0; i < count; ++i) {
            const QByteArray bytes
                = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 64 + i);
            if (!SafetensorsFactory::write(
                    m_folder.models(QStringLiteral("lora%1.safetensors").arg(i)), bytes))
                return {};
            hashes.append(FileHasher::hashBytes(bytes));
            m_server.addModelFile(hashes.constLast(), 100 + i, 200 + i, imageCount);
        }
        return hashes;
    }

    CliRun archive(const QString &outputDir, const QStringList &extra = {}) const
    {
        CliRun run;
        run.arguments = QStringList { QStringLiteral("--all"), m_folder.models(),
                                      QStringLiteral("--output"), outputDir }
            + extra;
        run.apiBase = m_server.baseUrl();
        return run;
    }

    QProcess *startArchiving(const QString &outputDir)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CIVITAI_API_BASE"), m_server.baseUrl().toString());
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(CDM_CLI_PATH),
                       { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                         outputDir, QStringLiteral("--notimeout"), QStringLiteral("--noimages") });
        return process;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        QVERIFY(m_folder.reset());
        m_server.clearFaults();
    }

    void cleanup()
    {
        // A failed test may leave a program waiting out a day-long Retry-After.
        const QList<QProcess *> processes = findChildren<QProcess *>();
        for (QProcess *process : processes) {
            process->kill();
            process->waitForFinished(10000);
            delete process;
        }
    }

    void keepsTheArchiveWhenTheDiskIsFull()
    {
        SmallDisk disk(2048);
        if (!disk.isMounted())
            QSKIP("needs root to mount a small tmpfs");
        const QString output = disk.path(QStringLiteral("out"));
        const QStringList hashes = addKnownLoras(9);
        QCOMPARE(hashes.size(), 9);
        const CliResult first = archive(output, { QStringLiteral("--noimages") }).run();
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        const QMap<QString, QByteArray> before = filesUnder(output);
        QVERIFY(before.contains(QStringLiteral("lora0/lora0_civitai_model.json")));

        // Civitai changed every model: the next run rewrites all of their files.
        for (int i = 0; i < hashes.size(); ++i) {
            const QJsonObject version = m_server.makeVersion(
                hashes.at(i), 100 + i, 200 + i, 1, QStringLiteral("2026-11-01T00:00:00.000Z"));
            m_server.addVersion(version);
            m_server.addModel(m_server.makeModel(100 + i, { version }));
        }
        QVERIFY(disk.fill(LockRoom));
        const CliResult full = archive(output, { QStringLiteral("--noimages") }).run();
        QVERIFY2(full.exitCode == 1, qPrintable(full.out + full.err));
        QVERIFY2((full.out + full.err).contains(QLatin1String("No space left on device")),
                 qPrintable(full.out + full.err));
        const QMap<QString, QByteArray> after = filesUnder(output);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));

        // With room again the same command brings the archive up to date.
        QVERIFY(disk.makeRoom());
        const CliResult again = archive(output, { QStringLiteral("--noimages") }).run();
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        const auto version = JsonFile::readObject(
            output + QStringLiteral("/lora0/lora0_civitai_model_version.json"));
        QVERIFY(version);
        QCOMPARE(version->value(QLatin1String("updatedAt")).toString(),
                 QStringLiteral("2026-11-01T00:00:00.000Z"));
    }

    void writesNoEmptyFileOnAFullDisk()
    {
        SmallDisk disk(1024);
        if (!disk.isMounted())
            QSKIP("needs root to mount a small tmpfs");
        QCOMPARE(addKnownLoras(6).size(), 6);
        QVERIFY(QDir().mkpath(disk.path(QStringLiteral("out"))));
        QVERIFY(disk.fill(LockRoom));
        const CliResult full = archive(disk.path(QStringLiteral("out"))).run();
        QVERIFY2(full.exitCode == 1, qPrintable(full.out + full.err));
        QVERIFY2((full.out + full.err).contains(QLatin1String("No space left on device")),
                 qPrintable(full.out + full.err));
        const QMap<QString, QByteArray> files = filesUnder(disk.path(QStringLiteral("out")));
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key() + QStringLiteral(" is empty")));
    }

    void refusesToStartOnADiskWithNoRoomForItsLock()
    {
        SmallDisk disk(1024);
        if (!disk.isMounted())
            QSKIP("needs root to mount a small tmpfs");
        QCOMPARE(addKnownLoras(2).size(), 2);
        QVERIFY(QDir().mkpath(disk.path(QStringLiteral("out"))));
        QVERIFY(disk.fill());
        const CliResult full = archive(disk.path(QStringLiteral("out"))).run();
        QVERIFY2(full.exitCode == 1, qPrintable(full.out + full.err));
        QVERIFY2(full.err.contains(QLatin1String("Cannot lock the archive")), qPrintable(full.err));
        QCOMPARE(filesUnder(disk.path(QStringLiteral("out"))).size(), 0);
    }

    void reportsAFullDiskWhileDownloadingPreviews()
    {
        SmallDisk disk(1024);
        if (!disk.isMounted())
            QSKIP("needs root to mount a small tmpfs");
        // A preview larger than the disk.
        m_server.setImageMaker([](int) {
            return std::pair { QByteArray("\xff\xd8\xff\xe0") + QByteArray(2 << 20, 'p')
                                   + QByteArray("\xff\xd9"),
                               QStringLiteral("image/jpeg") };
        });
        QCOMPARE(addKnownLoras(1).size(), 1);
        m_server.setImageMaker({});
        const CliResult result = archive(disk.path(QStringLiteral("out"))).run();
        QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
        QVERIFY2((result.out + result.err).contains(QLatin1String("No space left on device")),
                 qPrintable(result.out + result.err));
        QVERIFY2(!(result.out + result.err).contains(QLatin1String("cut short")),
                 qPrintable(result.out + result.err));
        QCOMPARE(m_server.requestCount(QStringLiteral("/images/")), 1); // not retried
        for (const QString &file : filesUnder(disk.path(QStringLiteral("out"))).keys())
            QVERIFY2(!file.contains(QLatin1String("_preview_0.jpeg"))
                         && !file.endsWith(QLatin1String(".part")),
                     qPrintable(file));
    }

    void savesTheHashCacheWhileCivitaiMakesItWait()
    {
        QCOMPARE(addKnownLoras(5).size(), 5);
        // A day-long rate limit: the lookups wait, the hashes are done.
        m_server.injectFault(QStringLiteral("/api/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("86400")), 100);
        QProcess *process = startArchiving(m_folder.output());
        QVERIFY(process->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(hashCacheEntries(m_folder.output()), 5, 15000);
        QCOMPARE(process->state(), QProcess::Running); // still waiting for Civitai
        process->kill(); // SIGKILL, TerminateProcess on Windows
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(hashCacheEntries(m_folder.output()), 5);

        m_server.clearFaults();
        const CliResult resumed
            = archive(m_folder.output(), { QStringLiteral("--noimages") }).run();
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(QLatin1String("5 from cache")), qPrintable(resumed.out));
    }

    void lookUpsCancelledByCtrlCAreDoneByOnlynew()
    {
#ifdef Q_OS_UNIX
        const QStringList hashes = addKnownLoras(4);
        QCOMPARE(hashes.size(), 4);
        m_server.injectFault(QStringLiteral("/api/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("86400")), 100);
        QProcess *process = startArchiving(m_folder.output());
        QVERIFY(process->waitForStarted());
        // Every file hashed, none looked up yet.
        QTRY_COMPARE_WITH_TIMEOUT(hashCacheEntries(m_folder.output()), 4, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(QStringLiteral("/api/")) > 0, 15000);
        ::kill(pid_t(process->processId()), SIGINT);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 130);
        QCOMPARE(processedFiles(m_folder.output()), QStringList());

        m_server.clearFaults();
        const CliResult onlyNew
            = archive(m_folder.output(),
                      { QStringLiteral("--onlynew"), QStringLiteral("--noimages") })
                  .run();
        QVERIFY2(onlyNew.exitCode == 0, qPrintable(onlyNew.out + onlyNew.err));
        QVERIFY2(onlyNew.out.contains(QLatin1String("4 done")), qPrintable(onlyNew.out));
        for (int i = 0; i < 4; ++i)
            QVERIFY(QFile::exists(m_folder.output(
                QStringLiteral("lora%1/lora%1_civitai_model_version.json").arg(i))));
        QCOMPARE(processedFiles(m_folder.output()).size(), 4);
#else
        QSKIP("sends SIGINT: needs POSIX");
#endif
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
