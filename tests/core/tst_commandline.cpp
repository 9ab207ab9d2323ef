#include "app/cli/commandline.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList split(const char *arguments)
{
    return QString::fromUtf8(arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_emptyDir; // a working folder without config.json

private Q_SLOTS:
    void opensTheWindowWithoutArguments()
    {
        QCOMPARE(CommandLine::parse({}, m_emptyDir.path()).action, CommandLine::Action::Gui);
    }

    void parsesTheSeedsFlags()
    {
        const CommandLine line = CommandLine::parse(
            split("--all models --output out --images --notimeout --onlynew --skipmissing"),
            m_emptyDir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        const RunOptions &options = line.options;
        QCOMPARE(options.sources,
                 QStringList { QDir(m_emptyDir.path()).filePath(QStringLiteral("models")) });
        QCOMPARE(options.outputDir, QDir(m_emptyDir.path()).filePath(QStringLiteral("out")));
        QVERIFY(!line.singleFile);
        QCOMPARE(line.operation, CommandLine::Operation::Archive);
        QCOMPARE(options.previews, RunOptions::Previews::All);
        QVERIFY(options.noTimeout && options.onlyNew && options.skipMissing);
        QVERIFY(!options.onlyUpdate && !options.rehash);
        QCOMPARE(options.extensions, QStringList { QStringLiteral("safetensors") });
    }

    void parsesOurOwnOptions()
    {
        const CommandLine line
            = CommandLine::parse(split("--single m.ckpt --output o --extensions ckpt,safetensors "
                                       "--threads 3 --rehash --quiet"),
                                 m_emptyDir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QVERIFY(line.singleFile);
        QCOMPARE(line.options.hashThreads, 3);
        QVERIFY(line.options.rehash);
        QCOMPARE(line.options.extensions,
                 (QStringList { QStringLiteral("ckpt"), QStringLiteral("safetensors") }));
        QCOMPARE(line.verbosity, CommandLine::Verbosity::Quiet);
    }

    void rejectsTheSeedsConflicts_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("images+noimages") << "--all m --images --noimages"
                                         << "--images and --noimages";
        QTest::newRow("onlynew+onlyhtml") << "--all m --onlynew --onlyhtml"
                                          << "--onlynew and --onlyhtml";
        QTest::newRow("onlyupdate+onlynew") << "--all m --onlyupdate --onlynew"
                                            << "--onlyupdate and --onlynew";
        QTest::newRow("onlyupdate+onlyhtml") << "--all m --onlyupdate --onlyhtml"
                                             << "--onlyupdate and --onlyhtml";
        QTest::newRow("clean+single") << "--single m --clean"
                                      << "can only be used with --all";
        QTest::newRow("clean+onlyhtml") << "--all m --clean --onlyhtml"
                                        << "--clean cannot be used";
        QTest::newRow("single+all") << "--single a --all b"
                                    << "not allowed with argument --single";
        QTest::newRow("no source") << "--output o --images"
                                   << "one of the arguments --single --all is required";
        QTest::newRow("unknown flag") << "--all m --bogus"
                                      << "bogus";
        QTest::newRow("missing value") << "--all"
                                       << "Missing value";
        QTest::newRow("bad threads") << "--all m --threads zero"
                                     << "--threads";
        QTest::newRow("stray argument") << "--all m extra"
                                        << "Unexpected argument";
    }

    void rejectsTheSeedsConflicts()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, message);
        const CommandLine line = CommandLine::parse(
            arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts), m_emptyDir.path());
        QCOMPARE(line.action, CommandLine::Action::UsageError);
        QVERIFY2(line.error.contains(message), qPrintable(line.error));
    }

    // The commands are operations, not run parameters: each flag chooses one.
    void choosesTheOperation_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<CommandLine::Operation>("operation");
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("archive") << "--all m --output o" << CommandLine::Operation::Archive
                                 << false;
        QTest::newRow("onlyhtml") << "--all m --output o --onlyhtml"
                                  << CommandLine::Operation::RegenerateGallery << false;
        QTest::newRow("clean") << "--all m --output o --clean" << CommandLine::Operation::Clean
                               << false;
        QTest::newRow("dry run") << "--all m --output o --clean --dry-run"
                                 << CommandLine::Operation::Clean << true;
        QTest::newRow("image json") << "--all m --output o --generateimagejson"
                                    << CommandLine::Operation::MigrateImageJson << false;
    }

    void choosesTheOperation()
    {
        QFETCH(QString, arguments);
        QFETCH(CommandLine::Operation, operation);
        QFETCH(bool, dryRun);
        const CommandLine line
            = CommandLine::parse(split(arguments.toUtf8().constData()), m_emptyDir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.operation, operation);
        QCOMPARE(line.dryRun, dryRun);
    }

    void allowsTheSeedsImageJsonMigrationWithEmptyAll()
    {
        const CommandLine line
            = CommandLine::parse({ QStringLiteral("--all"), QString(), QStringLiteral("--output"),
                                   QStringLiteral("o"), QStringLiteral("--generateimagejson") },
                                 m_emptyDir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.operation, CommandLine::Operation::MigrateImageJson);
        QVERIFY(line.options.sources.isEmpty());

        const CommandLine withoutMigration = CommandLine::parse(
            { QStringLiteral("--all"), QString(), QStringLiteral("--output"), QStringLiteral("o") },
            m_emptyDir.path());
        QCOMPARE(withoutMigration.action, CommandLine::Action::UsageError);
        QVERIFY(withoutMigration.error.contains(QLatin1String("--all needs a folder")));
    }

    void readsConfigJsonFromTheWorkingFolder()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(
            dir.filePath(QStringLiteral("config.json")),
            R"({"all": "models", "output": "backup", "images": true, "notimeout": true})"));
        const CommandLine line = CommandLine::parse(split("--onlynew"), dir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.options.sources,
                 QStringList { QDir(dir.path()).filePath(QStringLiteral("models")) });
        QCOMPARE(line.options.outputDir, QDir(dir.path()).filePath(QStringLiteral("backup")));
        QCOMPARE(line.options.previews, RunOptions::Previews::All);
        QVERIFY(line.options.noTimeout && line.options.onlyNew);
        QVERIFY(line.outputGiven);
        QVERIFY(!line.configFile.isEmpty());
    }

    void letsFlagsWinOverTheConfig()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(
            dir.filePath(QStringLiteral("config.json")),
            R"({"all": "models", "output": "backup", "images": true, "onlyhtml": true})"));
        const CommandLine line = CommandLine::parse(
            split("--single one.safetensors --noimages --onlyupdate --output mine"), dir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QVERIFY(line.singleFile);
        QCOMPARE(line.options.sources,
                 QStringList { QDir(dir.path()).filePath(QStringLiteral("one.safetensors")) });
        QCOMPARE(line.options.outputDir, QDir(dir.path()).filePath(QStringLiteral("mine")));
        QCOMPARE(line.options.previews, RunOptions::Previews::None);
        QVERIFY(line.options.onlyUpdate);
        QCOMPARE(line.operation, CommandLine::Operation::Archive);
    }

    void ignoresTheConfigWithNoconfig()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("config.json")),
                                          R"({"images": "yes"})"));
        const CommandLine line
            = CommandLine::parse(split("--all m --output o --noconfig"), dir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.options.previews, RunOptions::Previews::First);
    }

    void rejectsABadConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a boolean")
            << QByteArray(R"({"all": "m", "images": "yes"})") << "'images' must be a boolean value";
        QTest::newRow("both sources")
            << QByteArray(R"({"all": "m", "single": "f"})") << "either 'single' or 'all'";
        QTest::newRow("conflict inside")
            << QByteArray(R"({"all": "m", "images": true, "noimages": true})")
            << "--images and --noimages";
        QTest::newRow("not JSON") << QByteArray("{all: m}") << "config.json";
        QTest::newRow("api-base in the working folder")
            << QByteArray("{\"all\": \"m\", \"api-base\": \"http:\\/\\/127.0.0.1:9\"}")
            << "'api-base' is only read from a file named with --config";
        QTest::newRow("too many threads")
            << QByteArray(R"({"all": "m", "threads": 100000})") << "'threads' must be a number";
        QTest::newRow("no threads")
            << QByteArray(R"({"all": "m", "threads": 0})") << "'threads' must be a number";
        QTest::newRow("no preview downloads")
            << QByteArray(R"({"all": "m", "preview-downloads": 0})")
            << "'preview-downloads' must be a number from 1 to 6";
        QTest::newRow("preview downloads as text")
            << QByteArray(R"({"all": "m", "preview-downloads": "4"})")
            << "'preview-downloads' must be a number from 1 to 6";
        QTest::newRow("output is the root")
            << QByteArray(R"({"all": "m", "output": "/"})") << "root of the file system";
    }

    void rejectsABadConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("config.json")), config));
        const CommandLine line = CommandLine::parse(
            config.contains("output") ? split("--onlynew") : split("--output o"), dir.path());
        QCOMPARE(line.action, CommandLine::Action::UsageError);
        QVERIFY2(line.error.contains(message), qPrintable(line.error));
    }

    void readsAConfigNamedWithConfig()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("loras.json")),
                                          R"({"all": "/models/loras", "noimages": true})"));
        const CommandLine line = CommandLine::parse(
            { QStringLiteral("--config"), dir.filePath(QStringLiteral("loras.json")),
              QStringLiteral("--output"), QStringLiteral("o") },
            m_emptyDir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.options.sources, QStringList { QStringLiteral("/models/loras") });
        QCOMPARE(line.options.previews, RunOptions::Previews::None);

        // A file the user named may say where the API key goes.
        QVERIFY(SafetensorsFactory::write(
            dir.filePath(QStringLiteral("mirror.json")),
            "{\"all\": \"m\", \"api-base\": \"http:\\/\\/127.0.0.1:9\"}"));
        const CommandLine mirror = CommandLine::parse(
            { QStringLiteral("--config"), dir.filePath(QStringLiteral("mirror.json")),
              QStringLiteral("--output"), QStringLiteral("o") },
            m_emptyDir.path());
        QCOMPARE(mirror.action, CommandLine::Action::Run);
        QCOMPARE(mirror.options.apiBases,
                 QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:9")) });
        QVERIFY(mirror.apiBaseGiven);

        // ...or several, asked in turn.
        QVERIFY(
            SafetensorsFactory::write(dir.filePath(QStringLiteral("hosts.json")),
                                      "{\"all\": \"m\", \"api-base\": [\"http:\\/\\/127.0.0.1:9\", "
                                      "\"http:\\/\\/127.0.0.1:8\"]}"));
        const CommandLine hosts = CommandLine::parse(
            { QStringLiteral("--config"), dir.filePath(QStringLiteral("hosts.json")),
              QStringLiteral("--output"), QStringLiteral("o") },
            m_emptyDir.path());
        QCOMPARE(hosts.action, CommandLine::Action::Run);
        QCOMPARE(hosts.options.apiBases,
                 (QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:9")),
                                QUrl(QStringLiteral("http://127.0.0.1:8")) }));

        const CommandLine missing
            = CommandLine::parse(split("--config /nonexistent.json --all m"), m_emptyDir.path());
        QCOMPARE(missing.action, CommandLine::Action::UsageError);
    }

    void takesSeveralApiHostsInTheirOrder()
    {
        const CommandLine line = CommandLine::parse(
            split("--all m --output o --api-base http://127.0.0.1:9 --api-base http://127.0.0.1:8"),
            m_emptyDir.path());
        QCOMPARE(line.action, CommandLine::Action::Run);
        QCOMPARE(line.options.apiBases,
                 (QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:9")),
                                QUrl(QStringLiteral("http://127.0.0.1:8")) }));
        QCOMPARE(CommandLine::parse({}, m_emptyDir.path()).options.apiBases,
                 (QList<QUrl> { QUrl(QStringLiteral("https://civitai.red")),
                                QUrl(QStringLiteral("https://civitai.com")) }));
        const CommandLine bad = CommandLine::parse(
            split("--all m --output o --api-base http://127.0.0.1:9 --api-base ftp://x"),
            m_emptyDir.path());
        QCOMPARE(bad.action, CommandLine::Action::UsageError);
        QVERIFY2(bad.error.contains(QStringLiteral("ftp://x")), qPrintable(bad.error));
    }

    // CivArchive is a third party: off unless asked for, by a flag or config.json's key.
    void turnsCivArchiveOnOnlyWhenAsked()
    {
        const CommandLine plain
            = CommandLine::parse(split("--all m --output o"), m_emptyDir.path());
        QVERIFY(!plain.options.useCivArchive);
        QCOMPARE(plain.options.civArchiveBase,
                 QUrl(QStringLiteral("https://civarchive.com/api/v1")));
        const CommandLine on = CommandLine::parse(
            split("--all m --output o --civarchive --civarchive-base http://127.0.0.1:7/api/v1"),
            m_emptyDir.path());
        QCOMPARE(on.action, CommandLine::Action::Run);
        QVERIFY(on.options.useCivArchive);
        QVERIFY(on.civArchiveBaseGiven);
        QCOMPARE(on.options.civArchiveBase, QUrl(QStringLiteral("http://127.0.0.1:7/api/v1")));
        const CommandLine bad = CommandLine::parse(
            split("--all m --output o --civarchive --civarchive-base file:///etc"),
            m_emptyDir.path());
        QCOMPARE(bad.action, CommandLine::Action::UsageError);
        QVERIFY2(bad.error.contains(QStringLiteral("--civarchive-base")), qPrintable(bad.error));
    }

    void showsHelpAndVersion()
    {
        QCOMPARE(CommandLine::parse(split("--help"), m_emptyDir.path()).action,
                 CommandLine::Action::Help);
        QCOMPARE(CommandLine::parse(split("--version"), m_emptyDir.path()).action,
                 CommandLine::Action::Version);
        const QString help = CommandLine::helpText();
        for (const char *flag :
             { "--single", "--all", "--output", "--notimeout", "--images", "--noimages",
               "--generateimagejson", "--onlynew", "--skipmissing", "--onlyupdate", "--onlyhtml",
               "--clean", "--noconfig", "--config", "win over the config" })
            QVERIFY2(help.contains(QLatin1String(flag)), flag);
    }

    void takesPreviewDownloadsFromTheFlagOrTheConfig()
    {
        QCOMPARE(CommandLine::parse(split("--all m --output o"), m_emptyDir.path())
                     .options.previewDownloads,
                 4);
        const CommandLine flag = CommandLine::parse(
            split("--all m --output o --preview-downloads 6"), m_emptyDir.path());
        QCOMPARE(flag.action, CommandLine::Action::Run);
        QCOMPARE(flag.options.previewDownloads, 6);
        for (const char *bad : { "0", "17", "many" }) {
            const CommandLine rejected
                = CommandLine::parse(split("--all m --output o --preview-downloads ")
                                         + QStringList { QLatin1String(bad) },
                                     m_emptyDir.path());
            QCOMPARE(rejected.action, CommandLine::Action::UsageError);
            QVERIFY2(rejected.error.contains(
                         QLatin1String("--preview-downloads takes a number from 1 to 6")),
                     qPrintable(rejected.error));
        }

        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("config.json")),
                                          R"({"all": "m", "preview-downloads": 2})"));
        QCOMPARE(CommandLine::parse(split("--output o"), dir.path()).options.previewDownloads, 2);
        QCOMPARE(CommandLine::parse(split("--output o --preview-downloads 5"), dir.path())
                     .options.previewDownloads,
                 5); // the flag wins
        QVERIFY(CommandLine::helpText().contains(QLatin1String("--preview-downloads <N>")));
    }

    void keepsVForVerboseAndVersionLongOnly()
    {
        // Qt's addVersionOption() claims -v too: the help printed "already having an option".
        static QStringList warnings;
        warnings.clear();
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
                  warnings.append(text);
              });
        const QString help = CommandLine::helpText();
        const CommandLine version = CommandLine::parse(split("--version"), m_emptyDir.path());
        const CommandLine verbose = CommandLine::parse(split("-v --all m"), m_emptyDir.path());
        qInstallMessageHandler(previous);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY2(help.contains(QLatin1String("-v, --verbose")), qPrintable(help));
        QVERIFY2(!help.contains(QLatin1String("-v, --version")), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("--version")), qPrintable(help));
        QCOMPARE(version.action, CommandLine::Action::Version);
        QCOMPARE(verbose.action, CommandLine::Action::Run);
        QCOMPARE(verbose.verbosity, CommandLine::Verbosity::Verbose);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
