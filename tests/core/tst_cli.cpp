// End to end: the built civitai-data-manager program on temporary folders.
#include "filehasher.h"
#include "jsonfile.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments, const QString &workingDir = QDir::tempPath(),
              const QString &program = QStringLiteral(CDM_CLI_PATH), const QStringList &prefix = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setStandardInputFile(QProcess::nullDevice()); // not a terminal
    if (prefix.isEmpty())
        process.start(program, arguments);
    else
        process.start(prefix.constFirst(), prefix.mid(1) + QStringList { program } + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString models(const QString &name = {}) const
    {
        return m_dir.filePath(QStringLiteral("models/") + name);
    }
    QString output(const QString &name = {}) const
    {
        return m_dir.filePath(QStringLiteral("out/") + name);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(models()));
    }

    void printsVersionAndHelp()
    {
        const Result version = runCli({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(),
                 QStringLiteral("civitai-data-manager %1").arg(QLatin1String(CDM_VERSION)));
        const Result help = runCli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--onlynew")));
    }

    void rejectsConflictingFlagsWithExitCode2()
    {
        const Result result
            = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"), output(),
                       QStringLiteral("--images"), QStringLiteral("--noimages") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Cannot use both --images and --noimages")),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(output()));
    }

    void requiresAnOutputFolderWithoutATerminal()
    {
        const Result result = runCli({ QStringLiteral("--all"), models() }, m_dir.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("--output DIR is required")),
                 qPrintable(result.err));
    }

    void rejectsAMissingModelsFolder()
    {
        const Result result
            = runCli({ QStringLiteral("--all"), m_dir.filePath(QStringLiteral("nope")),
                       QStringLiteral("--output"), output() });
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
            QVERIFY(SafetensorsFactory::write(models(names[i]), bytes));
            shaByName.insert(QFileInfo(names[i]).fileName(), FileHasher::hashBytes(bytes));
        }
        QVERIFY(QFile::link(models(), models(QStringLiteral("sub folder/loop"))));

        const Result result
            = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"), output() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("6 files found, 6 done, 6 hashed")),
                 qPrintable(result.out));

        const QStringList folders
            = QDir(output()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(folders,
                 (QStringList {
                     QStringLiteral("100_real"),
                     QStringLiteral("FLUX_1_dev_-_LoRa_Style_True_Real_Photography_SPECTRUM_0001"),
                     QStringLiteral("a_b"), QStringLiteral("a_b_2"), QStringLiteral("emoji_style"),
                     QStringLiteral("名前") }));
        for (const QString &folder : folders) {
            const auto hash = JsonFile::readObject(
                output(folder + QLatin1Char('/') + folder + QStringLiteral("_hash.json")));
            QVERIFY2(hash, qPrintable(folder));
            QCOMPARE(hash->keys(),
                     (QStringList { QStringLiteral("filename"), QStringLiteral("hash_type"),
                                    QStringLiteral("hash_value"), QStringLiteral("timestamp") }));
            QCOMPARE(hash->value(QLatin1String("hash_value")).toString(),
                     shaByName.value(hash->value(QLatin1String("filename")).toString()));
            QVERIFY(QDateTime::fromString(hash->value(QLatin1String("timestamp")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
            const auto metadata = JsonFile::readObject(
                output(folder + QLatin1Char('/') + folder + QStringLiteral("_metadata.json")));
            QVERIFY(metadata);
            QCOMPARE(metadata->value(QLatin1String("ss_network_dim")).toString(),
                     QStringLiteral("32"));
        }
        const auto processed = JsonFile::readObject(output(QStringLiteral("processed_files.json")));
        QVERIFY(processed);
        QCOMPARE(processed->value(QLatin1String("files")).toArray().size(), 6);
        QVERIFY(processed->contains(QLatin1String("last_update")));

        // Unchanged re-run: everything from the cache.
        const Result again
            = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"), output() });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("0 hashed (0 B), 6 from cache")),
                 qPrintable(again.out));
    }

    void listsFailedFilesAndExitsWith1()
    {
        QVERIFY(SafetensorsFactory::write(models(QStringLiteral("good.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::write(models(QStringLiteral("truncated.safetensors")),
                                          SafetensorsFactory::build({}, 4096).left(1000)));
        const Result result
            = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"), output() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(QLatin1String("Failed files:")));
        QVERIFY2(result.out.contains(models(QStringLiteral("truncated.safetensors"))
                                     + QStringLiteral(": truncated")),
                 qPrintable(result.out));
        QVERIFY(QFile::exists(output(QStringLiteral("good/good_hash.json"))));
    }

    void reportsAnUnreadableFileAndGoesOn()
    {
        QVERIFY(SafetensorsFactory::write(models(QStringLiteral("good.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::write(models(QStringLiteral("locked.safetensors")),
                                          SafetensorsFactory::build({}, 64)));
        QVERIFY(QFile::setPermissions(models(QStringLiteral("locked.safetensors")),
                                      QFileDevice::Permissions()));
        QVERIFY(
            SafetensorsFactory::write(models(QStringLiteral("locked folder/hidden.safetensors")),
                                      SafetensorsFactory::build()));
        QVERIFY(QFile::setPermissions(models(QStringLiteral("locked folder")),
                                      QFileDevice::Permissions()));

        // root reads everything: run the program as an unprivileged user to test what users see.
        QStringList prefix;
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("needs setpriv (util-linux) to drop root");
            QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
            QProcess::execute(QStringLiteral("chown"),
                              { QStringLiteral("-R"), QStringLiteral("nobody"), m_dir.path() });
            prefix = { QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                       QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                       QStringLiteral("--") };
        }
        const Result result
            = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"), output() },
                     m_dir.path(), QStringLiteral(CDM_CLI_PATH), prefix);
        QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("locked.safetensors: cannot read")),
                 qPrintable(result.out));
        QVERIFY(QFile::exists(output(QStringLiteral("good/good_hash.json"))));
        QVERIFY(!QFile::exists(output(QStringLiteral("locked/locked_hash.json"))));
        QVERIFY2(result.err.contains(QLatin1String("cannot read folder")), qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("Warnings:")), qPrintable(result.out));
    }

    void staysSilentWithQuietUnlessSomethingFails()
    {
        QVERIFY(SafetensorsFactory::write(models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        const Result quiet = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"),
                                      output(), QStringLiteral("--quiet") });
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out, QString());
        QCOMPARE(quiet.err, QString());

        const Result verbose
            = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"), output(),
                       QStringLiteral("--verbose") });
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains(QLatin1String("debug: loaded 1 cached hashes")),
                 qPrintable(verbose.err));
        QVERIFY(verbose.out.contains(QLatin1String("[1/1] cached")));
    }

    void readsConfigJsonAndLetsFlagsWin()
    {
        QVERIFY(SafetensorsFactory::write(models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        QVERIFY(SafetensorsFactory::write(
            m_dir.filePath(QStringLiteral("config.json")),
            R"({"all": "models", "output": "from-config", "images": true})"));
        const Result result = runCli(
            { QStringLiteral("--output"), QStringLiteral("out"), QStringLiteral("--noimages") },
            m_dir.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QLatin1String("config.json")));
        QVERIFY(QFile::exists(output(QStringLiteral("a/a_hash.json"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("from-config"))));
    }

    void stopsCleanlyOnCtrlCAndResumes()
    {
        // Sparse files: seconds of hashing, no disk space.
        for (int i = 0; i < 3; ++i)
            QVERIFY(SafetensorsFactory::writeSparse(
                models(QStringLiteral("big%1.safetensors").arg(i)), qint64(3) << 30));
        QProcess process;
        process.start(QStringLiteral(CDM_CLI_PATH),
                      { QStringLiteral("--all"), models(), QStringLiteral("--output"), output(),
                        QStringLiteral("--threads"), QStringLiteral("1") });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(output()), 10000);
        QTest::qWait(300);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 130, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Interrupted")), qPrintable(out));
        QVERIFY(JsonFile::readObject(output(QStringLiteral("processed_files.json")))
                || !QFile::exists(output(QStringLiteral("processed_files.json"))));
        const QStringList stray = QDir(output()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : stray)
            QVERIFY2(file == QLatin1String("processed_files.json")
                         || file == QLatin1String("hash_cache.json"),
                     qPrintable(file));

        const Result resumed
            = runCli({ QStringLiteral("--all"), models(), QStringLiteral("--output"), output() });
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(resumed.out.contains(QLatin1String("3 done")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
