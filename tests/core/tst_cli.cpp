// End to end: the built civitai-data-manager program on temporary folders.
#include "clirun.h"
#include "collectionfolder.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "core/version.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

using Result = CliResult;

QUrl s_apiBase; // the fake Civitai every run talks to

Result runCli(const QStringList &arguments, const QString &workingDir = QDir::tempPath(),
              const QStringList &prefix = {})
{
    CliRun run;
    run.arguments = arguments;
    run.apiBase = s_apiBase;
    run.workingDir = workingDir;
    run.prefix = prefix;
    return run.run();
}

// Starts the program without waiting for it (for runs that another run meets).
void startCli(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CIVITAI_API_BASE"), s_apiBase.toString());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CDM_CLI_PATH),
                  arguments + QStringList { QStringLiteral("--notimeout") });
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        s_apiBase = m_server.baseUrl();
    }

    void init() { QVERIFY(m_folder.reset()); }

    void printsVersionAndHelp()
    {
        const Result version = runCli({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(),
                 QStringLiteral("civitai-data-manager %1").arg(QLatin1String(CDM_VERSION)));
        const Result help = runCli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--onlynew")));
        // -v is --verbose, as in the Python tool; Qt's own version option wanted it too.
        QVERIFY2(!help.err.contains(QLatin1String("already having")), qPrintable(help.err));
        QVERIFY2(help.out.contains(QLatin1String("-v, --verbose")), qPrintable(help.out));
    }

    void rejectsConflictingFlagsWithExitCode2()
    {
        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output(),
                                       QStringLiteral("--images"), QStringLiteral("--noimages") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Cannot use both --images and --noimages")),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(m_folder.output()));
    }

    void requiresAnOutputFolderWithoutATerminal()
    {
        const Result result
            = runCli({ QStringLiteral("--all"), m_folder.models() }, m_folder.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("--output DIR is required")),
                 qPrintable(result.err));
    }

    void rejectsAMissingModelsFolder()
    {
        const Result result
            = runCli({ QStringLiteral("--all"), m_folder.path(QStringLiteral("nope")),
                       QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("not found")));
    }

    void archivesACollectionWithOddNames()
    {
        const QStringList names {
            QStringLiteral("[FLUX.1 [dev] - LoRa] [Style] 'True Real Photography' [SPECTRUM "
                           "#0001].safetensors"),
            QStringLiteral("emoji 🔥 style.safetensors"),
            QStringLiteral("100% \"real\".safetensors"),
            QStringLiteral("sub folder/名前.safetensors"),
            QStringLiteral("a b.safetensors"),
            QStringLiteral("a_b.safetensors"),
        };
        QHash<QString, QString> shaByName;
        for (int i = 0; i < names.size(); ++i) {
            const QByteArray bytes
                = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 16 * (i + 1));
            QVERIFY(SafetensorsFactory::write(m_folder.models(names[i]), bytes));
            shaByName.insert(QFileInfo(names[i]).fileName(), FileHasher::hashBytes(bytes));
            m_server.addModelFile(FileHasher::hashBytes(bytes), 1000 + i, 2000 + i);
        }
#ifdef Q_OS_UNIX // elsewhere QFile::link makes a .lnk shortcut, not a symbolic link
        QVERIFY(QFile::link(m_folder.models(), m_folder.models(QStringLiteral("sub folder/loop"))));
#endif

        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("6 files found, 6 done, 6 hashed")),
                 qPrintable(result.out));

        QStringList folders
            = QDir(m_folder.output()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(folders.removeOne(QStringLiteral("_gallery"))); // the gallery's assets
        QCOMPARE(folders,
                 (QStringList {
                     QStringLiteral("100_real"),
                     QStringLiteral("FLUX_1_dev_-_LoRa_Style_True_Real_Photography_SPECTRUM_0001"),
                     QStringLiteral("a_b"), QStringLiteral("a_b_2"), QStringLiteral("emoji_style"),
                     QStringLiteral("名前") }));
        for (const QString &folder : folders) {
            const auto hash = JsonFile::readObject(
                m_folder.output(folder + QLatin1Char('/') + folder + QStringLiteral("_hash.json")));
            QVERIFY2(hash, qPrintable(folder));
            QCOMPARE(hash->keys(),
                     (QStringList { QStringLiteral("filename"), QStringLiteral("hash_type"),
                                    QStringLiteral("hash_value"), QStringLiteral("timestamp") }));
            QCOMPARE(hash->value(QLatin1String("hash_value")).toString(),
                     shaByName.value(hash->value(QLatin1String("filename")).toString()));
            QVERIFY(QDateTime::fromString(hash->value(QLatin1String("timestamp")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
            const auto metadata = JsonFile::readObject(m_folder.output(
                folder + QLatin1Char('/') + folder + QStringLiteral("_metadata.json")));
            QVERIFY(metadata);
            QCOMPARE(metadata->value(QLatin1String("ss_network_dim")).toString(),
                     QStringLiteral("32"));
        }
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        QCOMPARE(processed->value(QLatin1String("files")).toArray().size(), 6);
        QVERIFY(processed->contains(QLatin1String("last_update")));

        // Unchanged re-run: everything from the cache.
        const Result again = runCli({ QStringLiteral("--all"), m_folder.models(),
                                      QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("0 hashed (0 B), 6 from cache")),
                 qPrintable(again.out));
    }

    void listsFailedFilesAndExitsWith1()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("good.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("truncated.safetensors")),
                                          SafetensorsFactory::build({}, 4096).left(1000)));
        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(QLatin1String("Failed files:")));
        QVERIFY2(result.out.contains(m_folder.models(QStringLiteral("truncated.safetensors"))
                                     + QStringLiteral(": truncated")),
                 qPrintable(result.out));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("good/good_hash.json"))));
    }

    void reportsAnUnreadableFileAndGoesOn()
    {
#ifdef Q_OS_UNIX
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("good.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("locked.safetensors")),
                                          SafetensorsFactory::build({}, 64)));
        QVERIFY(QFile::setPermissions(m_folder.models(QStringLiteral("locked.safetensors")),
                                      QFileDevice::Permissions()));
        QVERIFY(SafetensorsFactory::write(
            m_folder.models(QStringLiteral("locked folder/hidden.safetensors")),
            SafetensorsFactory::build()));
        QVERIFY(QFile::setPermissions(m_folder.models(QStringLiteral("locked folder")),
                                      QFileDevice::Permissions()));

        // root reads everything: run the program as an unprivileged user to test what users see.
        const std::optional<QStringList> prefix = unprivilegedPrefix(m_folder.path());
        if (!prefix)
            QSKIP("needs setpriv (util-linux) to drop root");
        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() },
                                     m_folder.path(), *prefix);
        QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("locked.safetensors: cannot read")),
                 qPrintable(result.out));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("good/good_hash.json"))));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("locked/locked_hash.json"))));
        QVERIFY2(result.err.contains(QLatin1String("cannot read folder")), qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("Warnings:")), qPrintable(result.out));
