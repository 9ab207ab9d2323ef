// End to end: CivArchive, turned on, beside the fake Civitai (issue 15 §2). Runs whole
// ArchiveRuns and the built program against both fakes.
#include "clirun.h"
#include "collectionfolder.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "fakecivarchive.h"
#include "fakecivitai.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace std::chrono_literals;

class TestCivArchive final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_civitai;
    FakeCivArchive m_archive;
    RunOptions m_options;
    QString m_known; // hashes: a file Civitai knows, one it forgot
    QString m_gone;

    QString readText(const QString &name) const
    {
        QFile file(m_folder.output(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    std::optional<QJsonObject> read(const QString &name) const
    {
        return JsonFile::readObject(m_folder.output(name));
    }
    QString allWarnings(const RunSummary &summary) const
    {
        return summary.warnings.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_civitai.listen());
        QVERIFY(m_archive.listen());
    }

    void init()
    {
        QVERIFY(m_folder.reset());
        m_archive.clearFaults();
        const QByteArray known = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 96);
        const QByteArray gone = SafetensorsFactory::build({}, 112);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known));
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("gone.safetensors")), gone));
        m_known = FileHasher::hashBytes(known);
        m_gone = FileHasher::hashBytes(gone);
        m_civitai.addModelFile(m_known, 555, 666, 1);
        m_archive.setAnswer(m_gone, m_archive.makeAnswer(m_gone, QStringLiteral("Gone Style"), 2));
        QJsonObject knownAnswer = m_archive.makeAnswer(m_known, QStringLiteral("Known"), 0);
        m_archive.setAnswer(m_known, knownAnswer);
        m_options = {};
        m_options.sources = { m_folder.models() };
        m_options.outputDir = m_folder.output();
        m_options.apiBases = { m_civitai.baseUrl() };
        m_options.apiKey = QStringLiteral("secret-civitai-key");
        m_options.noTimeout = true;
        m_options.retryBackoff = 10ms;
        m_options.previews = RunOptions::Previews::All;
        m_options.useCivArchive = true;
        m_options.civArchiveBase = m_archive.baseUrl();
    }

    void offByDefaultAsksCivArchiveNothing()
    {
        const int before = int(m_archive.requests().size());
        RunOptions options = m_options;
        options.useCivArchive = RunOptions().useCivArchive;
        const RunSummary summary = runToEnd(options);
        QVERIFY(summary.succeeded());
        QCOMPARE(int(m_archive.requests().size()), before);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("gone/gone_civarchive.json"))));
        QVERIFY(!read(QStringLiteral("gone/gone_civitai_model_version.json")));
    }

    void archivesWhatCivitaiForgotWithItsPreviews()
    {
        const int before = m_archive.apiRequestCount();
        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY2(summary.succeeded(), qPrintable(allWarnings(summary)));
        QCOMPARE(m_archive.apiRequestCount() - before, 2); // both files, once each

        const auto version = read(QStringLiteral("gone/gone_civitai_model_version.json"));
        QVERIFY(version);
        QCOMPARE(version->value(QLatin1String("source")).toString(), QStringLiteral("civarchive"));
        QCOMPARE(version->value(QLatin1String("baseModel")).toString(), QStringLiteral("SDXL 1.0"));
        QCOMPARE(version->value(QLatin1String("trainedWords")).toArray(),
                 QJsonArray { QStringLiteral("gone_style") });
        QCOMPARE(version->value(QLatin1String("id")).toInteger(), 2002);
        const auto model = read(QStringLiteral("gone/gone_civitai_model.json"));
        QVERIFY(model);
        QCOMPARE(model->value(QLatin1String("source")).toString(), QStringLiteral("civarchive"));
        QCOMPARE(model->value(QLatin1String("name")).toString(), QStringLiteral("Gone Style"));
        QCOMPARE(model->value(QLatin1String("type")).toString(), QStringLiteral("LORA"));
        QCOMPARE(model->value(QLatin1String("creator")).toObject().value(QLatin1String("username")),
                 QJsonValue(QStringLiteral("ghost")));
        QCOMPARE(model->value(QLatin1String("modelVersions")).toArray().size(), 2);
        // Full size (`link`: the thumbnail `url` is not served), relative to CivArchive's site,
        // checked and kept with its record.
        for (const char *file :
             { "gone/gone_preview_0.jpeg", "gone/gone_preview_1.jpeg", "gone/gone_preview_0.json" })
            QVERIFY2(QFile::exists(m_folder.output(QString::fromUtf8(file))), file);
        // Still missing from Civitai: the Python tool's list says so.
        QVERIFY(readText(QStringLiteral("missing_from_civitai.txt"))
                    .contains(QLatin1String("gone.safetensors")));
        const auto gone = std::find_if(reports.cbegin(), reports.cend(), [](const FileReport &r) {
            return r.path.endsWith(QLatin1String("gone.safetensors"));
        });
        QVERIFY(gone != reports.cend() && gone->fromCivArchive);
        QCOMPARE(gone->previewsDownloaded, 2);

        // Where the file still exists, also for the file Civitai knows.
        for (const QString &name : { QStringLiteral("gone"), QStringLiteral("known") }) {
            const auto copies
                = read(name + QLatin1Char('/') + name + QStringLiteral("_civarchive.json"));
            QVERIFY2(copies, qPrintable(name));
            QCOMPARE(copies->value(QLatin1String("files")).toArray().size(), 2);
        }
        // A file Civitai knows keeps Civitai's data.
        QCOMPARE(read(QStringLiteral("known/known_civitai_model_version.json"))
                     ->value(QLatin1String("id"))
                     .toInteger(),
                 666);

        // The page says where it came from and where the file is.
        const QString page = readText(QStringLiteral("gone/gone.html"));
        QVERIFY(page.contains(QLatin1String("class=\"badge source\"")));
        QVERIFY(page.contains(QLatin1String("Where this file still exists")));
        QVERIFY(
            page.contains(QLatin1String("https://civarchive.com/models/1001?modelVersionId=2002")));
        QVERIFY(page.contains(QLatin1String("https://huggingface.co/ghost/styles/")));
        QVERIFY(!page.contains(QLatin1String("<script>alert(1)</script>")));
        QVERIFY(readText(QStringLiteral("_gallery/models.js"))
                    .contains(QLatin1String("\"source\":\"civarchive\"")));

        // A re-run asks again only after 30 days.
        const int afterFirst = m_archive.apiRequestCount();
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(m_archive.apiRequestCount(), afterFirst);
        QJsonObject record = *read(QStringLiteral("known/known_civarchive.json"));
        record.insert(QStringLiteral("checked_at"), QStringLiteral("2020-01-01T00:00:00Z"));
        QVERIFY(JsonFile::write(m_folder.output(QStringLiteral("known/known_civarchive.json")),
                                record));
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(m_archive.apiRequestCount(), afterFirst + 1);
    }

    void neverSendsTheCivitaiKey()
    {
        QVERIFY(runToEnd(m_options).succeeded());
        QVERIFY(!m_archive.requests().isEmpty());
        for (const FakeCivArchive::Request &request : m_archive.requests())
            QVERIFY2(!request.headers.contains("authorization"), qPrintable(request.path));
        // The key does go to Civitai: the check above is not vacuous.
        const QList<FakeCivitai::Request> civitai = m_civitai.requests();
        QVERIFY(std::any_of(civitai.cbegin(), civitai.cend(), [](const FakeCivitai::Request &r) {
            return r.headers.value("authorization") == "Bearer secret-civitai-key";
        }));
    }

    void aFileCivArchiveDoesNotKnowIsNoFailure()
    {
        m_archive.setAnswer(m_gone,
                            QJsonObject { { QStringLiteral("files"), QJsonArray() },
                                          { QStringLiteral("models"), QJsonArray() } });
        const RunSummary summary = runToEnd(m_options);
        QVERIFY2(summary.succeeded() && summary.warnings.isEmpty(),
                 qPrintable(allWarnings(summary)));
        QVERIFY(!read(QStringLiteral("gone/gone_civitai_model_version.json")));
        const auto record = read(QStringLiteral("gone/gone_civarchive.json"));
        QVERIFY(record);
        QVERIFY(record->value(QLatin1String("files")).toArray().isEmpty());
        m_archive.setAnswer(m_gone, m_archive.makeAnswer(m_gone, QStringLiteral("Gone Style"), 2));
    }

    // Older clients read a body wrapped in "data", and field names may come in camelCase.
    void readsTheOlderShapeWrappedInData()
    {
        const std::function<QJsonValue(const QJsonValue &)> camel = [&](const QJsonValue &value) {
            if (value.isArray()) {
                QJsonArray array;
                for (const QJsonValue &item : value.toArray())
                    array.append(camel(item));
                return QJsonValue(array);
            }
            if (!value.isObject())
                return value;
            QJsonObject object;
            const QJsonObject given = value.toObject();
            for (auto it = given.begin(); it != given.end(); ++it) {
                QString key = it.key();
                for (qsizetype at; (at = key.indexOf(QLatin1Char('_'))) > 0;)
                    key = key.left(at) + key.mid(at + 1, 1).toUpper() + key.mid(at + 2);
                object.insert(key, camel(it.value()));
            }
            return QJsonValue(object);
        };
        const QJsonObject today = m_archive.makeAnswer(m_gone, QStringLiteral("Old Shape"), 1);
        m_archive.setAnswer(m_gone, { { QStringLiteral("data"), camel(today) } });
        const RunSummary summary = runToEnd(m_options);
        m_archive.setAnswer(m_gone, m_archive.makeAnswer(m_gone, QStringLiteral("Gone Style"), 2));
        QVERIFY2(summary.succeeded() && summary.warnings.isEmpty(),
                 qPrintable(allWarnings(summary)));
        const auto version = read(QStringLiteral("gone/gone_civitai_model_version.json"));
        QVERIFY(version);
        QCOMPARE(version->value(QLatin1String("baseModel")).toString(), QStringLiteral("SDXL 1.0"));
        QCOMPARE(read(QStringLiteral("gone/gone_civitai_model.json"))
                     ->value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Old Shape"));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("gone/gone_preview_0.jpeg"))));
        QCOMPARE(read(QStringLiteral("gone/gone_civarchive.json"))
                     ->value(QLatin1String("files"))
                     .toArray()
                     .size(),
                 2);
    }

    // A copy's address is CivArchive's word: only http(s) is linked, and every text is escaped.
    void showsCopiesEscapedAndLinksOnlyHttp()
    {
        QJsonObject answer = m_archive.makeAnswer(m_gone, QStringLiteral("Gone Style"), 0);
        QJsonArray files = answer.value(QLatin1String("files")).toArray();
        files.append(QJsonObject { { QStringLiteral("source"), QStringLiteral("<i>evil</i>") },
                                   { QStringLiteral("url"), QStringLiteral("javascript:alert(1)") },
                                   { QStringLiteral("filename"), QStringLiteral("<img src=x>") } });
        answer.insert(QStringLiteral("files"), files);
        m_archive.setAnswer(m_gone, answer);
        const RunSummary summary = runToEnd(m_options);
        m_archive.setAnswer(m_gone, m_archive.makeAnswer(m_gone, QStringLiteral("Gone Style"), 2));
        QVERIFY(summary.succeeded());
        const QString page = readText(QStringLiteral("gone/gone.html"));
        QVERIFY(page.contains(QLatin1String("&lt;img src=x&gt;")));
        QVERIFY(page.contains(QLatin1String("&lt;i&gt;evil&lt;/i&gt;")));
        QVERIFY(!page.contains(QLatin1String("javascript:")));
        QVERIFY(!page.contains(QLatin1String("<img src=x>")));
        // Removed copies say so, with their date.
        QVERIFY(page.contains(QLatin1String("<li class=\"removed\">")));
        QVERIFY(page.contains(QLatin1String("removed on ")));
    }

    // A file archived while Civitai knew it, then forgotten: asked about at once (not in 30
    // days), its copies kept, and not one of Civitai's archived files replaced.
    void keepsCivitaisDataWhenCivitaiForgetsAFile()
    {
        FakeCivitai earlier; // knew both files
        QVERIFY(earlier.listen());
        earlier.addModelFile(m_known, 555, 666, 1);
        earlier.addModelFile(m_gone, 777, 888, 1);
        m_options.apiBases = { earlier.baseUrl() };
        QVERIFY(runToEnd(m_options).succeeded());
        QCOMPARE(read(QStringLiteral("gone/gone_civarchive.json"))
                     ->value(QLatin1String("civitai_knew"))
                     .toBool(),
                 true);
        const QStringList civitaiFiles { QStringLiteral("gone/gone_civitai_model_version.json"),
                                         QStringLiteral("gone/gone_civitai_model.json"),
                                         QStringLiteral("gone/gone_preview_0.jpeg") };
        QStringList before;
        for (const QString &file : civitaiFiles)
            before.append(readText(file));
        QVERIFY(!before.constFirst().isEmpty());

        m_options.apiBases = { m_civitai.baseUrl() }; // which does not know `gone`
        const int asked = m_archive.apiRequestCount();
        const RunSummary summary = runToEnd(m_options);
        QVERIFY2(summary.succeeded(), qPrintable(allWarnings(summary)));
        QCOMPARE(m_archive.apiRequestCount(), asked + 1); // the forgotten file, at once
        for (qsizetype i = 0; i < civitaiFiles.size(); ++i)
            QCOMPARE(readText(civitaiFiles.at(i)), before.at(i));
        const auto record = read(QStringLiteral("gone/gone_civarchive.json"));
        QCOMPARE(record->value(QLatin1String("civitai_knew")).toBool(), false);
        QCOMPARE(record->value(QLatin1String("files")).toArray().size(), 2);
        QVERIFY(readText(QStringLiteral("missing_from_civitai.txt"))
                    .contains(QLatin1String("gone.safetensors")));
    }

    // Its hourly cap, a server error, a slow or a malformed answer: a warning, nothing written,
    // asked again at the next run.
    void aFailureWritesNothingAndIsAskedAgain_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("hourly cap") << int(FakeCivArchive::Fault::HourlyCap) << "hourly limit";
        QTest::newRow("server error") << int(FakeCivArchive::Fault::ServerError) << "500";
        QTest::newRow("slow") << int(FakeCivArchive::Fault::Slow) << "timed out";
        QTest::newRow("malformed") << int(FakeCivArchive::Fault::Malformed) << "could not be read";
    }
    void aFailureWritesNothingAndIsAskedAgain()
    {
        QFETCH(int, fault);
        QFETCH(QString, says);
        m_options.requestTimeout = 300ms;
        m_archive.injectFault(FakeCivArchive::Fault(fault), -1, 3000);
        const int before = m_archive.apiRequestCount();
        const RunSummary summary = runToEnd(m_options);
        QVERIFY(summary.fatalError.isEmpty());
        QVERIFY2(allWarnings(summary).contains(QLatin1String("CivArchive lookup failed")),
                 qPrintable(allWarnings(summary)));
        QVERIFY2(allWarnings(summary).contains(says), qPrintable(allWarnings(summary)));
        if (FakeCivArchive::Fault(fault) == FakeCivArchive::Fault::HourlyCap)
            QCOMPARE(m_archive.apiRequestCount() - before, 1); // nothing more asked this run
        for (const char *file :
             { "gone/gone_civarchive.json", "known/known_civarchive.json",
               "gone/gone_civitai_model_version.json", "gone/gone_preview_0.jpeg" })
            QVERIFY2(!QFile::exists(m_folder.output(QString::fromUtf8(file))), file);

        m_archive.clearFaults();
        const RunSummary next = runToEnd(m_options);
        QVERIFY2(next.succeeded() && next.warnings.isEmpty(), qPrintable(allWarnings(next)));
        QVERIFY(read(QStringLiteral("gone/gone_civitai_model_version.json")));
        QVERIFY(read(QStringLiteral("known/known_civarchive.json")));
    }

    // The command line: --civarchive and --civarchive-base; without them, nothing is asked.
    void theCommandLineTurnsItOn()
    {
        CliRun run;
        run.apiBase = m_civitai.baseUrl();
        run.arguments = { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                          m_folder.output() };
        run.environment.insert(QStringLiteral("CIVARCHIVE_BASE_URL"),
                               m_archive.baseUrl().toString());
        const int before = m_archive.apiRequestCount();
        CliResult result = run.run();
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(m_archive.apiRequestCount(), before);

        run.environment.insert(QStringLiteral("CIVARCHIVE_BASE_URL"),
                               QStringLiteral("http://127.0.0.1:9"));
        run.arguments += { QStringLiteral("--civarchive"), QStringLiteral("--civarchive-base"),
                           m_archive.baseUrl().toString() };
        result = run.run();
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(m_archive.apiRequestCount(), before + 2);
        QVERIFY2(result.out.contains(QLatin1String("not on Civitai, archived from CivArchive")),
                 qPrintable(result.out));
        QVERIFY(read(QStringLiteral("gone/gone_civitai_model_version.json")));
    }
};

QTEST_GUILESS_MAIN(TestCivArchive)
#include "tst_civarchive.moc"
