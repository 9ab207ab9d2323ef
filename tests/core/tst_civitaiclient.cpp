// Parsing of Civitai's answers, from the recorded and current-shape fixtures.
#include "core/civitaiclient.h"
#include "core/filehasher.h"
#include "core/requestqueue.h"
#include "core/updatesavailable.h"
#include "fakecivitai.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace std::chrono_literals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CDM_FIXTURES_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

NetworkResponse answer(int status, const QByteArray &body)
{
    NetworkResponse response;
    response.status = status;
    response.body = body;
    return response;
}

} // namespace

class TestCivitaiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Batch answers are parsed on a thread of their own (megabytes of JSON); what they hold comes
    // back on the asking thread, where the run's state lives.
    void handsBatchAnswersBackOnTheAskingThread()
    {
        FakeCivitai server;
        QVERIFY(server.listen());
        const QString sha256 = FileHasher::hashBytes("answered");
        server.addModelFile(sha256, 101, 201);
        RequestQueue::Settings pacingOff;
        pacingOff.minPause = pacingOff.maxPause = 0ms;
        RequestQueue queue(pacingOff);
        CivitaiClient client(&queue, server.baseUrl());
        QObject asker;

        QList<QThread *> threads;
        TriageResult triage;
        BatchLookupResult versions;
        ModelsResult models;
        client.triageHashes({ sha256 }, &asker, [&](const TriageResult &result) {
            threads.append(QThread::currentThread());
            triage = result;
        });
        client.lookupVersions({ sha256 }, &asker, [&](const BatchLookupResult &result) {
            threads.append(QThread::currentThread());
            versions = result;
        });
        client.fetchModels({ 101 }, &asker, [&](const ModelsResult &result) {
            threads.append(QThread::currentThread());
            models = result;
        });
        QTRY_COMPARE(threads.size(), 3);
        QCOMPARE(threads, QList<QThread *>(3, QThread::currentThread()));
        QCOMPARE(triage.known.value(sha256).versionId, 201);
        QVERIFY(versions.versions.contains(sha256));
        QVERIFY(models.models.contains(101));
    }

    void parsesVersionsOfEveryEra_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("current") << QStringLiteral("model-version-by-hash.json");
        QTest::newRow("archived model") << QStringLiteral("model-version-archived.json");
        QTest::newRow("recorded 2022") << QStringLiteral("recorded/model-version-1318-2022.json");
        QTest::newRow("recorded 2024")
            << QStringLiteral("recorded/model-version-by-hash-2024-11.json");
        QTest::newRow("model today") << QStringLiteral("model.json");
        QTest::newRow("model 2023") << QStringLiteral("model-legacy-2023.json");
        QTest::newRow("model 2026") << QStringLiteral("recorded/model-2833924-2026-08.json");
    }

    void parsesVersionsOfEveryEra()
    {
        QFETCH(QString, file);
        const QByteArray body = fixture(file);
        QVERIFY2(!body.isEmpty(), qPrintable(file));
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const CivitaiResult result = object.contains(QLatin1String("modelVersions"))
            ? CivitaiClient::parseModelResponse(
                answer(200, body), qint64(object.value(QLatin1String("id")).toDouble()))
            : CivitaiClient::parseVersionResponse(answer(200, body));
        QVERIFY2(result.found(), qPrintable(result.error));
        QVERIFY(result.object.value(QLatin1String("id")).toDouble() > 0);
    }

    void tellsNotFoundFromFailure_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("404 json") << 404 << fixture(QStringLiteral("by-hash-404.json"))
                                  << int(CivitaiResult::Kind::NotFound);
        QTest::newRow("404 no primary file")
            << 404 << QByteArray(R"({"error":"Missing model file"})")
            << int(CivitaiResult::Kind::NotFound);
        QTest::newRow("404 of a proxy") << 404 << QByteArray(R"({"error":"Not Found"})")
                                        << int(CivitaiResult::Kind::Failed);
        QTest::newRow("404 model's answer to a version")
            << 404 << fixture(QStringLiteral("model-404.json")) << int(CivitaiResult::Kind::Failed);
        QTest::newRow("404 html") << 404 << QByteArray("<html><body>Not Found</body></html>")
                                  << int(CivitaiResult::Kind::Failed);
        QTest::newRow("500") << 500
                             << QByteArray(R"({"error":"Failed to fetch model version details"})")
                             << int(CivitaiResult::Kind::Failed);
        QTest::newRow("429") << 429 << QByteArray() << int(CivitaiResult::Kind::Failed);
        QTest::newRow("200 truncated") << 200 << fixture(QStringLiteral("model.json")).left(300)
                                       << int(CivitaiResult::Kind::Failed);
        QTest::newRow("200 not an object")
            << 200 << QByteArray("[1,2]") << int(CivitaiResult::Kind::Failed);
        QTest::newRow("200 without id")
            << 200 << QByteArray(R"({"name":"x"})") << int(CivitaiResult::Kind::Failed);
        QTest::newRow("200 hostile")
            << 200
            << QByteArray(R"({"id":1,"modelId":2,"name":"</script><script>alert(1)</script>"})")
            << int(CivitaiResult::Kind::Found);
        QTest::newRow("200 without modelId")
            << 200 << QByteArray(R"({"id":1,"name":"x"})") << int(CivitaiResult::Kind::Failed);
        QTest::newRow("200 negative id")
            << 200 << QByteArray(R"({"id":-1,"modelId":2})") << int(CivitaiResult::Kind::Failed);
        QTest::newRow("200 fractional modelId")
            << 200 << QByteArray(R"({"id":1,"modelId":2.5})") << int(CivitaiResult::Kind::Failed);
        QTest::newRow("200 images not a list")
            << 200 << QByteArray(R"({"id":1,"modelId":2,"images":{}})")
            << int(CivitaiResult::Kind::Failed);
    }

    void tellsNotFoundFromFailure()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QCOMPARE(int(CivitaiClient::parseVersionResponse(answer(status, body)).kind), kind);
    }

    void acceptsOnlyTheModelAskedFor()
    {
        const QByteArray model = fixture(QStringLiteral("model.json"));
        const qint64 id = qint64(
            QJsonDocument::fromJson(model).object().value(QLatin1String("id")).toDouble());
        QVERIFY(CivitaiClient::parseModelResponse(answer(200, model), id).found());
        QCOMPARE(CivitaiClient::parseModelResponse(answer(200, model), id + 1).kind,
                 CivitaiResult::Kind::Failed);
        QCOMPARE(CivitaiClient::parseModelResponse(
                     answer(404, R"({"error":"No model with id 7"})"), 7)
                     .kind,
                 CivitaiResult::Kind::NotFound);
        QCOMPARE(CivitaiClient::parseModelResponse(
                     answer(404, R"({"error":"No model with id 8"})"), 7)
                     .kind,
                 CivitaiResult::Kind::Failed);
        QCOMPARE(CivitaiClient::parseModelResponse(answer(404, R"({"error":"Model not found"})"), 7)
                     .kind,
                 CivitaiResult::Kind::Failed);
    }

    void neverTakesANetworkFailureForNotFound()
    {
        NetworkResponse response;
        response.outcome = NetworkResponse::Outcome::TimedOut;
        response.attempts = 4;
        const CivitaiResult result = CivitaiClient::parseVersionResponse(response);
        QCOMPARE(result.kind, CivitaiResult::Kind::Failed);
        QVERIFY(result.error.contains(QLatin1String("timed out")));
    }

    void mapsBatchAnswersBackThroughFileHashes()
    {
        const QByteArray body = fixture(QStringLiteral("by-hash-batch.json"));
        const QJsonArray versions = QJsonDocument::fromJson(body).array();
        QCOMPARE(versions.size(), 2);
        QStringList wanted;
        for (const QJsonValue &version : versions)
            wanted.append(version.toObject()
                              .value(QLatin1String("files"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("hashes"))
                              .toObject()
                              .value(QLatin1String("SHA256"))
                              .toString()
                              .toLower());
        wanted.append(QString(64, QLatin1Char('0'))); // unknown: simply absent
        const BatchLookupResult result
            = CivitaiClient::parseBatchResponse(answer(200, body), wanted);
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.supported);
        QCOMPARE(result.versions.size(), 2);
        QCOMPARE(result.versions.value(wanted.at(0)).value(QLatin1String("id")).toInt(),
                 versions.at(0).toObject().value(QLatin1String("id")).toInt());
        QVERIFY(!result.versions.contains(wanted.at(2)));
    }

    void fallsBackWhenBatchesAreRefused()
    {
        QVERIFY(!CivitaiClient::parseBatchResponse(
                     answer(400, fixture(QStringLiteral("by-hash-batch-400.json"))), {})
                     .supported);
        QVERIFY(!CivitaiClient::parseBatchResponse(answer(404, "<html>"), {}).supported);
        const BatchLookupResult failed
            = CivitaiClient::parseBatchResponse(answer(503, "<html>"), {});
        QVERIFY(failed.supported);
        QVERIFY(!failed.error.isEmpty());
    }

    void sortsHashesIntoKnownAndUnknown()
    {
        const QString known(64, QLatin1Char('A'));
        const QString old(64, QLatin1Char('b'));
        const TriageResult result = CivitaiClient::parseTriageResponse(answer(
            200,
            QStringLiteral(R"([{"modelVersionId": 201, "modelId": 101, "hash": "%1"},
                              {"modelVersionId": 202, "hash": "%2"}])")
                .arg(known, old)
                .toUtf8()));
        QVERIFY(result.supported);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.known.size(), 2);
        QCOMPARE(result.known.value(known.toLower()).versionId, 201);
        QCOMPARE(result.known.value(known.toLower()).modelId, 101);
        QCOMPARE(result.known.value(old).modelId, 0); // servers before 2026-07 did not say

        // Bare version ids (servers before 2026) say nothing of our hashes: fetch versions.
        QVERIFY(!CivitaiClient::parseTriageResponse(answer(200, "[201, 202]")).supported);
        QVERIFY(!CivitaiClient::parseTriageResponse(answer(400, "{}")).supported);
        const TriageResult failed = CivitaiClient::parseTriageResponse(answer(502, "<html>"));
        QVERIFY(failed.supported);
        QVERIFY(!failed.error.isEmpty());
        QVERIFY(!CivitaiClient::parseTriageResponse(answer(200, "{}")).error.isEmpty());
    }

    void readsABatchOfModelsAndLeavesOutBadOnes()
    {
        const QJsonObject model
            = QJsonDocument::fromJson(fixture(QStringLiteral("model.json"))).object();
        QJsonObject bad = model;
        bad.insert(QStringLiteral("id"), 7);
        bad.insert(QStringLiteral("modelVersions"), QStringLiteral("none"));
        const QJsonObject page { { QStringLiteral("items"), QJsonArray { model, bad, 5 } },
                                 { QStringLiteral("metadata"), QJsonObject() } };
        const ModelsResult result = CivitaiClient::parseModelsResponse(
            answer(200, QJsonDocument(page).toJson()));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.models.keys(), QList<qint64> { model.value(QLatin1String("id")).toInteger() });
        QCOMPARE(result.models.constBegin()->object(), model);

        QVERIFY(!CivitaiClient::parseModelsResponse(answer(200, "[]")).error.isEmpty());
        QVERIFY(CivitaiClient::parseModelsResponse(answer(200, "{\"items\": [{}"))
                    .error.contains(QLatin1String("malformed JSON")));
        QVERIFY(!CivitaiClient::parseModelsResponse(answer(200, "{\"items\": 3}")).error.isEmpty());
        QVERIFY(!CivitaiClient::parseModelsResponse(answer(404, "<html>")).supported);
        QVERIFY(!CivitaiClient::parseModelsResponse(answer(429, "{}")).error.isEmpty());
    }

    void findsTheFullSizeImage()
    {
        const QUrl thumbnail(
            QStringLiteral("https://imagecache.civitai.com/xG1/uuid/width=450/123.jpeg"));
        QCOMPARE(CivitaiClient::fullSizeImageUrl(thumbnail).toString(),
                 QStringLiteral("https://imagecache.civitai.com/xG1/uuid/original=true/123.jpeg"));
        const QUrl original(
            QStringLiteral("https://image.civitai.com/xG1/uuid/original=true/123.jpeg"));
        QCOMPARE(CivitaiClient::fullSizeImageUrl(original), original);
        QCOMPARE(CivitaiClient::resizedImageUrl(original).toString(),
                 QStringLiteral("https://image.civitai.com/xG1/uuid/width=1024/123.jpeg"));
    }

    void findsANewerVersion()
    {
        const QJsonObject model
            = QJsonDocument::fromJson(fixture(QStringLiteral("model.json"))).object();
        const QJsonArray versions = model.value(QLatin1String("modelVersions")).toArray();
        QVERIFY(versions.size() >= 2);
        QJsonObject older = versions.at(1).toObject();
        older.insert(QStringLiteral("publishedAt"), QStringLiteral("2024-11-20T10:00:00.000Z"));
        QJsonObject adjusted = model;
        QJsonArray adjustedVersions = versions;
        adjustedVersions[1] = older;
        adjusted.insert(QStringLiteral("modelVersions"), adjustedVersions);

        const QJsonObject update = UpdatesAvailable::newerVersion(adjusted, older);
        QCOMPARE(update.value(QLatin1String("newest_version_id")).toInt(),
                 versions.at(0).toObject().value(QLatin1String("id")).toInt());
        QCOMPARE(update.value(QLatin1String("local_version_id")).toInt(),
                 older.value(QLatin1String("id")).toInt());
        QVERIFY(update.value(QLatin1String("civitai_url"))
                    .toString()
                    .contains(QLatin1String("?modelVersionId=")));
        QVERIFY(UpdatesAvailable::newerVersion(adjusted, versions.at(0).toObject()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCivitaiClient)
#include "tst_civitaiclient.moc"