#else
        QSKIP("needs POSIX file permissions and setpriv");
#endif
    }

    void staysSilentWithQuietUnlessSomethingFails()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        const Result quiet
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--quiet") });
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out, QString());
        QCOMPARE(quiet.err, QString());

        const Result verbose
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--verbose") });
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains(QLatin1String("debug: loaded 1 cached hashes")),
                 qPrintable(verbose.err));
        QVERIFY2(verbose.out.contains(QLatin1String("[1/1] not on Civitai")),
                 qPrintable(verbose.out));
    }

    void readsConfigJsonAndLetsFlagsWin()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::write(
            m_folder.path(QStringLiteral("config.json")),
            R"({"all": "models", "output": "from-config", "images": true})"));
        const Result result = runCli(
            { QStringLiteral("--output"), QStringLiteral("out"), QStringLiteral("--noimages") },
            m_folder.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QLatin1String("config.json")));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_hash.json"))));
        QVERIFY(!QFile::exists(m_folder.path(QStringLiteral("from-config"))));
    }

    // $CIVITAI_API_BASE is checked where the window checks it (Settings): an address the API key
    // must not go to (another scheme, a user name in it) stops the program before anything.
    void refusesACivitaiApiBaseThatIsNoHttpAddress_data()
    {
        QTest::addColumn<QString>("apiBase");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1:1/");
        QTest::newRow("user name") << QStringLiteral("http://someone@127.0.0.1:1/");
    }

    void refusesACivitaiApiBaseThatIsNoHttpAddress()
    {
        QFETCH(QString, apiBase);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("one.safetensors")),
                                          SafetensorsFactory::build()));
        const QUrl realApi = std::exchange(s_apiBase, QUrl(apiBase));
        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() });
        s_apiBase = realApi;
        QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
        QVERIFY2(result.err.contains(QLatin1String("CIVITAI_API_BASE is not an http(s) address")),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(m_folder.output()));
    }

    void stopsCleanlyOnCtrlCAndResumes()
    {
#ifdef Q_OS_UNIX
        // Sparse files: seconds of hashing, no disk space.
        for (int i = 0; i < 3; ++i)
            QVERIFY(SafetensorsFactory::writeSparse(
                m_folder.models(QStringLiteral("big%1.safetensors").arg(i)), qint64(3) << 30));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CIVITAI_API_BASE"), s_apiBase.toString());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CDM_CLI_PATH),
                      { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                        m_folder.output(), QStringLiteral("--threads"), QStringLiteral("1") });
        QVERIFY(process.waitForStarted());
        // Printed once Ctrl-C is handled, before the run starts.
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput()))
                                     .contains(QLatin1String("Archiving")),
                                 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        out += QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 130, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Interrupted")), qPrintable(out));
        QVERIFY(JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")))
                || !QFile::exists(m_folder.output(QStringLiteral("processed_files.json"))));
        const QStringList stray = QDir(m_folder.output()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : stray)
            QVERIFY2(file == QLatin1String("processed_files.json")
                         || file == QLatin1String("hash_cache.json"),
                     qPrintable(file));

        const Result resumed = runCli({ QStringLiteral("--all"), m_folder.models(),
                                        QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(resumed.out.contains(QLatin1String("3 done")));
#else
        QSKIP("sends SIGINT: needs POSIX");
#endif
    }

    void archivesFromTheFakeCivitaiEndToEnd()
    {
        const QByteArray known = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 96);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("gone.safetensors")),
                                          SafetensorsFactory::build({}, 112)));
        m_server.addModelFile(FileHasher::hashBytes(known), 555, 666, 2);

        const Result result
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--images") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("1 not on Civitai")), qPrintable(result.out));
        for (const char *file :
             { "known/known_hash.json", "known/known_metadata.json",
               "known/known_civitai_model_version.json", "known/known_civitai_model.json",
               "known/known_preview_0.jpeg", "known/known_preview_0.json",
               "known/known_preview_1.mp4", "known/known_preview_1.json", "gone/gone_hash.json",
               "missing_from_civitai.txt", "processed_files.json", "hash_cache.json" })
            QVERIFY2(QFile::exists(m_folder.output(QString::fromUtf8(file))), file);

        // --onlynew --skipmissing: nothing left to do.
        const Result onlyNew = runCli(
            { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
              m_folder.output(), QStringLiteral("--onlynew"), QStringLiteral("--skipmissing") });
        QCOMPARE(onlyNew.exitCode, 0);
        QVERIFY2(onlyNew.out.contains(QLatin1String("2 skipped")), qPrintable(onlyNew.out));
    }

    void logsARateLimitButNotThePolitePause()
    {
        const QByteArray model = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 80);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("paced.safetensors")), model));
        m_server.addModelFile(FileHasher::hashBytes(model), 557, 668);
        m_server.injectFault(QStringLiteral("/api/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("3")));
        const Result result
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--noimages"), QStringLiteral("--pause"),
                       QStringLiteral("2.5") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("Waiting 3 s: rate limited by Civitai")),
                 qPrintable(result.out));
        // The pause between requests (2.5 s before the model's request) is by design, not news.
        QVERIFY2(!result.out.contains(QLatin1String("polite pause")), qPrintable(result.out));
    }

    void cleansOrphanedFoldersAndListsDuplicates()
    {
        const QByteArray same = SafetensorsFactory::build({}, 48);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")), same));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("copy of a.safetensors")),
                                          same));
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("deleted later.safetensors")),
                                      SafetensorsFactory::build({}, 64)));
        QCOMPARE(runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                          m_folder.output() })
                     .exitCode,
                 0);
        QVERIFY(
            QDir().mkpath(m_folder.output(QStringLiteral("user notes")))); // not ours: must survive
        QVERIFY(SafetensorsFactory::write(m_folder.output(QStringLiteral("user notes/todo.txt")),
                                          "keep me"));
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("deleted later.safetensors"))));

        const Result dryRun
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--clean"), QStringLiteral("--dry-run") });
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY2(dryRun.out.contains(QLatin1String("Would remove deleted_later/")),
                 qPrintable(dryRun.out));
        QVERIFY(dryRun.out.contains(QLatin1String("Dry run")));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("deleted_later"))));

        const Result clean
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--clean") });
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("deleted_later"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("user notes/todo.txt"))));
        QVERIFY(QFile::exists(m_folder.models(QStringLiteral("a.safetensors"))));
        QVERIFY(QFile::exists(m_folder.models(
            QStringLiteral("copy of a.safetensors")))); // model files are never touched
        QFile duplicates(m_folder.output(QStringLiteral("duplicate_models.txt")));
        QVERIFY(duplicates.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(duplicates.readAll());
        QVERIFY2(text.startsWith(QLatin1String("# Duplicate models found in input directory\n# "
                                               "Format: Hash | Kept Model | Removed Duplicates\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Hash: %1\n").arg(FileHasher::hashBytes(same))));
        QVERIFY(text.contains(QLatin1String("Removed:\n  - ")));
        // One of the pair, the notes, and the gallery's assets.
        QCOMPARE(QDir(m_folder.output()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 3);
        QVERIFY(!clean.out.contains(QLatin1String("_gallery")));
    }

    void refusesToCleanWithoutModels()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        QCOMPARE(runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                          m_folder.output() })
                     .exitCode,
                 0);
        QVERIFY(QDir().mkpath(m_folder.path(QStringLiteral("empty"))));
        const Result result
            = runCli({ QStringLiteral("--all"), m_folder.path(QStringLiteral("empty")),
                       QStringLiteral("--output"), m_folder.output(), QStringLiteral("--clean") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("refusing to clean")));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_hash.json"))));
    }

    // Issue 12, item 2: a models folder reached by another path is the same collection.
    void cleanAndRunFollowTheModelsFolderToANewPath_data()
    {
        QTest::addColumn<bool>("symlink");
#ifdef Q_OS_UNIX // elsewhere QFile::link makes a .lnk shortcut, not a symbolic link
        QTest::newRow("symlinked") << true;
#endif
        QTest::newRow("renamed") << false;
    }

    void cleanAndRunFollowTheModelsFolderToANewPath()
    {
        QFETCH(bool, symlink);
        const QString before = m_folder.path(QStringLiteral("before"));
        const QString after = m_folder.path(QStringLiteral("after"));
        QVERIFY(QDir().mkpath(before + QStringLiteral("/real2")));
        QVERIFY(SafetensorsFactory::write(
            before + QStringLiteral("/real2/detail tweaker xl.safetensors"),
            SafetensorsFactory::build({}, 40)));
        QVERIFY(SafetensorsFactory::write(before + QStringLiteral("/b.safetensors"),
                                          SafetensorsFactory::build({}, 56)));
        if (symlink) {
            // The run goes through the link; the models are then reached by their real path.
            QVERIFY(QFile::rename(before, after));
            QVERIFY(QFile::link(after, before));
        }
        const Result first = runCli(
            { QStringLiteral("--all"), before, QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        if (!symlink)
            QVERIFY(QFile::rename(before, after));

        const Result clean = runCli({ QStringLiteral("--all"), after, QStringLiteral("--output"),
                                      m_folder.output(), QStringLiteral("--clean") });
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QVERIFY2(!clean.out.contains(QLatin1String("Removing")), qPrintable(clean.out));
        QVERIFY(QFile::exists(
            m_folder.output(QStringLiteral("detail_tweaker_xl/detail_tweaker_xl_hash.json"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("b/b_hash.json"))));

        const Result run = runCli(
            { QStringLiteral("--all"), after, QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QStringList folders
            = QDir(m_folder.output()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders,
                 (QStringList { QStringLiteral("_gallery"), QStringLiteral("b"),
                                QStringLiteral("detail_tweaker_xl") }));
        // The records follow the files to their new path instead of doubling.
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        const QJsonObject assigned = processed->value(QLatin1String("folders")).toObject();
        QCOMPARE(assigned.keys(),
                 (QStringList { after + QStringLiteral("/b.safetensors"),
                                after + QStringLiteral("/real2/detail tweaker xl.safetensors") }));
        const auto cache = JsonFile::readObject(m_folder.output(QStringLiteral("hash_cache.json")));
        QVERIFY(cache);
        const QJsonArray entries = cache->value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &entry : entries)
            QVERIFY2(entry[QLatin1String("path")].toString().startsWith(after),
                     qPrintable(entry[QLatin1String("path")].toString()));

        // Back through the old path (the link, or the folder renamed back): still one archive.
        if (!symlink)
            QVERIFY(QFile::rename(after, before));
        const Result back = runCli(
            { QStringLiteral("--all"), before, QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
        const Result cleanBack
            = runCli({ QStringLiteral("--all"), before, QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--clean") });
        QVERIFY2(cleanBack.exitCode == 0, qPrintable(cleanBack.out + cleanBack.err));
        QVERIFY2(!cleanBack.out.contains(QLatin1String("Removing")), qPrintable(cleanBack.out));
        QCOMPARE(QDir(m_folder.output()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), folders);
    }

    // A models folder copied elsewhere (new inodes, new dates) and the original gone: the files
    // are known by their SHA-256 once hashed.
    void aCopiedModelsFolderKeepsItsArchives()
    {
        const QString copied = m_folder.path(QStringLiteral("copied"));
        QVERIFY(QDir().mkpath(copied));
        const QByteArray bytes = SafetensorsFactory::build({}, 40);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")), bytes));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("b.safetensors")),
                                          SafetensorsFactory::build({}, 56)));
        const Result first = runCli({ QStringLiteral("--all"), m_folder.models(),
                                      QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY(QFile::copy(m_folder.models(QStringLiteral("a.safetensors")),
                            copied + QStringLiteral("/a.safetensors")));
        QVERIFY(QFile::copy(m_folder.models(QStringLiteral("b.safetensors")),
                            copied + QStringLiteral("/b.safetensors")));
        QVERIFY(QDir(m_folder.models()).removeRecursively());

        const Result run = runCli(
            { QStringLiteral("--all"), copied, QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(
            QDir(m_folder.output()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
            (QStringList { QStringLiteral("_gallery"), QStringLiteral("a"), QStringLiteral("b") }));
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        QCOMPARE(processed->value(QLatin1String("folders")).toObject().keys(),
                 (QStringList { copied + QStringLiteral("/a.safetensors"),
                                copied + QStringLiteral("/b.safetensors") }));
        const Result clean = runCli({ QStringLiteral("--all"), copied, QStringLiteral("--output"),
                                      m_folder.output(), QStringLiteral("--clean") });
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QVERIFY2(!clean.out.contains(QLatin1String("Removing")), qPrintable(clean.out));
    }

    // Issue 12, item 3: an unmounted, emptied or vanished sub-folder does not mean its models are
    // gone.
    void cleanKeepsArchivesUnderAnUnreachableFolder_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("unmounted") << QStringLiteral("unmounted");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("missing") << QStringLiteral("missing");
    }

    void cleanKeepsArchivesUnderAnUnreachableFolder()
    {
        QFETCH(QString, how);
        const QString drive = m_folder.models(QStringLiteral("drive"));
        QVERIFY(QDir().mkpath(drive));
        bool mounted = false;
        const auto unmount = qScopeGuard([&] {
            if (mounted)
                QProcess::execute(QStringLiteral("umount"), { drive });
        });
        if (how == QLatin1String("unmounted")) {
#ifndef Q_OS_UNIX
            QSKIP("mounting a tmpfs needs POSIX");
#else
            if (::geteuid() != 0)
                QSKIP("mounting a tmpfs needs root");
            QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                       { QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                         QStringLiteral("-o"), QStringLiteral("size=1m"),
                                         QStringLiteral("tmpfs"), drive }),
                     0);
            mounted = true;
#endif
        }
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build({}, 40)));
        QVERIFY(SafetensorsFactory::write(drive + QStringLiteral("/b.safetensors"),
                                          SafetensorsFactory::build({}, 56)));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("deleted.safetensors")),
                                          SafetensorsFactory::build({}, 72)));
        const Result first = runCli({ QStringLiteral("--all"), m_folder.models(),
                                      QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("deleted.safetensors"))));
        if (how == QLatin1String("unmounted")) {
            QCOMPARE(QProcess::execute(QStringLiteral("umount"), { drive }), 0);
            mounted = false;
        } else if (how == QLatin1String("empty")) {
            QVERIFY(QFile::remove(drive + QStringLiteral("/b.safetensors")));
        } else {
            QVERIFY(QDir(drive).removeRecursively());
        }

        const Result clean
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--clean") });
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QVERIFY2(QFile::exists(m_folder.output(QStringLiteral("b/b_hash.json"))),
                 qPrintable(clean.out));
        QVERIFY2(clean.out.contains(QLatin1String("Keeping b/")), qPrintable(clean.out));
        QVERIFY2(clean.out.contains(drive), qPrintable(clean.out));
        // A file whose own folder was read and lacks it is gone.
        QVERIFY2(!QFile::exists(m_folder.output(QStringLiteral("deleted"))), qPrintable(clean.out));
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        QVERIFY(processed->value(QLatin1String("folders"))
                    .toObject()
                    .contains(drive + QStringLiteral("/b.safetensors")));
    }

    // Issue 12, smaller: "is this ours?" is not a name prefix.
    void cleanKeepsAFolderHoldingAUsersFile()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build({}, 40)));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("c.safetensors")),
                                          SafetensorsFactory::build({}, 56)));
        QCOMPARE(runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                          m_folder.output() })
                     .exitCode,
                 0);
        QVERIFY(
            SafetensorsFactory::write(m_folder.output(QStringLiteral("a/a_my notes.txt")), "mine"));
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("a.safetensors"))));
        const Result clean
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--clean") });
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("a/a_my notes.txt"))));
        QVERIFY2(clean.out.contains(QLatin1String("Leaving a/ alone")), qPrintable(clean.out));
    }

    // Issue 14: --api-base twice; the first host safe-for-work as civitai.com, the second full.
    // Only a file unknown to both is missing; the second host is asked only for the rest.
    void asksTheNextApiHostOnlyForWhatTheFirstDidNotKnow()
    {
        FakeCivitai green;
        FakeCivitai full;
        QVERIFY(green.listen());
        QVERIFY(full.listen());
        green.setSafeForWork(true);
        const QByteArray safe = SafetensorsFactory::build({}, 60);
        const QByteArray mature = SafetensorsFactory::build({}, 61);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("safe.safetensors")), safe));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("mature.safetensors")),
                                          mature));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("unknown.safetensors")),
                                          SafetensorsFactory::build({}, 62)));
        for (FakeCivitai *server : { &green, &full }) {
            server->addModelFile(FileHasher::hashBytes(safe), 700, 800, 1);
            server->addModelFile(FileHasher::hashBytes(mature), 701, 801, 1, true);
        }
        const Result result
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--api-base"), green.baseUrl().toString(),
                       QStringLiteral("--api-base"), full.baseUrl().toString() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QFile missing(m_folder.output(QStringLiteral("missing_from_civitai.txt")));
        QVERIFY(missing.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(missing.readAll());
        QVERIFY2(text.contains(QLatin1String("unknown.safetensors"))
                     && !text.contains(QLatin1String("mature.safetensors")),
                 qPrintable(text));
        const auto version = JsonFile::readObject(
            m_folder.output(QStringLiteral("mature/mature_civitai_model_version.json")));
        QVERIFY(version);
        QCOMPARE(version->value(QLatin1String("source_host")).toString(),
                 full.baseUrl().toString());
        // One batch of models from the second host, with the mature one only.
        QStringList modelsAsked;
        for (const FakeCivitai::Request &request : full.requests()) {
            if (request.path.startsWith(QLatin1String("/api/v1/models")))
                modelsAsked.append(request.query.queryItemValue(QStringLiteral("ids")));
        }
        QCOMPARE(modelsAsked, QStringList { QStringLiteral("701") });
    }

    // Issue 12, item 7: a name cannot add lines to the line-based files.
    void aNewlineInANameCannotForgeLines()
    {
        const QString forged
            = QStringLiteral("evil\n2020-01-01 00:00:00 | Status 404 | good.safetensors");
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(forged), SafetensorsFactory::build({}, 40)));
        const Result first = runCli({ QStringLiteral("--all"), m_folder.models(),
                                      QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QFile missing(m_folder.output(QStringLiteral("missing_from_civitai.txt")));
        QVERIFY(missing.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(missing.readAll()).split(QLatin1Char('\n'));
        missing.close();
        const QStringList entries = lines.filter(QRegularExpression(QStringLiteral("^\\d")));
        QCOMPARE(entries.size(), 1);
        QVERIFY2(
            entries.constFirst().endsWith(QLatin1String(
                "| Status 404 | evil\\x0a2020-01-01 00:00:00 | Status 404 | good.safetensors")),
            qPrintable(entries.constFirst()));

        // good.safetensors appears and is found; the escaped name is read back and skipped.
        const QByteArray good = SafetensorsFactory::build({}, 56);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("good.safetensors")), good));
        m_server.addModelFile(FileHasher::hashBytes(good), 7001, 7002, 0);
        const Result second = runCli(
            { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
              m_folder.output(), QStringLiteral("--onlynew"), QStringLiteral("--skipmissing") });
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QVERIFY2(second.out.contains(QLatin1String("1 skipped")), qPrintable(second.out));
        QVERIFY(
            QFile::exists(m_folder.output(QStringLiteral("good/good_civitai_model_version.json"))));

        // duplicate_models.txt too.
        QVERIFY(SafetensorsFactory::write(
            m_folder.models(QStringLiteral("copy\nKept: forged.safetensors")), good));
        QCOMPARE(runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                          m_folder.output() })
                     .exitCode,
                 0);
        const Result clean
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--clean") });
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QFile duplicates(m_folder.output(QStringLiteral("duplicate_models.txt")));
        QVERIFY(duplicates.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(duplicates.readAll());
        QVERIFY2(!text.contains(QLatin1String("\nKept: forged")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("copy\\x0aKept: forged.safetensors")),
                 qPrintable(text));
    }

    // Issue 12, smaller: one name, two files, one of them missing.
    void aFoundFileKeepsTheMissingEntryOfItsNamesake()
    {
        QVERIFY(QDir().mkpath(m_folder.models(QStringLiteral("one"))));
        QVERIFY(QDir().mkpath(m_folder.models(QStringLiteral("two"))));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("one/m.safetensors")),
                                          SafetensorsFactory::build({}, 40)));
        const QByteArray found = SafetensorsFactory::build({}, 56);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("two/m.safetensors")), found));
        m_server.addModelFile(FileHasher::hashBytes(found), 7101, 7102, 0);
        const QString listPath = m_folder.output(QStringLiteral("missing_from_civitai.txt"));
        const auto entryLines = [&] {
            QFile file(listPath);
            return file.open(QIODevice::ReadOnly)
                ? QString::fromUtf8(file.readAll())
                      .split(QLatin1Char('\n'))
                      .filter(QRegularExpression(QStringLiteral("^\\d")))
                : QStringList();
        };
        for (int run = 0; run < 2; ++run) {
            const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                           QStringLiteral("--output"), m_folder.output() });
            QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
            const QStringList lines = entryLines();
            QCOMPARE(lines.size(), 1);
            QVERIFY(lines.constFirst().endsWith(QLatin1String(" | Status 404 | m.safetensors")));
            if (run == 0) // as if found missing long ago: the date must stay
                QVERIFY(SafetensorsFactory::write(
                    listPath, QByteArray("2020-01-01 00:00:00 | Status 404 | m.safetensors\n")));
            else
                QCOMPARE(lines.constFirst(),
                         QStringLiteral("2020-01-01 00:00:00 | Status 404 | m.safetensors"));
        }
    }

    void generatesPreviewJsonForOldArchives()
    {
        const QJsonObject version = m_server.makeVersion(QString(64, QLatin1Char('c')), 1, 2, 2);
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("old"))));
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("old/old_civitai_model_version.json")), version));
        QVERIFY(SafetensorsFactory::write(m_folder.output(QStringLiteral("old/old_preview_0.jpeg")),
                                          "jpeg"));
        const Result result
            = runCli({ QStringLiteral("--all"), QString(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--generateimagejson") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QLatin1String("Generated 1 JSON files")));
        const auto image
            = JsonFile::readObject(m_folder.output(QStringLiteral("old/old_preview_0.json")));
        QVERIFY(image);
        QCOMPARE(*image, version.value(QLatin1String("images")).toArray().at(0).toObject());
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("old/old_preview_1.json"))));
    }

    void refusesEveryConflictOfTheSeed_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("images noimages")
            << QStringList { QStringLiteral("--images"), QStringLiteral("--noimages") };
        QTest::newRow("onlynew onlyhtml")
            << QStringList { QStringLiteral("--onlynew"), QStringLiteral("--onlyhtml") };
        QTest::newRow("onlyupdate onlynew")
            << QStringList { QStringLiteral("--onlyupdate"), QStringLiteral("--onlynew") };
        QTest::newRow("onlyupdate onlyhtml")
            << QStringList { QStringLiteral("--onlyupdate"), QStringLiteral("--onlyhtml") };
        QTest::newRow("clean onlynew")
            << QStringList { QStringLiteral("--clean"), QStringLiteral("--onlynew") };
        QTest::newRow("clean onlyupdate")
            << QStringList { QStringLiteral("--clean"), QStringLiteral("--onlyupdate") };
        QTest::newRow("clean onlyhtml")
            << QStringList { QStringLiteral("--clean"), QStringLiteral("--onlyhtml") };
    }

    void refusesEveryConflictOfTheSeed()
    {
        QFETCH(QStringList, flags);
        const Result result = runCli(QStringList { QStringLiteral("--all"), m_folder.models(),
                                                   QStringLiteral("--output"), m_folder.output() }
                                     + flags);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Cannot use both"))
                     || result.err.contains(QLatin1String("--clean cannot")),
                 qPrintable(result.err));
        const Result single
            = runCli({ QStringLiteral("--single"), m_folder.models(QStringLiteral("x.safetensors")),
                       QStringLiteral("--clean"), QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(single.exitCode, 2);
        QVERIFY(single.err.contains(QLatin1String("--clean option can only be used with --all")));
    }

    void handlesSingleNoimagesOnlyupdateAndNoconfig()
    {
        const QByteArray bytes = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 80);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("one.safetensors")), bytes));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("two.safetensors")),
                                          SafetensorsFactory::build({}, 96)));
        m_server.addModelFile(FileHasher::hashBytes(bytes), 777, 888, 2);
        // A config.json that --noconfig must ignore (it would fail: "images" is not a boolean).
        QVERIFY(SafetensorsFactory::write(m_folder.path(QStringLiteral("config.json")),
                                          R"({"images": "yes"})"));

        // --api-base wins over $CIVITAI_API_BASE, which points nowhere for this run.
        const QUrl realApi = std::exchange(s_apiBase, QUrl(QStringLiteral("http://127.0.0.1:1")));
        const Result single = runCli(
            { QStringLiteral("--single"), m_folder.models(QStringLiteral("one.safetensors")),
              QStringLiteral("--output"), m_folder.output(), QStringLiteral("--noimages"),
              QStringLiteral("--noconfig"), QStringLiteral("--api-base"), realApi.toString() },
            m_folder.path());
        s_apiBase = realApi;
        QVERIFY2(single.exitCode == 0, qPrintable(single.out + single.err));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("one/one_civitai_model.json"))));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("two"))));
        QCOMPARE(QDir(m_folder.output(QStringLiteral("one")))
                     .entryList({ QStringLiteral("*_preview_*") }),
                 QStringList());

        const Result update = runCli(
            { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
              m_folder.output(), QStringLiteral("--onlyupdate"), QStringLiteral("--noconfig") },
            m_folder.path());
        QVERIFY2(update.exitCode == 0, qPrintable(update.out + update.err));
        QVERIFY2(update.out.contains(QLatin1String("1 done"))
                     && update.out.contains(QLatin1String("1 skipped")),
                 qPrintable(update.out));
        QVERIFY(QFile::exists(m_folder.output(
            QStringLiteral("one/one_preview_0.jpeg")))); // the default: first preview
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("two"))));

        // --onlyhtml: the gallery again, from the archive alone, without a single request.
        QVERIFY(QFile::remove(m_folder.output(QStringLiteral("index.html"))));
        const int requestsBefore = m_server.requestCount();
        const Result html = runCli({ QStringLiteral("--all"), m_folder.models(),
                                     QStringLiteral("--output"), m_folder.output(),
                                     QStringLiteral("--onlyhtml"), QStringLiteral("--noconfig") },
                                   m_folder.path());
        QVERIFY2(html.exitCode == 0, qPrintable(html.out + html.err));
        QCOMPARE(m_server.requestCount(), requestsBefore);
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("index.html"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("one/one.html"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("_gallery/purify.min.js"))));
    }

    // One archive, one writer: while a run holds the archive (stopped mid-request, so it cannot
    // finish early), every other writer on it is refused and names it; the run then completes.
    void refusesASecondWriterWhileARunHoldsTheArchive()
    {
#ifdef Q_OS_UNIX
        const QByteArray bytes = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 40);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("held.safetensors")), bytes));
        m_server.addModelFile(FileHasher::hashBytes(bytes), 4100, 4200, 1);
        m_server.injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::slow(1500));
        QProcess first;
        bool stopped = false;
        const auto connection = connect(&m_server, &FakeCivitai::requestReceived, this, [&] {
            if (!stopped && first.processId() > 0)
                stopped = ::kill(pid_t(first.processId()), SIGSTOP) == 0;
        });
        startCli(first,
                 { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                   m_folder.output() });
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
        disconnect(connection);
        const QString pid = QString::number(first.processId());

        const QList<QStringList> writers {
            { QStringLiteral("--all"), m_folder.models() },
            { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--onlyhtml") },
            { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--clean") },
            { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--clean"),
              QStringLiteral("--dry-run") },
            { QStringLiteral("--all"), QString(), QStringLiteral("--generateimagejson") },
        };
        for (const QStringList &writer : writers) {
            const Result second
                = runCli(writer + QStringList { QStringLiteral("--output"), m_folder.output() });
            QVERIFY2(second.exitCode == 3,
                     qPrintable(writer.join(QLatin1Char(' ')) + QLatin1String(": ") + second.out
                                + second.err));
            QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(pid))
                         && second.err.contains(QLatin1String("civitai-data-manager")),
                     qPrintable(second.err));
            QVERIFY2(!second.out.contains(QLatin1String("Archiving")), qPrintable(second.out));
        }

        ::kill(pid_t(first.processId()), SIGCONT);
        QSignalSpy firstFinished(&first, &QProcess::finished);
        QVERIFY(firstFinished.wait(60000)); // not waitForFinished: the fake Civitai must answer
        const QString out
            = QString::fromUtf8(first.readAllStandardOutput() + first.readAllStandardError());
        QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0,
                 qPrintable(out));
        const auto processed
            = JsonFile::readObject(m_folder.output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        const QByteArray processedText = QJsonDocument(*processed).toJson();
        QVERIFY2(processedText.contains("held.safetensors"), processedText.constData());
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("held/held_civitai_model.json"))));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral(".cdm.lock"))));
#else
        QSKIP("stops a run with SIGSTOP: needs POSIX");
