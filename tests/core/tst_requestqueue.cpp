#include "core/networkaddress.h"
#include "core/requestqueue.h"
#include "fakecivitai.h"
#include "fakeclock.h"
#include "hostalias.h"

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

// Starts a request whose answer lands in `response`; the test waits for it as it needs.
void enqueueInto(RequestQueue &queue, const QUrl &url, NetworkResponse *response)
{
    NetworkRequest request;
    request.url = url;
    queue.enqueue(request, nullptr,
                  [response](const NetworkResponse &answer) { *response = answer; });
}

// Settings for tests on a FakeClock: waits are long, as in a real run, and cost no time.
RequestQueue::Settings clockedSettings()
{
    RequestQueue::Settings settings = quickSettings();
    settings.backoffBase = 1000ms;
    settings.backoffCap = 60000ms;
    return settings;
}

} // namespace

class TestRequestQueue final : public QObject
{
    Q_OBJECT

private:
    FakeCivitai m_server;
    int m_sentinels = 0;
    QString m_sha = QString(64, QLatin1Char('a'));

    QUrl api(const QString &path) const { return m_server.baseUrl().resolved(QUrl(path)); }
    QUrl byHash() const { return api(QStringLiteral("/api/v1/model-versions/by-hash/") + m_sha); }
    int byHashRequests() const
    {
        return m_server.requestCount(QStringLiteral("/api/v1/model-versions/by-hash/"));
    }

    // Sends a media request, which nothing blocks: once it is answered, `queue` has had every
    // chance to send what it was free to send. Returns the other requests `queue` put on the
    // wire, retries included (this test's sentinels left out).
    int sentBesidesSentinels(RequestQueue &queue)
    {
        if (!fetch(queue, api(QStringLiteral("/img/sentinel.jpeg")), NetworkRequest::Lane::Media)
                 .isSuccess())
            return -1;
        return queue.requestsSent() - ++m_sentinels;
    }

    // As sentBesidesSentinels, through the API lane: for tests that hold the media lane up.
    int sentBesidesApiSentinels(RequestQueue &queue)
    {
        if (!fetch(queue, api(QStringLiteral("/api/v1/models/10"))).isSuccess())
            return -1;
        return queue.requestsSent() - ++m_sentinels;
    }

    // Enqueues media requests for /img/p<first> to /img/p<last>; their answers land in
    // `responses`.
    void enqueuePreviews(RequestQueue &queue, int first, int last,
                         QList<NetworkResponse> *responses)
    {
        for (int i = first; i <= last; ++i) {
            NetworkRequest request;
            request.url = api(QStringLiteral("/img/p%1").arg(i));
            request.lane = NetworkRequest::Lane::Media;
            queue.enqueue(request, nullptr, [responses](const NetworkResponse &response) {
                responses->append(response);
            });
        }
    }

    static std::pair<RequestQueue::WaitKind, qint64> waitOf(const QSignalSpy &spy, int index)
    {
        return { spy.at(index).at(0).value<RequestQueue::WaitKind>(),
                 spy.at(index).at(2).toLongLong() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addModelFile(m_sha, 10, 20);
        m_server.addFile(QStringLiteral("/img/sentinel.jpeg"), "jpeg",
                         QStringLiteral("image/jpeg"));
        for (int i = 0; i < 8; ++i)
            m_server.addFile(QStringLiteral("/img/p%1").arg(i), "jpeg",
                             QStringLiteral("image/jpeg"));
    }

    void init()
    {
        m_server.clearRequests();
        m_server.clearFaults();
        m_sentinels = 0;
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
        FakeClock clock;
        RequestQueue queue(clockedSettings(), nullptr, &clock);
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("5")));
        NetworkResponse response;
        enqueueInto(queue, byHash(), &response);
        QTRY_COMPARE(waiting.size(), 1);
        QCOMPARE(waitOf(waiting, 0), std::pair(RequestQueue::WaitKind::RateLimited, qint64(5000)));
        QVERIFY(waiting.constFirst().at(1).toString().contains(QLatin1String("429")));

