#pragma once

#include "core/networkrequest.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The one way to talk to Civitai. Owns the QNetworkAccessManager and everything about politeness
// and resilience, so no caller has to: a random pause between API requests (the Python tool's
// rate-limit protection), at most a few requests in flight, Retry-After on 429 (else exponential
// backoff with jitter) which pauses the whole lane, bounded retries of 5xx, timeouts and
// dropped connections, an inactivity timeout and a total deadline per request, redirects followed
// by hand so the API key is only ever sent to the API's own origin. Previews go on a lane of
// their own (the image host's): N at once, unpaced, never waiting for the API's pauses or
// limits, and narrowed to one at a time while the image host answers 429 or server errors.
class RequestQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueue)

public:
    // Why the API lane waits: reporters log the waits worth knowing about, not each polite pause.
    enum class WaitKind
    {
        PolitePause, // between two requests, by design
        RateLimited, // Civitai answered 429
        Retrying, // after a server error, a timeout or a network error
    };
    Q_ENUM(WaitKind)

    struct Settings
    {
        std::chrono::milliseconds minPause {
            3000
        }; // between API requests; both 0 turns pacing off
        std::chrono::milliseconds maxPause { 6000 };
        int maxApiInFlight = 3; // when pacing is off; with pacing, one at a time
        int maxMediaInFlight = 4; // previews at once (RunOptions::previewDownloads)
        std::chrono::milliseconds timeout { 30000 }; // without receiving anything
        // However steadily the bytes come: a server sending one a second never finishes.
        std::chrono::milliseconds apiDeadline { 120000 };
        std::chrono::milliseconds mediaDeadline { 600000 };
        int maxAttempts = 4; // for 5xx, timeouts and network errors
        // A request waits out 429s until they add up to this, far beyond any normal rate-limit
        // window; only then (or on cancel) does it fail for rate limiting.
        std::chrono::milliseconds maxRateLimitedWait { std::chrono::minutes(30) };
        std::chrono::milliseconds backoffBase { 1000 };
        std::chrono::milliseconds backoffCap { 60000 };
        std::chrono::milliseconds rateLimitBackoffCap { std::chrono::minutes(5) }; // 429s in a row
        std::chrono::milliseconds maxRetryAfter { 600000 };
        int maxRedirects = 5;
        // The CivArchive lane: one request at a time, this pause between two (0: unpaced).
        std::chrono::milliseconds civArchivePause { 2000 };
    };
    using Callback = std::function<void(const NetworkResponse &)>;

    // Pacing, backoff, Retry-After and the lane's pause go by `clock` (the system's if null).
    explicit RequestQueue(const Settings &settings, QObject *parent = nullptr,
                          Clock *clock = nullptr);
    ~RequestQueue() override;

    // The Authorization header goes only to URLs with this scheme, host and port.
    // The key goes to these hosts only (every one is the user's choice), never to image servers.
    void addApiBase(const QUrl &apiBase);
    void setApiBase(const QUrl &apiBase) { m_apiBases = { apiBase }; }
    void setApiKey(const QString &apiKey);

    // `callback` runs on this object's thread, unless `context` is gone by then.
    void enqueue(const NetworkRequest &request, QObject *context, Callback callback);
    void cancelAll();
    // Nothing new is sent while paused; requests already on the wire finish.
    void setPaused(bool paused);

    int requestsSent() const { return m_requestsSent; } // attempts on the wire, retries included
    const Settings &settings() const { return m_settings; }

    static QByteArray userAgent();

Q_SIGNALS:
    // The API lane waits `msecs` before its next request, for `reason` ("rate limited by Civitai",
    // in the app's language).
    void waiting(RequestQueue::WaitKind kind, const QString &reason, qint64 msecs);

private:
    struct Entry;
    struct Lane;
    struct InFlight;
    struct Disposition;

    Lane &laneOf(NetworkRequest::Lane lane) const;
    std::chrono::milliseconds remaining(std::chrono::milliseconds deadline) const;
    void schedule();
    void wakeUpIn(std::chrono::milliseconds wait);
    void send(const std::shared_ptr<Entry> &entry, Lane &lane);
    QNetworkReply *startReply(const std::shared_ptr<Entry> &entry);
    void watchReply(QNetworkReply *reply, const std::shared_ptr<InFlight> &inFlight);
    void onFinished(QNetworkReply *reply);
    NetworkResponse readReply(QNetworkReply *reply, InFlight &inFlight, bool *truncated) const;
    Disposition classify(const QNetworkReply *reply, const InFlight &inFlight,
                         NetworkResponse response, bool truncated) const;
    std::optional<Disposition> classifyFailure(const QNetworkReply *reply, const InFlight &inFlight,
                                               NetworkResponse response, bool truncated) const;
    Disposition classifyAnswer(const QNetworkReply *reply, const Entry &entry,
                               NetworkResponse response) const;
    Disposition retryOrDeliver(const Entry &entry, NetworkResponse response, WaitKind kind,
                               const QString &reason) const;
    void act(const std::shared_ptr<Entry> &entry, Lane &lane, const Disposition &disposition);
    void retryLater(const std::shared_ptr<Entry> &entry, Lane &lane,
                    std::chrono::milliseconds delay, WaitKind kind, const QString &reason);
    void deliver(const std::shared_ptr<Entry> &entry, const NetworkResponse &response);
    void announceWait(WaitKind kind, const QString &reason, std::chrono::milliseconds wait);
    std::chrono::milliseconds backoff(int attempt) const;
    std::chrono::milliseconds rateLimitWait(const QNetworkReply *reply, const Entry &entry) const;
    std::chrono::milliseconds nextPause(const Lane &lane) const;
    bool isApiOrigin(const QUrl &url) const;

    Settings m_settings;
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    QTimer *m_wakeUp;
    std::unique_ptr<Lane> m_apiLane;
    std::unique_ptr<Lane> m_mediaLane;
    std::unique_ptr<Lane> m_civArchiveLane;
    QHash<QNetworkReply *, std::shared_ptr<InFlight>> m_inFlight;
    QList<QUrl> m_apiBases;
    QString m_apiKey;
    int m_requestsSent = 0;
    bool m_paused = false;
    std::chrono::milliseconds m_announcedWaitUntil { 0 }; // by m_clock: the last wait told about
};