#endif
    }

    // A run killed with SIGKILL leaves its lock file; the next run takes it over (its process is
    // gone), and so does a run that meets a lock naming a PID no process has.
    void takesOverTheLockOfAKilledRun()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build({}, 24)));
        m_server.injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::slow(5000));
        QProcess killed;
        bool gotRequest = false;
        const auto connection
            = connect(&m_server, &FakeCivitai::requestReceived, this, [&] { gotRequest = true; });
        startCli(killed,
                 { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                   m_folder.output() });
        QVERIFY(killed.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(gotRequest, 20000);
        disconnect(connection);
        killed.kill(); // SIGKILL, TerminateProcess on Windows
        QVERIFY(killed.waitForFinished(10000)); // reaped: its PID is free
        QVERIFY2(QFile::exists(m_folder.output(QStringLiteral(".cdm.lock"))),
                 qPrintable(QDir(m_folder.output())
                                .entryList(QDir::AllEntries | QDir::Hidden)
                                .join(QLatin1Char(' '))));
        m_server.clearFaults();

        const Result next = runCli({ QStringLiteral("--all"), m_folder.models(),
                                     QStringLiteral("--output"), m_folder.output() });
        QVERIFY2(next.exitCode == 0, qPrintable(next.out + next.err));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral(".cdm.lock"))));

        // A lock from a process that no longer exists on this computer.
        QVERIFY(SafetensorsFactory::write(m_folder.output(QStringLiteral(".cdm.lock")),
                                          QByteArray("2147483646\ncivitai-data-manager\n")
                                              + QSysInfo::machineHostName().toUtf8() + "\n"));
        const Result html
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--onlyhtml") });
        QVERIFY2(html.exitCode == 0, qPrintable(html.out + html.err));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral(".cdm.lock"))));

        // One held from another computer cannot be checked: refused, with what to do about it.
        QVERIFY(SafetensorsFactory::write(m_folder.output(QStringLiteral(".cdm.lock")),
                                          "4242\ncivitai-data-manager\nsome-other-host\n"));
        const Result remote = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(remote.exitCode, 3);
        QVERIFY2(remote.err.contains(QLatin1String("process 4242 on some-other-host"))
                     && remote.err.contains(QLatin1String("delete")),
                 qPrintable(remote.err));
    }

    // Names from the disk and from Civitai reach the terminal escaped: they cannot clear the
    // screen, retitle the window, return the cursor or start a line of their own.
    void printsNamesAndCivitaiTextEscaped()
    {
        const QString evilName = QStringLiteral("evil\x1b[2J\nFAKE LINE.safetensors");
        const QByteArray bytes = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 56);
        QVERIFY(SafetensorsFactory::write(m_folder.models(evilName), bytes));
        QVERIFY(SafetensorsFactory::write(
            m_folder.models(QStringLiteral("broken\r\x1b[1A.safetensors")),
            "not a safetensors file"));
        QJsonObject version = m_server.makeVersion(FileHasher::hashBytes(bytes), 4300, 4400, 0);
        version.insert(QStringLiteral("name"), QStringLiteral("v\r1"));
        QJsonObject model = version.value(QLatin1String("model")).toObject();
        model.insert(QStringLiteral("name"), QStringLiteral("Bad\x1b]0;pwned\x07Model"));
        version.insert(QStringLiteral("model"), model);
        m_server.addVersion(version);
        m_server.addModel(m_server.makeModel(4300, { version }));

        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(result.exitCode, 1); // the broken file
        const QString all = result.out + result.err;
        for (const QChar control : { QChar(0x1b), QChar(u'\r'), QChar(0x07) })
            QVERIFY2(!all.contains(control),
                     all.toUtf8().toPercentEncoding(" \n/[]():,.").constData());
        const QStringList lines = all.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(!line.startsWith(QLatin1String("FAKE LINE")), qPrintable(all));
        QVERIFY2(result.out.contains(QLatin1String("evil\\x1b[2J\\nFAKE LINE.safetensors")),
                 qPrintable(all));
        QVERIFY2(result.out.contains(QLatin1String("Bad\\x1b]0;pwned\\x07Model v\\r1")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("broken\\r\\x1b[1A.safetensors")), qPrintable(all));
    }

    // A config.json in the working folder (a model pack's folder, say) cannot send the API key
    // to an address it names: refused before any request. --config FILE is the user's own choice.
    void keepsTheKeyFromAnApiBaseInTheWorkingFoldersConfig()
    {
        FakeCivitai rogue;
        QVERIFY(rogue.listen());
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build({}, 32)));
        QVERIFY(SafetensorsFactory::write(
            m_folder.path(QStringLiteral("config.json")),
            QStringLiteral(R"({"api-base": "%1"})").arg(rogue.baseUrl().toString()).toUtf8()));
        qputenv("CIVITAI_API_KEY", "sk-test-secret");
        const Result implicit = runCli({ QStringLiteral("--all"), m_folder.models(),
                                         QStringLiteral("--output"), m_folder.output() },
                                       m_folder.path());
        QCOMPARE(rogue.requestCount(), 0);
        QVERIFY2(implicit.exitCode == 2, qPrintable(implicit.out + implicit.err));
        QVERIFY2(implicit.err.contains(QLatin1String("'api-base'"))
                     && implicit.err.contains(QLatin1String("--config")),
                 qPrintable(implicit.err));
        QVERIFY(!QFile::exists(m_folder.output()));

        const Result chosen
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--config"),
                       m_folder.path(QStringLiteral("config.json")) },
                     m_folder.path());
        qunsetenv("CIVITAI_API_KEY");
        QVERIFY2(rogue.requestCount() > 0, qPrintable(chosen.out + chosen.err));
        QCOMPARE(rogue.requests().constFirst().headers.value("authorization"),
                 QByteArray("Bearer sk-test-secret"));
    }

    void archivesIntoTheModelsFolderItselfAsThePythonToolDid()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("own.safetensors")),
                                          SafetensorsFactory::build({}, 80)));
        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.models(),
                                       QStringLiteral("--noimages") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(QFile::exists(m_folder.models(QStringLiteral("own/own_hash.json"))));
        QVERIFY(QFile::exists(m_folder.models(QStringLiteral("index.html"))));
    }

    // Values that cannot be meant are usage errors (exit 2), from a config file or a flag.
    void rejectsAnOutputOrThreadsThatCannotBeMeant_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("output is the root")
            << QByteArray(R"({"output": "/"})") << QStringList() << "root";
        QTest::newRow("output is home")
            << QByteArray(R"({"output": "home"})") << QStringList() << "home folder";
        QTest::newRow("threads in config") << QByteArray(R"({"output": "out", "threads": 100000})")
                                           << QStringList() << "'threads'";
        QTest::newRow("threads not a number")
            << QByteArray(R"({"output": "out", "threads": "four"})") << QStringList()
            << "'threads'";
        QTest::newRow("threads flag")
            << QByteArray()
            << QStringList { QStringLiteral("--output"), QStringLiteral("out"),
                             QStringLiteral("--threads"), QStringLiteral("100000") }
            << "--threads";
        QTest::newRow("preview downloads in config")
            << QByteArray(R"({"output": "out", "preview-downloads": 7})") << QStringList()
            << "'preview-downloads' must be a number from 1 to 6";
        QTest::newRow("preview downloads flag")
            << QByteArray()
            << QStringList { QStringLiteral("--output"), QStringLiteral("out"),
                             QStringLiteral("--preview-downloads"), QStringLiteral("0") }
            << "--preview-downloads takes a number from 1 to 6";
        QTest::newRow("pause not a number")
            << QByteArray(R"({"output": "out", "pause": "nan"})") << QStringList() << "--pause";
    }

    void rejectsAnOutputOrThreadsThatCannotBeMeant()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build({}, 32)));
        if (!config.isEmpty())
            QVERIFY(
                SafetensorsFactory::write(m_folder.path(QStringLiteral("config.json")), config));
        QVERIFY(QDir().mkpath(m_folder.path(QStringLiteral("home"))));
        // As an unprivileged user: should the check fail, "/" is not written to.
        const std::optional<QStringList> prefix = unprivilegedPrefix(m_folder.path());
        if (!prefix)
            QSKIP("needs setpriv (util-linux) to drop root");
        const QByteArray home = qgetenv("HOME");
        qputenv("HOME", m_folder.path(QStringLiteral("home")).toUtf8());
        const Result result
            = runCli(QStringList { QStringLiteral("--all"), QStringLiteral("models") } + arguments,
                     m_folder.path(), *prefix);
        qputenv("HOME", home);
        QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_folder.path(QStringLiteral("models/a"))));
        QVERIFY(!QFile::exists(m_folder.path(QStringLiteral("home/a"))));
        QVERIFY(!QFile::exists(m_folder.output()));
    }

    // --single names what the path is when it is not a model file.
    void saysWhatASingleThatIsNoFileIs()
    {
        const Result folder = runCli({ QStringLiteral("--single"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(folder.exitCode, 2);
        QVERIFY2(folder.err.contains(QLatin1String("is a folder: use --all")),
                 qPrintable(folder.err));
#ifdef Q_OS_UNIX // FIFOs are POSIX
        const QString fifo = m_folder.models(QStringLiteral("pipe.safetensors"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Result pipe = runCli(
            { QStringLiteral("--single"), fifo, QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(pipe.exitCode, 2);
        QVERIFY2(pipe.err.contains(QLatin1String("is not a regular file")), qPrintable(pipe.err));
#endif
        const Result missing = runCli({ QStringLiteral("--single"),
                                        m_folder.models(QStringLiteral("nope.safetensors")),
                                        QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("not found")), qPrintable(missing.err));
    }

    // A folder or file deeper than PATH_MAX is reported as such, not as "permission denied".
    void reportsAPathTooLong()
    {
#ifdef Q_OS_UNIX
        // Built one relative step at a time: the whole path is too long for any single call.
        const QByteArray component(200, 'd');
        const int fd
            = ::open(QFile::encodeName(m_folder.models()).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0);
        int current = fd;
        QString deep = m_folder.models();
        const auto removeTree = qScopeGuard([this] {
            // QDir cannot: the path is too long for it too.
            QProcess::execute(QStringLiteral("rm"), { QStringLiteral("-rf"), m_folder.models() });
        });
        const QByteArray model = SafetensorsFactory::build({}, 32);
        const auto writeAt = [&model](int folder, const QByteArray &name) {
            const int file = ::openat(folder, name.constData(), O_WRONLY | O_CREAT, 0644);
            const bool written = file >= 0
                && ::write(file, model.constData(), size_t(model.size())) == model.size();
            ::close(file);
            return written;
        };
        for (int level = 0; level < 24; ++level) {
            // A file whose own path crosses the limit, in a folder that is still within it.
            if (QFile::encodeName(deep).size() + 220 > PATH_MAX
                && QFile::encodeName(deep).size() + 20 < PATH_MAX)
                QVERIFY(writeAt(current, QByteArray(200, 'f') + ".safetensors"));
            QCOMPARE(::mkdirat(current, component.constData(), 0755), 0);
            const int next = ::openat(current, component.constData(), O_RDONLY | O_DIRECTORY);
            QVERIFY(next >= 0);
            ::close(current);
            current = next;
            deep += QLatin1Char('/') + QString::fromLatin1(component);
        }
        QVERIFY(writeAt(current, "deep.safetensors"));
        ::close(current);
        QVERIFY(QFile::encodeName(deep).size() > PATH_MAX);

        const Result result = runCli({ QStringLiteral("--all"), m_folder.models(),
                                       QStringLiteral("--output"), m_folder.output() });
        const QString all = result.out + result.err;
        QVERIFY2(all.contains(QLatin1String("path too long")),
                 qPrintable(QString(all).replace(QRegularExpression(QStringLiteral("d{30,}")),
                                                 QStringLiteral("D"))));
        QVERIFY2(!all.contains(QLatin1String("permission denied"))
                     && !all.contains(QLatin1String("broken link")),
                 qPrintable(all.right(1500)));
#else
        QSKIP("builds a path past PATH_MAX with openat: needs POSIX");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