        clock.advance(4999ms);
        QCOMPARE(sentBesidesSentinels(queue), 1); // the 429
        QCOMPARE(byHashRequests(), 1);
        clock.advance(1ms);
        QTRY_VERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 2);
    }

    void honoursRetryAfterAsAnHttpDate()
    {
        FakeClock clock;
        RequestQueue queue(clockedSettings(), nullptr, &clock);
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(
                                 clock.currentUtc().addSecs(3).toString(Qt::RFC2822Date)));
        NetworkResponse response;
        enqueueInto(queue, byHash(), &response);
        QTRY_COMPARE(waiting.size(), 1);
        QCOMPARE(waitOf(waiting, 0), std::pair(RequestQueue::WaitKind::RateLimited, qint64(3000)));
        clock.advance(3000ms);
        QTRY_VERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 2);
    }

    void backsOffExponentiallyWithJitter()
    {
        FakeClock clock;
        RequestQueue queue(clockedSettings(), nullptr, &clock);
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::status(503), 3);
        NetworkResponse response;
        enqueueInto(queue, byHash(), &response);
        // Attempt n waits between half and all of 1 s * 2^(n-1).
        for (int retry = 0; retry < 3; ++retry) {
            QTRY_COMPARE(waiting.size(), retry + 1);
            const auto [kind, wait] = waitOf(waiting, retry);
            QCOMPARE(kind, RequestQueue::WaitKind::Retrying);
            const qint64 ceiling = 1000 << retry;
            QVERIFY2(wait >= ceiling / 2 && wait <= ceiling, qPrintable(QString::number(wait)));
            clock.advance(std::chrono::milliseconds(wait - 1));
            QCOMPARE(sentBesidesSentinels(queue), retry + 1);
            QCOMPARE(byHashRequests(), retry + 1);
            clock.advance(1ms);
            QTRY_COMPARE(byHashRequests(), retry + 2);
        }
        QTRY_VERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 4);
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

    void backsOffWithoutRetryAfter()
    {
        FakeClock clock;
        RequestQueue queue(clockedSettings(), nullptr, &clock);
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(std::nullopt));
        NetworkResponse response;
        enqueueInto(queue, byHash(), &response);
        QTRY_COMPARE(waiting.size(), 1);
        const auto [kind, wait] = waitOf(waiting, 0);
        QCOMPARE(kind, RequestQueue::WaitKind::RateLimited);
        QVERIFY2(wait >= 1000 && wait <= 2000, qPrintable(QString::number(wait)));
        clock.advance(std::chrono::milliseconds(wait - 1));
        QCOMPARE(sentBesidesSentinels(queue), 1);
        clock.advance(1ms);
        QTRY_VERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 2);
    }

    void waitsOutARateLimitLongerAndLonger()
    {
        // Ten 429s in a row (the old queue gave up after six): each is waited out, longer each
        // time from the second on, whatever Retry-After says, and the request goes through.
        FakeClock clock;
        RequestQueue queue(clockedSettings(), nullptr, &clock);
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("1")), 10);
        NetworkResponse response;
        enqueueInto(queue, byHash(), &response);
        QList<qint64> waits;
        for (int i = 0; i < 10; ++i) {
            QTRY_COMPARE(waiting.size(), i + 1);
            const auto [kind, wait] = waitOf(waiting, i);
            QCOMPARE(kind, RequestQueue::WaitKind::RateLimited);
            QVERIFY2(wait >= 1000, qPrintable(QString::number(wait)));
            waits.append(wait);
            clock.advance(std::chrono::milliseconds(wait));
        }
        QTRY_VERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 11);
        QCOMPARE(waits.constFirst(), 1000); // Retry-After, exactly, the first time
        QVERIFY2(waits.constLast() >= 60000, qPrintable(QString::number(waits.constLast())));
    }

    void failsForRateLimitsOnlyFarBeyondAnyWindow()
    {
        FakeClock clock;
        RequestQueue::Settings settings = clockedSettings();
        settings.maxRateLimitedWait = 10s;
        RequestQueue queue(settings, nullptr, &clock);
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("4")), 10);
        NetworkResponse response;
        enqueueInto(queue, byHash(), &response);
        // 4 s, then at least 4 s: 8 s waited; the third 429 would pass 10 s.
        for (int i = 0; i < 2; ++i) {
            QTRY_COMPARE(waiting.size(), i + 1);
            clock.advance(std::chrono::milliseconds(waitOf(waiting, i).second));
        }
        QTRY_COMPARE(response.status, 429);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(waiting.size(), 2);
    }

    void pausesTheWholeLaneWhenRateLimited()
    {
        // A request whose own retry is due sooner still waits out another's 429.
        FakeClock clock;
        RequestQueue::Settings settings = clockedSettings();
        settings.timeout = 300ms; // real time: the fake server stalls in real time
        RequestQueue queue(settings, nullptr, &clock); // up to 3 API requests at once
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        m_server.injectFault(QStringLiteral("/api/v1/models/10"), FakeCivitai::Fault::stall());
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("5")));
        QList<NetworkResponse> responses;
        const auto collect = [&](const NetworkResponse &response) {
            responses.append(response);
        };
        NetworkRequest stalled;
        stalled.url = api(QStringLiteral("/api/v1/models/10"));
        queue.enqueue(stalled, nullptr, collect);
        NetworkRequest limited;
        limited.url = byHash();
        queue.enqueue(limited, nullptr, collect);

        QTRY_COMPARE(waiting.size(), 2); // the 429's 5 s, then the timeout's backoff
        QCOMPARE(waitOf(waiting, 0), std::pair(RequestQueue::WaitKind::RateLimited, qint64(5000)));
        const auto [kind, retryWait] = waitOf(waiting, 1);
        QCOMPARE(kind, RequestQueue::WaitKind::Retrying);
        QVERIFY2(retryWait <= 1000, qPrintable(QString::number(retryWait)));

        clock.advance(4999ms);
        QCOMPARE(sentBesidesSentinels(queue), 2); // the lane paused: no retry yet
        clock.advance(1ms);
        QTRY_COMPARE(responses.size(), 2);
        for (const NetworkResponse &response : std::as_const(responses)) {
            QVERIFY(response.isSuccess());
            QCOMPARE(response.attempts, 2);
        }
    }

    void downloadsPreviewsNAtATime()
    {
        // Every preview stalls: exactly N are on the wire at once, the others wait their turn.
        RequestQueue::Settings settings = quickSettings();
        settings.maxMediaInFlight = 5;
        RequestQueue queue(settings);
        m_server.injectFault(QStringLiteral("/img/p"), FakeCivitai::Fault::stall(), 8);
        QList<NetworkResponse> responses;
        enqueuePreviews(queue, 0, 7, &responses);
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("/img/p")), 5); // 5 connections at once
        QCOMPARE(sentBesidesApiSentinels(queue), 5); // and no sixth, while lookups go through
        QCOMPARE(m_server.requestCount(QStringLiteral("/img/p")), 5);
        QVERIFY(responses.isEmpty());
        queue.cancelAll();
        QTRY_COMPARE(responses.size(), 8);
    }

    void rateLimitsPauseOnlyTheirOwnLane()
    {
        // The image host's 429 holds previews back, not lookups; the API's holds lookups, not
        // previews.
        FakeClock clock;
        RequestQueue queue(clockedSettings(), nullptr, &clock);
        m_server.injectFault(QStringLiteral("/img/p0"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("60")));
        QList<NetworkResponse> previews;
        enqueuePreviews(queue, 0, 0, &previews);
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("/img/p0")), 1);
        QCOMPARE(sentBesidesApiSentinels(queue), 1); // the API lane goes on at once
        QVERIFY(fetch(queue, byHash()).isSuccess());
        QVERIFY(previews.isEmpty());

        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("600")));
        NetworkResponse lookup;
        enqueueInto(queue, byHash(), &lookup);
        QTRY_COMPARE(byHashRequests(), 2);
        // The image host's wait ends (the clock moves on however late its 429 was handled);
        // the API's does not.
        QTRY_VERIFY((clock.advance(10s), previews.size() == 1));
        QVERIFY(previews.constFirst().isSuccess());
        enqueuePreviews(queue, 1, 1, &previews);
        QTRY_COMPARE(previews.size(), 2);
        QVERIFY(previews.constLast().isSuccess());
        QCOMPARE(lookup.status, 0); // still waiting out its 429
        QTRY_VERIFY((clock.advance(60s), lookup.isSuccess()));
    }

    void narrowsThePreviewLaneWhileTheImageHostFails()
    {
        // Server errors from the image host: the lane waits as a whole, then sends one request at
        // a time; a download that succeeds opens it to N again.
        FakeClock clock;
        RequestQueue::Settings settings = clockedSettings();
        settings.maxMediaInFlight = 3;
        RequestQueue queue(settings, nullptr, &clock);
        m_server.injectFault(QStringLiteral("/img/p"), FakeCivitai::Fault::status(503), 3);
        QList<NetworkResponse> responses;
        enqueuePreviews(queue, 0, 4, &responses);
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("/img/p")), 3);
        m_server.injectFault(QStringLiteral("/img/p"), FakeCivitai::Fault::stall());
        QCOMPARE(sentBesidesApiSentinels(queue), 3); // nothing more while the lane waits
        clock.advance(1s); // each request's own retry is due, the lane's wait is not
        QCOMPARE(sentBesidesApiSentinels(queue), 3);
        // The clock moves on until the lane's wait is over, however late the 503s are handled.
        QTRY_VERIFY((clock.advance(60s), m_server.requestCount(QStringLiteral("/img/p")) == 4));
        QCOMPARE(sentBesidesApiSentinels(queue), 4); // one at a time: it stalls, nothing follows
        queue.cancelAll();
        QTRY_COMPARE(responses.size(), 5);

        // A success opens the lane again: the next three go out together.
        m_server.clearRequests();
        m_server.injectFault(QStringLiteral("/img/p"), FakeCivitai::Fault::status(503));
        responses.clear();
        enqueuePreviews(queue, 0, 0, &responses);
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("/img/p")), 1);
        QTRY_VERIFY((clock.advance(60s), responses.size() == 1));
        QVERIFY(responses.constFirst().isSuccess());
        m_server.injectFault(QStringLiteral("/img/p"), FakeCivitai::Fault::stall(), 3);
        enqueuePreviews(queue, 1, 4, &responses);
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("/img/p")), 5);
        QCOMPARE(sentBesidesApiSentinels(queue), 4 + 5); // the fourth waits for a free place
        queue.cancelAll();
        QTRY_COMPARE(responses.size(), 5);
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
        const HostAlias alias(QStringLiteral("cdn.example"), cdn.baseUrl().port());
        m_server.injectFault(QStringLiteral("/api/v1/models/77"),
                             FakeCivitai::Fault::status(
                                 302, {}, { { "Location", "http://cdn.example/img/1.jpeg" } }));

        RequestQueue queue(quickSettings());
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
        QCOMPARE(NetworkAddress::isPrivateHost(host), isPrivate);
        // QUrl writes other spellings of an address (2130706433, 0x7f000001, 127.1) as these.
        QCOMPARE(NetworkAddress::isPrivateHost(QUrl(QStringLiteral("http://2130706433/")).host()),
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
        FakeClock clock;
        RequestQueue::Settings settings = clockedSettings();
        settings.minPause = 3000ms;
        settings.maxPause = 3000ms;
        RequestQueue queue(settings, nullptr, &clock);
        QSignalSpy waiting(&queue, &RequestQueue::waiting);
        int done = 0;
        for (int i = 0; i < 2; ++i) {
            NetworkRequest request;
            request.url = byHash();
            queue.enqueue(request, nullptr, [&](const NetworkResponse &) { ++done; });
        }
        QTRY_COMPARE(done, 1);
        QTRY_COMPARE(waiting.size(), 1);
        QCOMPARE(waitOf(waiting, 0), std::pair(RequestQueue::WaitKind::PolitePause, qint64(3000)));
        clock.advance(2999ms);
        QCOMPARE(sentBesidesSentinels(queue), 1);
        QCOMPARE(byHashRequests(), 1);
        clock.advance(1ms);
        QTRY_COMPARE(done, 2);
    }

    // CivArchive's lane has its own pace, waits for no pause of Civitai's, never carries the
    // key (even to the API's origin) and gives its 429 back at once: its cap is hourly.
    void pacesTheCivArchiveLaneOnItsOwn()
    {
        FakeClock clock;
        RequestQueue::Settings settings = clockedSettings();
        settings.minPause = 60000ms;
        settings.maxPause = 60000ms;
        settings.civArchivePause = 2000ms;
        RequestQueue queue(settings, nullptr, &clock);
        queue.setApiBase(m_server.baseUrl());
        queue.setApiKey(QStringLiteral("civitai-key"));
        int apiDone = 0;
        QList<NetworkResponse> archive;
        for (int i = 0; i < 2; ++i) {
            NetworkRequest request;
            request.url = byHash();
            queue.enqueue(request, nullptr, [&](const NetworkResponse &) { ++apiDone; });
            request.url = api(QStringLiteral("/api/v1/sha256/%1").arg(i));
            request.lane = NetworkRequest::Lane::CivArchive;
            queue.enqueue(request, nullptr,
                          [&](const NetworkResponse &response) { archive.append(response); });
        }
        QTRY_COMPARE(apiDone, 1);
        QTRY_COMPARE(archive.size(), 1); // at once, beside the API's request
        clock.advance(1999ms);
        QCOMPARE(sentBesidesSentinels(queue), 2);
        clock.advance(1ms);
        QTRY_COMPARE(archive.size(), 2); // its own pause, not the API's minute
        QCOMPARE(apiDone, 1);
        const QList<FakeCivitai::Request> requests = m_server.requests();
        for (const FakeCivitai::Request &request : requests) {
            if (request.path.startsWith(QLatin1String("/api/v1/sha256/")))
                QVERIFY(!request.headers.contains("authorization"));
            else if (request.path.startsWith(QLatin1String("/api/v1/model-versions/")))
                QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer civitai-key"));
        }

        m_server.injectFault(QStringLiteral("/api/v1/sha256/"),
                             FakeCivitai::Fault::tooManyRequests(QStringLiteral("3600")));
        NetworkRequest capped;
        capped.url = api(QStringLiteral("/api/v1/sha256/2"));
        capped.lane = NetworkRequest::Lane::CivArchive;
        queue.enqueue(capped, nullptr,
                      [&](const NetworkResponse &response) { archive.append(response); });
        QTRY_VERIFY((clock.advance(2000ms), archive.size() == 3));
        QCOMPARE(archive.constLast().status, 429);
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/sha256/2")), 1);
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
        // Another queue's answer comes after the paused one has looked at its requests.
        RequestQueue sentinel(quickSettings());
        QVERIFY(
            fetch(sentinel, api(QStringLiteral("/img/sentinel.jpeg")), NetworkRequest::Lane::Media)
                .isSuccess());
        QCOMPARE(queue.requestsSent(), 0);
        QCOMPARE(byHashRequests(), 0);
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
        // One request at a time, in order: the live one is answered after the dead one's turn.
        RequestQueue::Settings settings = quickSettings();
        settings.maxApiInFlight = 1;
        RequestQueue queue(settings);
        bool deadCalled = false;
        bool liveCalled = false;
        NetworkRequest request;
        request.url = byHash();
        {
            QObject context;
            queue.enqueue(request, &context, [&](const NetworkResponse &) { deadCalled = true; });
        }
        queue.enqueue(request, nullptr, [&](const NetworkResponse &) { liveCalled = true; });
        QTRY_VERIFY(liveCalled);
        QVERIFY(!deadCalled);
        QCOMPARE(byHashRequests(), 1); // nobody left to tell: not even sent

        // A context gone while its request is on the wire.
        m_server.injectFault(QStringLiteral("/api/v1/model-versions/by-hash/"),
                             FakeCivitai::Fault::slow(300));
        liveCalled = false;
        auto context = std::make_unique<QObject>();
        queue.enqueue(request, context.get(), [&](const NetworkResponse &) { deadCalled = true; });
        queue.enqueue(request, nullptr, [&](const NetworkResponse &) { liveCalled = true; });
        QTRY_COMPARE(byHashRequests(), 2);
        context.reset();
        QTRY_VERIFY(liveCalled);
        QVERIFY(!deadCalled);
        QCOMPARE(byHashRequests(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
