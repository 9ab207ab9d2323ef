// A run against an ordered list of API hosts, as Civitai is today: the first host safe-for-work
// (civitai.com leaves mature models out), the second serving everything (civitai.red). A file is
// missing only when every host says so; a host that fails never makes a file missing.
#include "archivefiles.h"
#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "core/missinglist.h"
#include "fakecivitai.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QFile>
#include <QTest>

using namespace std::chrono_literals;

class TestApiHosts final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    std::unique_ptr<FakeCivitai> m_green; // safe-for-work, asked first
    std::unique_ptr<FakeCivitai> m_full; // everything, asked second
    RunOptions m_options;

    // A model file on disk, known to both hosts unless `known` is false (the full host shows it
    // whatever it is; the green one only when it is not mature). Returns its hash.
    QString addModel(const QString &name, int modelId, int versionId, bool mature,
                     bool known = true)
    {
        const QByteArray bytes = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(),
                                                           16 * (versionId % 97 + 1));
        SafetensorsFactory::write(m_folder.models(name), bytes);
        const QString sha = FileHasher::hashBytes(bytes);
        if (known) {
            m_green->addModelFile(sha, modelId, versionId, 1, mature);
            m_full->addModelFile(sha, modelId, versionId, 1, mature);
        }
        return sha;
    }

    // Requests to `server` that name `sha256` (by-hash lookups, single or in a batch body).
    static int requestsFor(const FakeCivitai &server, const QString &sha256)
    {
        int count = 0;
        const QList<FakeCivitai::Request> requests = server.requests();
        for (const FakeCivitai::Request &request : requests) {
            if (request.path.contains(sha256, Qt::CaseInsensitive)
                || request.body.toLower().contains(sha256.toLower().toLatin1()))
                ++count;
        }
        return count;
    }

    // Requests for model `id`, alone or in a batch (GET /models?ids=...).
    static int modelRequests(const FakeCivitai &server, int id)
    {
        int count = 0;
        const QList<FakeCivitai::Request> requests = server.requests();
        for (const FakeCivitai::Request &request : requests) {
            const QStringList ids
                = request.query.queryItemValue(QStringLiteral("ids")).split(QLatin1Char(','));
            count += request.path == QStringLiteral("/api/v1/models/%1").arg(id)
                || (request.path == QLatin1String("/api/v1/models")
                    && ids.contains(QString::number(id)));
        }
        return count;
    }

    // The three files of every test: a safe-for-work model, a mature one, one unknown to Civitai.
    struct Files
    {
        QString safe, mature, unknown;
    };
    Files addThreeFiles()
    {
        return { addModel(QStringLiteral("safe.safetensors"), 100, 200, false),
                 addModel(QStringLiteral("mature.safetensors"), 101, 201, true),
                 addModel(QStringLiteral("unknown.safetensors"), 102, 202, false, false) };
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.reset());
        m_green = std::make_unique<FakeCivitai>();
        m_full = std::make_unique<FakeCivitai>();
        QVERIFY(m_green->listen());
        QVERIFY(m_full->listen());
        m_green->setSafeForWork(true);
        m_options = {};
        m_options.sources = { m_folder.models() };
        m_options.outputDir = m_folder.output();
        m_options.apiBases = { m_green->baseUrl(), m_full->baseUrl() };
        m_options.noTimeout = true;
        m_options.retryBackoff = 10ms;
    }

    void archivesAMatureModelFromTheSecondHost()
    {
        const Files files = addThreeFiles();
        QList<FileReport> reports;
        const RunSummary summary = runToEnd(m_options, &reports);
        QVERIFY2(summary.succeeded(),
                 qPrintable(summary.failures.isEmpty() ? summary.fatalError
                                                       : summary.failures.constFirst().error));
        QCOMPARE(reports.size(), 3);

        const auto mature = JsonFile::readObject(
            m_folder.output(QStringLiteral("mature/mature_civitai_model_version.json")));
        QVERIFY(mature);
        QCOMPARE(mature->value(QLatin1String("id")).toInt(), 201);
        QVERIFY(JsonFile::readObject(
            m_folder.output(QStringLiteral("mature/mature_civitai_model.json"))));
        QVERIFY(JsonFile::readObject(
            m_folder.output(QStringLiteral("safe/safe_civitai_model_version.json"))));
        QCOMPARE(missingNames(m_folder.output()), QStringList { QStringLiteral("unknown.safetensors") });
        QCOMPARE(summary.filesNotOnCivitai, 1);

        // Each version records the host that knew it; the gallery links there.
        QCOMPARE(mature->value(QLatin1String("source_host")).toString(),
                 m_full->baseUrl().toString());
        QCOMPARE(JsonFile::readObject(
                     m_folder.output(QStringLiteral("safe/safe_civitai_model_version.json")))
                     ->value(QLatin1String("source_host"))
                     .toString(),
                 m_green->baseUrl().toString());
        const QString maturePage
            = m_full->baseUrl().toString() + QStringLiteral("/models/101?modelVersionId=201");
        QVERIFY(readFile(m_folder.output(QStringLiteral("mature/mature.html")))
                    .contains(maturePage.toUtf8()));
        QVERIFY(
            readFile(ArchiveLayout(m_folder.output()).assetsFolder() + QStringLiteral("/models.js"))
                .contains(m_full->baseUrl().toString().toUtf8()));

        // The second host is asked only for what the first did not know.
        QCOMPARE(requestsFor(*m_full, files.safe), 0);
        QCOMPARE(modelRequests(*m_full, 100), 0);
        QCOMPARE(modelRequests(*m_full, 101), 1);
        QCOMPARE(modelRequests(*m_green, 101), 0);
        QVERIFY(requestsFor(*m_full, files.mature) >= 1);
        QVERIFY(requestsFor(*m_full, files.unknown) >= 1);
    }

    void neverListsMissingWhenTheSecondHostFails_data()
    {
        QTest::addColumn<bool>("down");
        QTest::newRow("connection refused") << true;
        QTest::newRow("503 after retries") << false;
    }

    void neverListsMissingWhenTheSecondHostFails()
    {
        QFETCH(bool, down);
        const Files files = addThreeFiles();
        Q_UNUSED(files);
        if (down)
            m_options.apiBases.last() = QUrl(QStringLiteral("http://127.0.0.1:1"));
        else
            m_full->injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::status(503), 1000);
        const RunSummary summary = runToEnd(m_options);
        QCOMPARE(summary.filesNotOnCivitai, 0);
        QCOMPARE(summary.failures.size(), 2); // the mature and the unknown file
        QVERIFY(missingNames(m_folder.output()).isEmpty());
        QVERIFY(JsonFile::readObject(
            m_folder.output(QStringLiteral("safe/safe_civitai_model_version.json"))));

        // The next run, with the host back, settles both.
        m_full->clearFaults();
        m_options.apiBases = { m_green->baseUrl(), m_full->baseUrl() };
        const RunSummary again = runToEnd(m_options);
        QVERIFY(again.succeeded());
        QCOMPARE(missingNames(m_folder.output()), QStringList { QStringLiteral("unknown.safetensors") });
        QVERIFY(JsonFile::readObject(
            m_folder.output(QStringLiteral("mature/mature_civitai_model_version.json"))));
    }

    void sendsTheKeyToEveryApiHostAndNoImageHost()
    {
        addThreeFiles();
        m_options.apiKey = QStringLiteral("k-123");
        QVERIFY(runToEnd(m_options).succeeded());
        for (const FakeCivitai *server : { m_green.get(), m_full.get() }) {
            int api = 0;
            int images = 0;
            const QList<FakeCivitai::Request> requests = server->requests();
            for (const FakeCivitai::Request &request : requests) {
                if (request.path.startsWith(QLatin1String("/api/"))) {
                    ++api;
                    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer k-123"));
                } else {
                    ++images;
                    QVERIFY2(!request.headers.contains("authorization"), qPrintable(request.path));
                }
            }
            QVERIFY(api > 0);
            QCOMPARE(images, 1); // each host served the preview of the model it knew
        }
    }
};

QTEST_GUILESS_MAIN(TestApiHosts)
#include "tst_apihosts.moc"
