#include "core/requestqueue.h"
#include "fakecivitai.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// Fast settings: no pacing, short backoff, so the retry logic is exercised in milliseconds.
RequestQueue::Settings quickSettings()
{
    RequestQueue::Settings settings;
    settings.minPause = 0ms;
    settings.maxPause = 0ms;
    settings.backoffBase = 20ms;
    settings.backoffCap = 200ms;
    settings.timeout = 2000ms;
    return settings;
}

NetworkResponse fetch(RequestQueue &queue, const QUrl &url,
                      NetworkRequest::Lane lane = NetworkRequest::Lane::Api,
                      const QString &downloadPath = {})
{
    NetworkResponse result;
    bool done = false;
    NetworkRequest request;
    request.url = url;
    request.lane = lane;
    request.downloadPath = downloadPath;
    queue.enqueue(request, nullptr, [&](const NetworkResponse &response) {
        result = response;
        done = true;
    });
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    if (!done)
        result.errorString = QStringLiteral("no answer within 30 s");
    return result;
}

} // namespace

class TestRequestQueue final : public QObject
{
    Q_OBJECT

private:
    FakeCivitai m_server;
    QString m_sha = QString(64, QLatin1Char('a'));

    QUrl api(const QString &path) const { return m_server.baseUrl().resolved(QUrl(path)); }
    QUrl byHash() const { return api(QStringLiteral("/api/v1/model-versions/by-hash/") + m_sha); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addModelFile(m_sha, 10, 20);
    }

    void init()
    {
        m_server.clearRequests();
        m_server.clearFaults();
    }

