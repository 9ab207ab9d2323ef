#pragma once

#include "core/requestqueue.h"

#include <QObject>
#include <QString>
#include <QUrl>

// What Civitai said about a key.
struct ApiKeyCheckResult
{
    enum class Kind
    {
        Valid, // Civitai knows the key: `username` is its account
        Rejected, // 401/403: the key is wrong, revoked or expired
        Failed // nothing can be concluded: network down, 5xx, timeout, an unexpected answer
    };

    Kind kind = Kind::Failed;
    QString username;
    int status = 0; // the HTTP status, 0 without an answer
    QString error; // Rejected and Failed: what happened, e.g. NetworkResponse::describe()
};
Q_DECLARE_METATYPE(ApiKeyCheckResult)

// Tests an API key with one authenticated request to Civitai's GET /api/v1/me, which answers the
// key's user ({"id", "username", "tier", ...}) or 401. It has its own RequestQueue, so the key
// being tested (maybe typed but not saved yet) never becomes the key of a run, and the
// Authorization header still only goes to the API's origin. Asynchronous: finished() tells.
class ApiKeyCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyCheck)

public:
    explicit ApiKeyCheck(QObject *parent = nullptr);
    ApiKeyCheck(const RequestQueue::Settings &settings, QObject *parent);
    ~ApiKeyCheck() override;

    // Starts a check; one already running is cancelled and never reported.
    void start(const QUrl &apiBase, const QString &key);
    void cancel();
    bool isRunning() const { return m_running; }

    static QUrl endpoint(const QUrl &apiBase); // {apiBase}/api/v1/me
    // One attempt, a short timeout: someone is waiting for the answer.
    static RequestQueue::Settings defaultSettings();
    static ApiKeyCheckResult interpret(const NetworkResponse &response);

Q_SIGNALS:
    void finished(const ApiKeyCheckResult &result);

private:
    void finish(const ApiKeyCheckResult &result);

    RequestQueue *m_queue;
    quint64 m_serial = 0; // identifies the check whose answer still matters
    bool m_running = false;
};
