#include "core/apikeycheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApiKeyCheck, "cdm.apikeycheck")

using namespace std::chrono_literals;

ApiKeyCheck::ApiKeyCheck(QObject *parent)
    : ApiKeyCheck(defaultSettings(), parent)
{ }

ApiKeyCheck::ApiKeyCheck(const RequestQueue::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_queue(new RequestQueue(settings, this))
{ }

ApiKeyCheck::~ApiKeyCheck() = default;

RequestQueue::Settings ApiKeyCheck::defaultSettings()
{
    RequestQueue::Settings settings;
    settings.minPause = 0ms; // a single request: nothing to pace
    settings.maxPause = 0ms;
    settings.timeout = 15s;
    settings.maxAttempts = 1;
    settings.maxRateLimitedWait = 0ms;
    return settings;
}

QUrl ApiKeyCheck::endpoint(const QUrl &apiBase)
{
    QUrl url = apiBase;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/me"));
    return url;
}

void ApiKeyCheck::start(const QUrl &apiBase, const QString &key)
{
    cancel();
    const quint64 serial = ++m_serial;
    m_running = true;
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        ApiKeyCheckResult result;
        result.kind = ApiKeyCheckResult::Kind::Rejected;
        result.error = tr("no API key was given");
        // Answer on the next turn of the event loop, as every other check does.
        QMetaObject::invokeMethod(
            this,
            [this, serial, result] {
                if (serial == m_serial)
                    finish(result);
            },
            Qt::QueuedConnection);
        return;
    }
    m_queue->setApiBase(apiBase);
    m_queue->setApiKey(trimmed);
    NetworkRequest request;
    request.url = endpoint(apiBase);
    qCInfo(lcApiKeyCheck).noquote() << "checking a key against" << request.url.toDisplayString();
    m_queue->enqueue(request, this, [this, serial](const NetworkResponse &response) {
        if (serial != m_serial || response.outcome == NetworkResponse::Outcome::Cancelled)
            return;
        finish(interpret(response));
    });
}

void ApiKeyCheck::cancel()
{
    ++m_serial;
    m_running = false;
    m_queue->cancelAll();
    m_queue->setApiKey({}); // not kept longer than the check
}

void ApiKeyCheck::finish(const ApiKeyCheckResult &result)
{
    m_running = false;
    m_queue->setApiKey({});
    qCInfo(lcApiKeyCheck).noquote()
        << "key check:" << int(result.kind) << result.status << result.error;
    Q_EMIT finished(result);
}

ApiKeyCheckResult ApiKeyCheck::interpret(const NetworkResponse &response)
{
    ApiKeyCheckResult result;
    result.status = response.outcome == NetworkResponse::Outcome::Finished ? response.status : 0;
    if (result.status == 401 || result.status == 403) {
        result.kind = ApiKeyCheckResult::Kind::Rejected;
        //: %1 is the HTTP status code (401 or 403)
        result.error = tr("Civitai refused the key (HTTP %1)").arg(result.status);
        return result;
    }
    if (!response.isSuccess()) {
        result.kind = ApiKeyCheckResult::Kind::Failed;
        result.error = response.describe();
        return result;
    }
    const QJsonObject user = QJsonDocument::fromJson(response.body).object();
    const QString username = user.value(QLatin1String("username")).toString();
    if (username.isEmpty()) {
        // A captive portal or a proxy's page: a 200 that is not Civitai's answer proves nothing.
        result.kind = ApiKeyCheckResult::Kind::Failed;
        //: %1 is the path of Civitai's API endpoint that was asked
        result.error
            = tr("unexpected answer from %1 (no user in it)").arg(QStringLiteral("/api/v1/me"));
        return result;
    }
    result.kind = ApiKeyCheckResult::Kind::Valid;
    result.username = username;
    return result;
}