    void getsAnAnswer()
    {
        RequestQueue queue(quickSettings());
        const NetworkResponse response = fetch(queue, byHash());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains("\"modelId\""));
        QCOMPARE(response.attempts, 1);
        const FakeCivitai::Request request = m_server.requests().constLast();
        QCOMPARE(request.headers.value("user-agent"), RequestQueue::userAgent());
    }

    void deliversA404AsAnAnswerWithoutRetrying()
    {
        RequestQueue queue(quickSettings());
        const NetworkResponse response = fetch(
            queue,
            api(QStringLiteral("/api/v1/model-versions/by-hash/") + QString(64, QLatin1Char('b'))));
        QCOMPARE(response.outcome, NetworkResponse::Outcome::Finished);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.attempts, 1);
    }

    void retriesServerErrorsABoundedNumberOfTimes()
    {
        RequestQueue queue(quickSettings());
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::status(500), 2);
        const NetworkResponse recovered = fetch(queue, byHash());
        QVERIFY(recovered.isSuccess());
        QCOMPARE(recovered.attempts, 3);

        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::htmlError(503), 10);
        const NetworkResponse givenUp = fetch(queue, byHash());
        QCOMPARE(givenUp.status, 503);
        QCOMPARE(givenUp.attempts, quickSettings().maxAttempts);
    }

    void honoursRetryAfter()
    {
        RequestQueue queue(quickSettings());
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("1")));
        QElapsedTimer timer;
        timer.start();
        const NetworkResponse response = fetch(queue, byHash());
        QVERIFY(response.isSuccess());
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(waiting.size(), 1);
        QVERIFY(waiting.constFirst().at(0).toString().contains(QLatin1String("429")));
    }

    void honoursRetryAfterAsAnHttpDate()
    {
        RequestQueue queue(quickSettings());
        const QString inTwoSeconds
            = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::RFC2822Date);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(inTwoSeconds));
        QElapsedTimer timer;
        timer.start();
        const NetworkResponse response = fetch(queue, byHash());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 2);
        QVERIFY2(timer.elapsed() >= 900,
                 qPrintable(QString::number(timer.elapsed()))); // whole seconds: 1-2 s
    }

    void waitsForASlowAnswer()
    {
        RequestQueue::Settings settings = quickSettings();
        settings.timeout = 1500ms;
        RequestQueue queue(settings);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::slow(600));
        const NetworkResponse response = fetch(queue, byHash());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 1);
    }

    void backsOffWithoutRetryAfterAndPausesTheWholeLane()
    {
        RequestQueue queue(quickSettings());
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(std::nullopt), 2);
        int done = 0;
        for (int i = 0; i < 3; ++i) {
            NetworkRequest request;
            request.url = byHash();
            queue.enqueue(request, nullptr,
                          [&](const NetworkResponse &response) { done += response.isSuccess(); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 20000);
    }

    void timesOutAStalledRequestAndRetries()
    {
        RequestQueue::Settings settings = quickSettings();
        settings.timeout = 300ms;
        RequestQueue queue(settings);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::stall());
        const NetworkResponse response = fetch(queue, byHash());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 2);

        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::stall(), 10);
        const NetworkResponse gaveUp = fetch(queue, byHash());
        QCOMPARE(gaveUp.outcome, NetworkResponse::Outcome::TimedOut);
        QVERIFY(!gaveUp.isSuccess());
    }

    void retriesTruncatedAndResetResponses()
    {
        RequestQueue queue(quickSettings());
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::truncatedJson());
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::resetMidBody());
        const NetworkResponse response = fetch(queue, byHash());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 3);
    }

    void streamsDownloadsAndDiscardsBrokenOnes()
    {
        const QJsonObject version = m_server.makeVersion(m_sha, 10, 20, 1);
        const QUrl image(version.value(QLatin1String("images"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QLatin1String("url"))
                             .toString());
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral(".preview.part"));
        RequestQueue queue(quickSettings());
        const NetworkResponse ok = fetch(queue, image, NetworkRequest::Lane::Media, part);
        QVERIFY(ok.isSuccess());
        QVERIFY(ok.body.isEmpty());
        QVERIFY(QFileInfo(part).size() > 0);
        QVERIFY(ok.contentType.startsWith("image/"));

        QFile::remove(part);
        m_server.injectFault(image.path(), FakeCivitai::Fault::resetMidBody(), 10);
        const NetworkResponse broken = fetch(queue, image, NetworkRequest::Lane::Media, part);
        QCOMPARE(broken.outcome, NetworkResponse::Outcome::NetworkError);
        QVERIFY(!QFile::exists(part));
    }

    void sendsTheKeyOnlyToTheApiOrigin()
    {
        FakeCivitai cdn;
        QVERIFY(cdn.listen());
        cdn.addFile(QStringLiteral("/img/1.jpeg"), "jpeg", QStringLiteral("image/jpeg"));
        // The API redirects to another host: the key must not follow.
        m_server.injectFault(
            QStringLiteral("/api/v1/models/77"),
            FakeCivitai::Fault::status(
                302, {},
                { { "Location",
                    cdn.baseUrl().resolved(QUrl(QStringLiteral("/img/1.jpeg"))).toEncoded() } }));

        RequestQueue::Settings settings = quickSettings();
        settings.redirectsIntoPrivateNetworks = true; // both fakes are on 127.0.0.1
        RequestQueue queue(settings);
        queue.setApiBase(m_server.baseUrl());
        queue.setApiKey(QStringLiteral("secret-key"));
        QVERIFY(fetch(queue, byHash()).isSuccess());
        QCOMPARE(m_server.requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer secret-key"));

        const NetworkResponse redirected = fetch(queue, api(QStringLiteral("/api/v1/models/77")));
        QVERIFY(redirected.isSuccess());
        QCOMPARE(redirected.body, QByteArray("jpeg"));
        QVERIFY(fetch(queue, cdn.baseUrl().resolved(QUrl(QStringLiteral("/img/1.jpeg"))),
                      NetworkRequest::Lane::Media)
                    .isSuccess());
        QCOMPARE(cdn.requestCount(), 2);
        for (const FakeCivitai::Request &request : cdn.requests())
            QVERIFY(!request.headers.contains("authorization"));
    }

    void tellsPrivateAddressesApart_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("isPrivate");
        for (const char *host : { "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1",
                                  "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                                  "::1", "fc00::1", "fd12::1", "fe80::1", "::ffff:127.0.0.1",
                                  "localhost", "LOCALHOST", "localhost.", "api.localhost" })
            QTest::newRow(host) << QString::fromLatin1(host) << true;
        for (const char *host : { "image.civitai.com", "civitai.com", "8.8.8.8", "172.32.0.1",
                                  "192.169.0.1", "2606:4700::1", "localhost.example.com" })
            QTest::newRow(host) << QString::fromLatin1(host) << false;
    }

    void tellsPrivateAddressesApart()
    {
        QFETCH(QString, host);
        QFETCH(bool, isPrivate);
        QCOMPARE(RequestQueue::isPrivateHost(host), isPrivate);
        // QUrl writes other spellings of an address (2130706433, 0x7f000001, 127.1) as these.
        QCOMPARE(RequestQueue::isPrivateHost(QUrl(QStringLiteral("http://2130706433/")).host()),
                 true);
    }

    void refusesAnswersLargerThanAsked()
    {
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("big.part"));
        m_server.addFile(QStringLiteral("/img/big.jpeg"), QByteArray(100000, 'x'),
                         QStringLiteral("image/jpeg"));
        RequestQueue queue(quickSettings());
        NetworkResponse result;
        NetworkRequest request;
        request.url = api(QStringLiteral("/img/big.jpeg"));
        request.lane = NetworkRequest::Lane::Media;
        request.downloadPath = part;
        request.maxBytes = 1000;
        bool done = false;
        queue.enqueue(request, nullptr, [&](const NetworkResponse &response) {
            result = response;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.outcome, NetworkResponse::Outcome::Refused);
        QCOMPARE(result.attempts, 1); // not retried
        QVERIFY(!QFile::exists(part));
    }

    void neverFetchesLocalFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath(QStringLiteral("secret"))).open(QIODevice::WriteOnly));
        const QUrl secret = QUrl::fromLocalFile(dir.filePath(QStringLiteral("secret")));
        RequestQueue queue(quickSettings());
        const NetworkResponse response = fetch(queue, secret, NetworkRequest::Lane::Media);
        QCOMPARE(response.outcome, NetworkResponse::Outcome::LocalError);
        QVERIFY(response.errorString.contains(QLatin1String("not an http(s) address")));

        // Nor through a redirect.
        m_server.injectFault(
            QStringLiteral("/api/v1/models/5"),
            FakeCivitai::Fault::status(302, {}, { { "Location", secret.toEncoded() } }));
        QCOMPARE(fetch(queue, api(QStringLiteral("/api/v1/models/5"))).outcome,
                 NetworkResponse::Outcome::LocalError);
    }

    void pacesApiRequests()
    {
        RequestQueue::Settings settings = quickSettings();
        settings.minPause = 300ms;
        settings.maxPause = 400ms;
        RequestQueue queue(settings);
        int done = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i) {
            NetworkRequest request;
            request.url = byHash();
            queue.enqueue(request, nullptr, [&](const NetworkResponse &) { ++done; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 10000);
        QVERIFY2(timer.elapsed() >= 600,
                 qPrintable(QString::number(timer.elapsed()))); // two pauses
    }

    void sendsNothingWhilePausedAndResumes()
    {
        RequestQueue queue(quickSettings());
        queue.setPaused(true);
        int done = 0;
        for (int i = 0; i < 2; ++i) {
            NetworkRequest request;
            request.url = byHash();
            queue.enqueue(request, nullptr, [&](const NetworkResponse &) { ++done; });
        }
        QTest::qWait(300);
        QCOMPARE(m_server.requestCount(), 0);
        queue.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, 5000);
    }

    void cancelsEverything()
    {
        RequestQueue queue(quickSettings());
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::stall(), 10);
        QList<NetworkResponse::Outcome> outcomes;
        for (int i = 0; i < 5; ++i) {
            NetworkRequest request;
            request.url = byHash();
            queue.enqueue(request, nullptr, [&](const NetworkResponse &response) {
                outcomes.append(response.outcome);
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount() >= 1, 5000);
        queue.cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 5, 5000);
        for (const NetworkResponse::Outcome outcome : std::as_const(outcomes))
            QCOMPARE(outcome, NetworkResponse::Outcome::Cancelled);
    }

    void dropsCallbacksOfDeadContexts()
    {
        RequestQueue queue(quickSettings());
        bool called = false;
        {
            QObject context;
            NetworkRequest request;
            request.url = byHash();
            queue.enqueue(request, &context, [&](const NetworkResponse &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
