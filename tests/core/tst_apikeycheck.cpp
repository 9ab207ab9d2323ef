#include "core/apikeycheck.h"
#include "fakecivitai.h"
#include "hostalias.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestApiKeyCheck final : public QObject
{
    Q_OBJECT

private:
    FakeCivitai m_server;
    const QString m_goodKey = QStringLiteral("0123456789abcdef0123456789abcdef");

    static ApiKeyCheckResult resultOf(const QSignalSpy &spy)
    {
        return spy.constFirst().constFirst().value<ApiKeyCheckResult>();
    }

    static RequestQueue::Settings quickSettings()
    {
        RequestQueue::Settings settings = ApiKeyCheck::defaultSettings();
        settings.timeout = 500ms;
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setAcceptedApiKey(m_goodKey, QStringLiteral("model-keeper"));
    }

    void init()
    {
        m_server.clearRequests();
        m_server.clearFaults();
    }

    void buildsTheEndpointFromTheApiBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("civitai") << "https://civitai.com"
                                 << "https://civitai.com/api/v1/me";
        QTest::newRow("slash") << "https://civitai.com/"
                               << "https://civitai.com/api/v1/me";
        QTest::newRow("prefix") << "http://127.0.0.1:8080/mirror/"
                                << "http://127.0.0.1:8080/mirror/api/v1/me";
    }

    void buildsTheEndpointFromTheApiBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(ApiKeyCheck::endpoint(QUrl(base)), QUrl(expected));
    }

    void namesTheUserOfAnAcceptedKey()
    {
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), QStringLiteral("  ") + m_goodKey + QStringLiteral("\n"));
        QVERIFY(check.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        const ApiKeyCheckResult result = resultOf(finished);
        QCOMPARE(result.kind, ApiKeyCheckResult::Kind::Valid);
        QCOMPARE(result.username, QStringLiteral("model-keeper"));
        QCOMPARE(result.status, 200);
        QVERIFY(!check.isRunning());

        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/me")), 1);
        const FakeCivitai::Request request = m_server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + m_goodKey.toUtf8());
    }

    void reportsARejectedKey()
    {
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), QStringLiteral("not-the-key"));
        QTRY_COMPARE(finished.size(), 1);
        const ApiKeyCheckResult result = resultOf(finished);
        QCOMPARE(result.kind, ApiKeyCheckResult::Kind::Rejected);
        QCOMPARE(result.status, 401);
        QVERIFY(result.username.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("401")));
    }

    void reportsForbiddenAsRejected()
    {
        m_server.injectFault(QStringLiteral("/api/v1/me"),
                             FakeCivitai::Fault::status(403, R"({"error":"Forbidden"})"));
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), m_goodKey);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(resultOf(finished).kind, ApiKeyCheckResult::Kind::Rejected);
        QCOMPARE(resultOf(finished).status, 403);
    }

    void rejectsAnEmptyKeyWithoutAsking()
    {
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), QStringLiteral("   "));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(resultOf(finished).kind, ApiKeyCheckResult::Kind::Rejected);
        QCOMPARE(m_server.requestCount(), 0);
    }

    void failsOnServerErrorsWithoutJudgingTheKey()
    {
        m_server.injectFault(QStringLiteral("/api/v1/me"), FakeCivitai::Fault::htmlError(503));
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), m_goodKey);
        QTRY_COMPARE(finished.size(), 1);
        const ApiKeyCheckResult result = resultOf(finished);
        QCOMPARE(result.kind, ApiKeyCheckResult::Kind::Failed);
        QCOMPARE(result.status, 503);
        QCOMPARE(result.error, QStringLiteral("HTTP 503"));
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/me")), 1); // one request, no retry
    }

    void failsWhenTheServerStalls()
    {
        m_server.injectFault(QStringLiteral("/api/v1/me"), FakeCivitai::Fault::stall());
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), m_goodKey);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const ApiKeyCheckResult result = resultOf(finished);
        QCOMPARE(result.kind, ApiKeyCheckResult::Kind::Failed);
        QCOMPARE(result.status, 0);
        QVERIFY2(result.error.contains(QStringLiteral("timed out")), qPrintable(result.error));
    }

    void failsWhenNothingListens()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(base, m_goodKey);
        QTRY_COMPARE(finished.size(), 1);
        const ApiKeyCheckResult result = resultOf(finished);
        QCOMPARE(result.kind, ApiKeyCheckResult::Kind::Failed);
        QVERIFY2(result.error.startsWith(QStringLiteral("network error")),
                 qPrintable(result.error));
    }

    void failsOnAnAnswerWithoutAUser()
    {
        m_server.injectFault(QStringLiteral("/api/v1/me"),
                             FakeCivitai::Fault::status(200, "<html>Sign in to the Wi-Fi</html>"));
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), m_goodKey);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(resultOf(finished).kind, ApiKeyCheckResult::Kind::Failed);
    }

    void sendsTheKeyOnlyToTheApiOrigin()
    {
        // A redirect to another origin must not carry the key along.
        FakeCivitai other;
        QVERIFY(other.listen());
        other.setAcceptedApiKey(m_goodKey);
        const HostAlias alias(QStringLiteral("other.example"), other.baseUrl().port());
        m_server.injectFault(QStringLiteral("/api/v1/me"),
                             FakeCivitai::Fault::status(
                                 302, {}, { { "Location", "http://other.example/api/v1/me" } }));
        ApiKeyCheck check(quickSettings(), nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), m_goodKey);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(other.requestCount(QStringLiteral("/api/v1/me")), 1);
        QVERIFY(!other.requests().constFirst().headers.contains("authorization"));
        QCOMPARE(resultOf(finished).kind, ApiKeyCheckResult::Kind::Rejected);
    }

    void reportsOnlyTheLatestCheck()
    {
        m_server.injectFault(QStringLiteral("/api/v1/me"), FakeCivitai::Fault::slow(300));
        RequestQueue::Settings settings = quickSettings();
        settings.timeout = 10s; // the slow answers are answers, not timeouts
        ApiKeyCheck check(settings, nullptr);
        QSignalSpy finished(&check, &ApiKeyCheck::finished);
        check.start(m_server.baseUrl(), QStringLiteral("wrong"));
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("/api/v1/me")), 1);
        check.start(m_server.baseUrl(), m_goodKey);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(resultOf(finished).kind, ApiKeyCheckResult::Kind::Valid);
        // A third check answered after the slow first answer was sent: by then that one would
        // have been reported too.
        m_server.injectFault(QStringLiteral("/api/v1/me"), FakeCivitai::Fault::slow(600));
        check.start(m_server.baseUrl(), m_goodKey);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.constLast().constFirst().value<ApiKeyCheckResult>().kind,
                 ApiKeyCheckResult::Kind::Valid);
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/me")), 3);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyCheck)
#include "tst_apikeycheck.moc"
