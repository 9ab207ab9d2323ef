// End to end: --link and --unlink, the built program against the fake Civitai (issue 15, §3).
#include "archivefiles.h"
#include "clirun.h"
#include "collectionfolder.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

class TestCliLink final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_server;
    QString m_pruned; // a model file whose hash Civitai does not know
    QString m_known; // one it knows, beside it

    static QString readText(const QString &path) { return QString::fromUtf8(readFile(path)); }

    CliResult runCli(const QStringList &arguments) const
    {
        CliRun run;
        run.arguments = arguments;
        run.apiBase = m_server.baseUrl();
        return run.run();
    }
    CliResult runAll() const
    {
        return runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                        m_folder.output() });
    }
    CliResult link(const QString &target) const
    {
        return runCli({ QStringLiteral("--link"), m_pruned, target, QStringLiteral("--output"),
                        m_folder.output() });
    }
    CliResult unlink() const
    {
        return runCli({ QStringLiteral("--unlink"), m_pruned, QStringLiteral("--output"),
                        m_folder.output() });
    }
    std::optional<QJsonObject> linkedVersion() const
    {
        return JsonFile::readObject(
            m_folder.output(QStringLiteral("pruned/pruned_civitai_model_version.json")));
    }
    QJsonArray manualLinks() const
    {
        const auto links
            = JsonFile::readObject(m_folder.output(QStringLiteral("manual_links.json")));
        return links ? links->value(QLatin1String("links")).toArray() : QJsonArray();
    }
    bool listedMissing() const
    {
        return missingNames(m_folder.output()).contains(QStringLiteral("pruned.safetensors"));
    }
    // The collection archived once: the pruned file is missing from Civitai.
    void archiveOnce()
    {
        const CliResult first = runAll();
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY(listedMissing());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        // Model 900 has versions 901 (another file's hash: the original of the pruned file) and
        // 902, its latest.
        m_server.addModelFile(QString(64, QLatin1Char('a')), 900, 901, 2);
        m_server.addModelFile(QString(64, QLatin1Char('b')), 900, 902, 1);
    }

    void init()
    {
        QVERIFY(m_folder.reset());
        m_pruned = m_folder.models(QStringLiteral("pruned.safetensors"));
        m_known = m_folder.models(QStringLiteral("known.safetensors"));
        QVERIFY(SafetensorsFactory::write(m_pruned, SafetensorsFactory::build({}, 130)));
        const QByteArray known = SafetensorsFactory::build({}, 131);
        QVERIFY(SafetensorsFactory::write(m_known, known));
        m_server.addModelFile(FileHasher::hashBytes(known), 800, 801, 1);
        m_server.clearFaults();
    }

    void linksByAddressOrIdAndArchivesInTheNormalLayout_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<qint64>("versionId");
        QTest::newRow("page address")
            << QStringLiteral("https://civitai.com/models/900?modelVersionId=901") << qint64(901);
        QTest::newRow("id") << QStringLiteral("901") << qint64(901);
        QTest::newRow("download address")
            << QStringLiteral("https://civitai.com/api/download/models/901") << qint64(901);
        // A model without a version: its latest.
        QTest::newRow("red model address")
            << QStringLiteral("https://civitai.red/models/900/some-name") << qint64(902);
    }

    void linksByAddressOrIdAndArchivesInTheNormalLayout()
    {
        QFETCH(QString, target);
        QFETCH(qint64, versionId);
        archiveOnce();
        const CliResult linked = link(target);
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.out + linked.err));

        const auto version = linkedVersion();
        QVERIFY(version);
        QCOMPARE(qint64(version->value(QLatin1String("id")).toDouble()), versionId);
        QCOMPARE(version->value(QLatin1String("linked_by_hand")).toBool(), true);
        QCOMPARE(version->value(QLatin1String("source_host")).toString(),
                 m_server.baseUrl().toString());
        for (const char *file :
             { "pruned/pruned_hash.json", "pruned/pruned_metadata.json",
               "pruned/pruned_civitai_model.json", "pruned/pruned_preview_0.jpeg",
               "pruned/pruned_preview_0.json", "pruned/pruned.html" })
            QVERIFY2(QFile::exists(m_folder.output(QString::fromUtf8(file))), file);
        QVERIFY(!listedMissing());

        const QJsonArray links = manualLinks();
        QCOMPARE(links.size(), 1);
        const QJsonObject entry = links.first().toObject();
        QCOMPARE(entry.value(QLatin1String("file")).toString(), m_pruned);
        QCOMPARE(qint64(entry.value(QLatin1String("model_version_id")).toDouble()), versionId);
        QCOMPARE(qint64(entry.value(QLatin1String("model_id")).toDouble()), qint64(900));
        QCOMPARE(entry.value(QLatin1String("folder")).toString(), QStringLiteral("pruned"));
        QFile pruned(m_pruned);
        QVERIFY(pruned.open(QIODevice::ReadOnly));
        QCOMPARE(entry.value(QLatin1String("sha256")).toString(),
                 FileHasher::hashBytes(pruned.readAll()));
        QVERIFY(readText(m_folder.output(QStringLiteral("pruned/pruned.html")))
                    .contains(QLatin1String("Linked by hand")));
    }

    // Re-runs treat it as found: never missing, re-checked with the others' batched requests.
    void aReRunKeepsTheLinkedFileFound()
    {
        archiveOnce();
        const CliResult linked = link(QStringLiteral("901"));
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.out + linked.err));
        const QByteArray archived
            = readText(m_folder.output(QStringLiteral("pruned/pruned_civitai_model_version.json")))
                  .toUtf8();
        m_server.clearRequests();

        const CliResult again = runAll();
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY(!listedMissing());
        QVERIFY2(again.out.contains(QLatin1String(" 0 not on Civitai")), qPrintable(again.out));
        QCOMPARE(
            readText(m_folder.output(QStringLiteral("pruned/pruned_civitai_model_version.json")))
                .toUtf8(),
            archived);
        // Confirmed by a batch of models (its own when it comes before the known file's triage):
        // no version and no model fetched alone.
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/model-versions/901")), 0);
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/models/")), 0);
        QVERIFY(m_server.requestCount(QStringLiteral("/api/v1/models")) <= 2);

        // --onlyupdate re-checks it too.
        const CliResult update
            = runCli({ QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                       m_folder.output(), QStringLiteral("--onlyupdate") });
        QVERIFY2(update.exitCode == 0, qPrintable(update.out + update.err));
        QVERIFY(!listedMissing());
    }

    // Decision: a linked file that changed on disk keeps its link, with a warning.
    void aLinkedFileThatChangesKeepsItsLinkWithAWarning()
    {
        archiveOnce();
        QCOMPARE(link(QStringLiteral("901")).exitCode, 0);
        QVERIFY(SafetensorsFactory::write(m_pruned, SafetensorsFactory::build({}, 140)));
        const CliResult again = runAll();
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(
            (again.out + again.err).contains(QLatin1String("changed on disk since it was linked")),
            qPrintable(again.out + again.err));
        QVERIFY(!listedMissing());
        QCOMPARE(manualLinks().size(), 1);
    }

    void unlinkRemovesTheLinkAndKeepsTheArchive()
    {
        archiveOnce();
        QCOMPARE(link(QStringLiteral("901")).exitCode, 0);
        const CliResult unlinked = unlink();
        QVERIFY2(unlinked.exitCode == 0, qPrintable(unlinked.out + unlinked.err));
        QVERIFY(manualLinks().isEmpty());
        const auto version = linkedVersion();
        QVERIFY(version);
        QCOMPARE(qint64(version->value(QLatin1String("id")).toDouble()), qint64(901));
        QVERIFY(!version->contains(QLatin1String("linked_by_hand")));
        QVERIFY(!readText(m_folder.output(QStringLiteral("pruned/pruned.html")))
                     .contains(QLatin1String("Linked by hand")));

        // The next run treats it as any other file: Civitai does not know its hash.
        const CliResult again = runAll();
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY(listedMissing());
        QVERIFY(linkedVersion());

        // Unlinking what is not linked says so.
        const CliResult twice = unlink();
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QLatin1String("is not linked by hand")), qPrintable(twice.err));
    }

    // Decision: a linked version Civitai no longer knows keeps what was archived, with a warning;
    // the file is never listed as missing.
    void aLinkedVersionCivitaiForgotKeepsTheArchive()
    {
        archiveOnce();
        QCOMPARE(link(QStringLiteral("901")).exitCode, 0);
        const QByteArray archived
            = readFile(m_folder.output(QStringLiteral("pruned/pruned_civitai_model_version.json")));
        FakeCivitai forgetful;
        QVERIFY(forgetful.listen());
        const CliResult again = runCli(
            { QStringLiteral("--single"), m_pruned, QStringLiteral("--output"), m_folder.output(),
              QStringLiteral("--api-base"), forgetful.baseUrl().toString() });
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(
            (again.out + again.err).contains(QLatin1String("Civitai no longer knows version 901")),
            qPrintable(again.out + again.err));
        QVERIFY(!listedMissing());
        QCOMPARE(
            readFile(m_folder.output(QStringLiteral("pruned/pruned_civitai_model_version.json"))),
            archived);
        QCOMPARE(forgetful.requestCount(QStringLiteral("/api/v1/model-versions/901")), 1);
    }

    // civitai.com hides mature versions: the next host is asked, and re-runs ask that one.
    void aMatureVersionIsLinkedOnTheHostThatShowsIt()
    {
        FakeCivitai green;
        FakeCivitai full;
        QVERIFY(green.listen());
        QVERIFY(full.listen());
        green.setSafeForWork(true);
        for (FakeCivitai *server : { &green, &full })
            server->addModelFile(QString(64, QLatin1Char('d')), 905, 906, 1, true);
        const QStringList hosts { QStringLiteral("--api-base"), green.baseUrl().toString(),
                                  QStringLiteral("--api-base"), full.baseUrl().toString() };
        const CliResult linked
            = runCli(QStringList { QStringLiteral("--link"), m_pruned, QStringLiteral("906"),
                                   QStringLiteral("--output"), m_folder.output() }
                     + hosts);
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.out + linked.err));
        const auto version = linkedVersion();
        QVERIFY(version);
        QCOMPARE(version->value(QLatin1String("source_host")).toString(),
                 full.baseUrl().toString());
        green.clearRequests();
        const CliResult again = runCli(QStringList { QStringLiteral("--single"), m_pruned,
                                                     QStringLiteral("--output"), m_folder.output() }
                                       + hosts);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY(!listedMissing());
        QCOMPARE(green.requestCount(QStringLiteral("/api/")), 0);
    }

    void refusesWhatIsNoCivitaiVersionAndChangesNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("other site") << QStringLiteral("https://evil.example/models/900") << 2
                                    << QStringLiteral("is not Civitai");
        QTest::newRow("look-alike") << QStringLiteral("https://civitai.com.evil.example/models/900")
                                    << 2 << QStringLiteral("is not Civitai");
        QTest::newRow("user info") << QStringLiteral("https://me:pw@civitai.com/models/900") << 2
                                   << QStringLiteral("no user name or password");
        QTest::newRow("odd port") << QStringLiteral("https://civitai.com:8443/models/900") << 2
                                  << QStringLiteral("is not Civitai");
        QTest::newRow("image page") << QStringLiteral("https://civitai.com/images/5") << 2
                                    << QStringLiteral("no address of a Civitai model");
        QTest::newRow("script") << QStringLiteral("javascript:alert(1)") << 2
                                << QStringLiteral("is no web address");
        QTest::newRow("signed id")
            << QStringLiteral("+901") << 2 << QStringLiteral("is no web address");
        QTest::newRow("exponent") << QStringLiteral("9e2") << 2
                                  << QStringLiteral("is no model version id");
        QTest::newRow("huge id") << QStringLiteral("123456789012345678901") << 2
                                 << QStringLiteral("is no model version id");
        QTest::newRow("bad version")
            << QStringLiteral("https://civitai.com/models/900?modelVersionId=9x") << 2
            << QStringLiteral("modelVersionId is no model version id");
        QTest::newRow("wrong model")
            << QStringLiteral("https://civitai.com/models/800?modelVersionId=901") << 2
            << QStringLiteral("belongs to model 900");
        QTest::newRow("unknown version") << QStringLiteral("999999") << 1
                                         << QStringLiteral("Civitai has no model version 999999");
        QTest::newRow("unknown model") << QStringLiteral("https://civitai.com/models/777") << 1
                                       << QStringLiteral("Civitai has no model 777");
    }

    void refusesWhatIsNoCivitaiVersionAndChangesNothing()
    {
        QFETCH(QString, target);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        archiveOnce();
        const auto before = filesUnder(m_folder.output());
        const CliResult refused = link(target);
        QVERIFY2(refused.exitCode == exitCode, qPrintable(refused.out + refused.err));
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QCOMPARE(filesUnder(m_folder.output()), before);
    }

    void aNetworkFailureChangesNothing()
    {
        archiveOnce();
        const auto before = filesUnder(m_folder.output());
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/901"),
                             FakeCivitai::Fault::htmlError(403), 10);
        const CliResult failed = link(QStringLiteral("901"));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("could not be asked about model version 901")),
                 qPrintable(failed.err));
        QCOMPARE(filesUnder(m_folder.output()), before);
    }

    // A config.json's modes choose nothing for --link: the file named is linked and archived,
    // even once processed (onlynew) or listed missing (skipmissing).
    void aConfigFilesModesDoNotChangeALink()
    {
        archiveOnce();
        QCOMPARE(link(QStringLiteral("901")).exitCode, 0);
        QFile config(m_folder.path(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("{\"all\": \"%1\", \"onlynew\": true, \"skipmissing\": true, "
                                    "\"clean\": true}")
                         .arg(m_folder.models())
                         .toUtf8());
        config.close();
        CliRun run;
        run.arguments = { QStringLiteral("--link"), m_pruned, QStringLiteral("902"),
                          QStringLiteral("--output"), m_folder.output() };
        run.apiBase = m_server.baseUrl();
        run.workingDir = m_folder.path();
        const CliResult relinked = run.run();
        QVERIFY2(relinked.exitCode == 0, qPrintable(relinked.out + relinked.err));
        const auto version = linkedVersion();
        QVERIFY(version);
        QCOMPARE(qint64(version->value(QLatin1String("id")).toDouble()), qint64(902));
        QCOMPARE(manualLinks().size(), 1);
        QCOMPARE(qint64(manualLinks()
                            .first()
                            .toObject()
                            .value(QLatin1String("model_version_id"))
                            .toDouble()),
                 qint64(902));
    }

    void refusesLinkWithOtherModes()
    {
        const CliResult both = runCli({ QStringLiteral("--link"), m_pruned, QStringLiteral("901"),
                                        QStringLiteral("--all"), m_folder.models(),
                                        QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QLatin1String("--link cannot be used with --all")),
                 qPrintable(both.err));
        const CliResult noTarget = runCli(
            { QStringLiteral("--link"), m_pruned, QStringLiteral("--output"), m_folder.output() });
        QCOMPARE(noTarget.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_folder.output()));
    }
};

QTEST_GUILESS_MAIN(TestCliLink)
#include "tst_clilink.moc"
