#include "core/requestqueue.h"

#include "core/clock.h"
#include "core/jsonfile.h"
#include "core/lanestate.h"
#include "core/networkaddress.h"
#include "core/version.h"
#include "core/waittimes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNetwork, "cdm.network")

using namespace std::chrono;

struct RequestQueue::Entry
{
    NetworkRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    int attempts = 0;
    milliseconds rateLimitedWait { 0 }; // waited out for 429s, all told
    int redirects = 0;
    milliseconds notBefore { 0 }; // by the queue's clock
};

struct RequestQueue::Lane : LaneState // times by the queue's clock
{
    std::deque<std::shared_ptr<Entry>> queue;
};

struct RequestQueue::InFlight
{
    std::shared_ptr<Entry> entry;
    std::unique_ptr<QTimer> inactivity;
    std::unique_ptr<QTimer> deadline; // the whole request, however steadily bytes come
    std::unique_ptr<QFile> download;
    bool timedOut = false;
    QString writeError;
    QString refusal; // why we stopped reading the body
};

// What becomes of a finished reply.
struct RequestQueue::Disposition
{
    enum class Action
    {
        Deliver, // `response` goes to the caller
        Retry, // the same request again after `delay`
        Redirect, // the request again, to `target`
    };

    Action action = Action::Deliver;
    NetworkResponse response;
    milliseconds delay { 0 };
    WaitKind waitKind = WaitKind::Retrying;
    QString reason; // why we retry, for the log and waiting()
    bool pausesLane = false; // a 429: the limit is the host's, not this request's
    QUrl target;
};

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt's enum ranges: 1-199 connection and proxy errors, 301 and 399 protocol failures.
    // 2xx-range and 4xx-range codes only mirror an HTTP status, which we read ourselves.
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}


QString politePauseReason()
{
    //: Why the run waits, shown with a countdown; --notimeout is a command-line flag
    return QCoreApplication::translate("RequestQueue",
                                       "polite pause between requests (--notimeout turns it off)");
}

} // namespace

RequestQueue::RequestQueue(const Settings &settings, QObject *parent, Clock *clock)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock ? clock : Clock::system())
    , m_network(new QNetworkAccessManager(this))
    , m_wakeUp(new QTimer(this))
    , m_apiLane(std::make_unique<Lane>())
    , m_mediaLane(std::make_unique<Lane>())
    , m_civArchiveLane(std::make_unique<Lane>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_apiLane->paced = m_settings.maxPause.count() > 0;
    m_apiLane->maxInFlight = m_apiLane->paced ? 1 : qMax(1, m_settings.maxApiInFlight);
    m_mediaLane->maxInFlight = qMax(1, m_settings.maxMediaInFlight);
    m_mediaLane->narrowsInTrouble = true;
    m_civArchiveLane->paced = m_settings.civArchivePause.count() > 0;
    m_wakeUp->setSingleShot(true);
    connect(m_wakeUp, &QTimer::timeout, this, &RequestQueue::schedule);
    connect(m_clock, &Clock::jumped, this, &RequestQueue::schedule);
    connect(m_network, &QNetworkAccessManager::finished, this, &RequestQueue::onFinished);
}

RequestQueue::~RequestQueue()
{
    // Replies are children of the manager; drop our bookkeeping without calling anyone back.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
    m_inFlight.clear();
}

QByteArray RequestQueue::userAgent()
{
    return QByteArrayLiteral("civitai-data-manager/") + QByteArray(CDM_VERSION)
        + QByteArrayLiteral(" (Qt; +https://github.com/civitai-data-manager)");
}

void RequestQueue::addApiBase(const QUrl &apiBase)
{
    if (!m_apiBases.contains(apiBase))
        m_apiBases.append(apiBase);
}

void RequestQueue::setApiKey(const QString &apiKey)
{
    m_apiKey = apiKey.trimmed();
}

bool RequestQueue::isApiOrigin(const QUrl &url) const
{
    return std::any_of(m_apiBases.cbegin(), m_apiBases.cend(), [&url](const QUrl &apiBase) {
        return apiBase.isValid() && NetworkAddress::sameOrigin(url, apiBase);
    });
}

RequestQueue::Lane &RequestQueue::laneOf(NetworkRequest::Lane lane) const
{
    return lane == NetworkRequest::Lane::Api  ? *m_apiLane
        : lane == NetworkRequest::Lane::Media ? *m_mediaLane
                                              : *m_civArchiveLane;
}

milliseconds RequestQueue::remaining(milliseconds deadline) const
{
    return std::max(0ms, deadline - m_clock->now());
}

void RequestQueue::enqueue(const NetworkRequest &request, QObject *context, Callback callback)
{
    auto entry = std::make_shared<Entry>();
    entry->request = request;
    entry->context = context;
    entry->hasContext = context != nullptr;
    entry->callback = std::move(callback);
    laneOf(request.lane).queue.push_back(entry);
    // Decide on the next turn of the event loop, so a burst of enqueues is seen as a whole.
    QMetaObject::invokeMethod(this, &RequestQueue::schedule, Qt::QueuedConnection);
}

void RequestQueue::cancelAll()
{
    NetworkResponse cancelled;
    cancelled.outcome = NetworkResponse::Outcome::Cancelled;
    for (Lane *lane : { m_apiLane.get(), m_mediaLane.get(), m_civArchiveLane.get() }) {
        auto queue = std::move(lane->queue);
        lane->queue.clear();
        for (const auto &entry : queue)
            deliver(entry, cancelled);
    }
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies)
        reply->abort(); // finishes with OperationCanceledError: delivered as Cancelled
}

void RequestQueue::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        schedule();
}

void RequestQueue::schedule()
{
    if (m_paused)
        return;
    std::optional<milliseconds> wakeIn;
    for (Lane *lane : { m_apiLane.get(), m_mediaLane.get(), m_civArchiveLane.get() }) {
        while (!lane->queue.empty() && lane->inFlight < lane->width()) {
            const auto &entry = lane->queue.front();
            milliseconds wait
                = std::max(remaining(entry->notBefore), remaining(lane->blockedUntil));
            const milliseconds pacingWait = lane->paced ? remaining(lane->nextStart) : 0ms;
            if (pacingWait > wait && lane == m_apiLane.get())
                announceWait(WaitKind::PolitePause, politePauseReason(), pacingWait);
            wait = std::max(wait, pacingWait);
            if (wait > 0ms) {
                wakeIn = wakeIn ? std::min(*wakeIn, wait) : wait;
                break;
            }
            const auto next = entry;
            lane->queue.pop_front();
            send(next, *lane);
        }
    }
    if (wakeIn)
        wakeUpIn(*wakeIn);
}

void RequestQueue::wakeUpIn(milliseconds wait)
{
    // A clock moved by hand wakes us by jumped(); then this timer only looks again, harmlessly.
    if (m_wakeUp->isActive() && m_wakeUp->remainingTimeAsDuration() <= wait)
        return;
    m_wakeUp->start(std::min<milliseconds>(wait, milliseconds(std::numeric_limits<int>::max())));
}

void RequestQueue::send(const std::shared_ptr<Entry> &entry, Lane &lane)
{
    if (entry->hasContext && !entry->context)
        return; // nobody left to tell

    const NetworkRequest &request = entry->request;
    // URLs come from Civitai's answers (images, redirects): never let one read a local file.
    if (request.url.scheme() != QLatin1String("https")
        && request.url.scheme() != QLatin1String("http")) {
        NetworkResponse refused;
        refused.outcome = NetworkResponse::Outcome::LocalError;
        //: %1 is an address (URL)
        refused.errorString
            = tr("refused to fetch %1: not an http(s) address").arg(request.url.toDisplayString());
        QMetaObject::invokeMethod(
            this, [this, entry, refused] { deliver(entry, refused); }, Qt::QueuedConnection);
        return;
    }
    ++entry->attempts;
    ++m_requestsSent;
    ++lane.inFlight;
    qCDebug(lcNetwork).noquote() << request.verb << request.url.toDisplayString() << "attempt"
                                 << entry->attempts;
    QNetworkReply *reply = startReply(entry);
    auto inFlight = std::make_shared<InFlight>();
    inFlight->entry = entry;
    watchReply(reply, inFlight);
    m_inFlight.insert(reply, inFlight);
}

QNetworkReply *RequestQueue::startReply(const std::shared_ptr<Entry> &entry)
{
    const NetworkRequest &request = entry->request;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.lane != NetworkRequest::Lane::Media)
        networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    if (!m_apiKey.isEmpty() && request.lane == NetworkRequest::Lane::Api
        && isApiOrigin(request.url))
        networkRequest.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    return m_network->sendCustomRequest(networkRequest, request.verb, request.body);
}

// Timeouts, the size limit and streaming into the download file, while the reply runs.
void RequestQueue::watchReply(QNetworkReply *reply, const std::shared_ptr<InFlight> &inFlight)
{
    const NetworkRequest &request = inFlight->entry->request;
    const auto timeOut = [inFlight = inFlight.get(), reply] {
        inFlight->timedOut = true;
        reply->abort();
    };
    inFlight->inactivity = std::make_unique<QTimer>();
    inFlight->inactivity->setSingleShot(true);
    inFlight->inactivity->setInterval(m_settings.timeout);
    connect(inFlight->inactivity.get(), &QTimer::timeout, reply, timeOut);
    inFlight->deadline = std::make_unique<QTimer>();
    inFlight->deadline->setSingleShot(true);
    inFlight->deadline->setInterval(request.lane == NetworkRequest::Lane::Media
                                        ? m_settings.mediaDeadline
                                        : m_settings.apiDeadline);
    connect(inFlight->deadline.get(), &QTimer::timeout, reply, timeOut);
    const auto keepAlive = [timer = inFlight->inactivity.get()] {
        timer->start();
    };
    connect(reply, &QNetworkReply::downloadProgress, inFlight->inactivity.get(), keepAlive);
    connect(reply, &QNetworkReply::uploadProgress, inFlight->inactivity.get(), keepAlive);
    if (request.maxBytes > 0) {
        // Refused as soon as the size is known (announced or received), not after the download.
        connect(reply, &QNetworkReply::downloadProgress, reply,
                [inFlight = inFlight.get(), reply, maxBytes = request.maxBytes](qint64 received,
                                                                                 qint64 total) {
                    if ((received > maxBytes || total > maxBytes) && inFlight->refusal.isEmpty()) {
                        //: %1 is a size in megabytes
                        inFlight->refusal = tr("the answer is larger than %1 MB")
                                                .arg(maxBytes / (1024 * 1024));
                        reply->abort();
                    }
                });
    }
    if (!request.downloadPath.isEmpty()) {
        connect(reply, &QNetworkReply::readyRead, reply, [inFlight = inFlight.get(), reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status >= 300 || !inFlight->writeError.isEmpty()
                || !inFlight->refusal.isEmpty())
                return; // error bodies stay in memory
            if (!inFlight->download) {
                inFlight->download = std::make_unique<QFile>(inFlight->entry->request.downloadPath);
                // Unbuffered: a full disk fails the write that hits it, with its reason.
                if (!inFlight->download->open(QIODevice::WriteOnly | QIODevice::Truncate
                                              | QIODevice::Unbuffered)) {
                    inFlight->writeError = inFlight->download->errorString();
                    reply->abort();
                    return;
                }
            }
            if (!JsonFile::writeAll(*inFlight->download, reply->readAll(), &inFlight->writeError))
                reply->abort();
        });
    }
    inFlight->inactivity->start();
    inFlight->deadline->start();
}

void RequestQueue::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_inFlight.find(reply);
    if (found == m_inFlight.end())
        return;
    const std::shared_ptr<InFlight> inFlight = found.value();
    m_inFlight.erase(found);
    inFlight->inactivity->stop();
    inFlight->deadline->stop();
    const std::shared_ptr<Entry> entry = inFlight->entry;
    Lane &lane = laneOf(entry->request.lane);
    --lane.inFlight;
    if (lane.paced)
        lane.nextStart = m_clock->now() + nextPause(lane);

    bool truncated = false;
    NetworkResponse response = readReply(reply, *inFlight, &truncated);
    act(entry, lane, classify(reply, *inFlight, std::move(response), truncated));
    schedule();
}

// The answer as far as it came; a download is completed on disk, and closed.
NetworkResponse RequestQueue::readReply(QNetworkReply *reply, InFlight &inFlight,
                                        bool *truncated) const
{
    NetworkResponse response;
    response.attempts = inFlight.entry->attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (!reply->isOpen()) {
        // Aborted (cancelled or timed out): there is nothing to read.
    } else if (inFlight.download) {
        const QByteArray rest = reply->readAll();
        if (inFlight.writeError.isEmpty()
            && JsonFile::writeAll(*inFlight.download, rest, &inFlight.writeError))
            JsonFile::flushToDisk(*inFlight.download, &inFlight.writeError);
        *truncated = expected > 0 && inFlight.download->size() != expected;
    } else {
        response.body = reply->readAll();
        *truncated = expected > 0 && response.body.size() != expected;
    }
    if (inFlight.download)
        inFlight.download->close(); // before it is renamed or removed
    return response;
}

RequestQueue::Disposition RequestQueue::classify(const QNetworkReply *reply,
                                                 const InFlight &inFlight, NetworkResponse response,
                                                 bool truncated) const
{
    if (auto failed = classifyFailure(reply, inFlight, response, truncated))
        return std::move(*failed);
    return classifyAnswer(reply, *inFlight.entry, std::move(response));
}

// A reply that brought no whole answer: refused, not written, timed out, cancelled, broken.
std::optional<RequestQueue::Disposition> RequestQueue::classifyFailure(const QNetworkReply *reply,
                                                                       const InFlight &inFlight,
                                                                       NetworkResponse response,
                                                                       bool truncated) const
{
    const Entry &entry = *inFlight.entry;
    const QNetworkReply::NetworkError error = reply->error();
    Disposition deliver;
    if (!inFlight.refusal.isEmpty()) {
        response.outcome = NetworkResponse::Outcome::Refused;
        response.errorString = inFlight.refusal;
    } else if (!inFlight.writeError.isEmpty()) {
        response.outcome = NetworkResponse::Outcome::LocalError;
        //: %1 is a file path, %2 the system's error message
        response.errorString
            = tr("cannot write %1: %2").arg(entry.request.downloadPath, inFlight.writeError);
    } else if (inFlight.timedOut) {
        response.outcome = NetworkResponse::Outcome::TimedOut;
        response.status = 0;
        return retryOrDeliver(entry, std::move(response), WaitKind::Retrying,
                              tr("request timed out"));
    } else if (error == QNetworkReply::OperationCanceledError) {
        response.outcome = NetworkResponse::Outcome::Cancelled;
    } else if (isTransportError(error)
               || (response.status >= 200 && response.status < 300 && truncated)) {
        response.outcome = NetworkResponse::Outcome::NetworkError;
        response.errorString = truncated && !isTransportError(error)
            ? tr("the response was cut short")
            : reply->errorString();
        response.status = 0;
        //: %1 is the network error's description
        const QString reason = tr("network error: %1").arg(response.errorString);
        return retryOrDeliver(entry, std::move(response), WaitKind::Retrying, reason);
    } else {
        return std::nullopt; // an HTTP answer
    }
    deliver.response = std::move(response);
    return deliver;
}

// An HTTP answer: a redirect to follow, a rate limit or a server error to wait out, or the answer.
RequestQueue::Disposition RequestQueue::classifyAnswer(const QNetworkReply *reply,
                                                       const Entry &entry,
                                                       NetworkResponse response) const
{
    Disposition disposition;
    if (isRedirect(response.status) && entry.redirects < m_settings.maxRedirects) {
        const QUrl target
            = entry.request.url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        // A redirect into this machine or a private network is followed only within one origin,
        // so a host cannot send us to another service here. (A target that is no http(s)
        // address is refused when it would be sent.)
        if (NetworkAddress::isPrivateHost(target.host())
            && !NetworkAddress::sameOrigin(target, entry.request.url)) {
            response.outcome = NetworkResponse::Outcome::Refused;
            //: %1 and %2 are addresses (URLs)
            response.errorString
                = tr("refused to follow a redirect from %1 to %2, an address in "
                     "this machine's or a private network")
                      .arg(entry.request.url.toDisplayString(), target.toDisplayString());
            disposition.response = std::move(response);
            return disposition;
        }
        disposition.action = Disposition::Action::Redirect;
        disposition.target = target;
        disposition.response = std::move(response);
        return disposition;
    }
    const milliseconds rateLimitDelay = response.status == 429 ? rateLimitWait(reply, entry) : 0ms;
    // CivArchive's cap is hourly: its 429 is a failure, tried again at the next run.
    if (response.status == 429 && entry.request.lane != NetworkRequest::Lane::CivArchive
        && entry.rateLimitedWait + rateLimitDelay <= m_settings.maxRateLimitedWait) {
        disposition.action = Disposition::Action::Retry;
        disposition.delay = rateLimitDelay;
        disposition.waitKind = WaitKind::RateLimited;
        disposition.reason = tr("rate limited by Civitai (HTTP 429)");
        disposition.pausesLane = true;
        return disposition;
    }
    if (response.status >= 500) {
        //: %1 is the HTTP status code (500 or above)
        const QString reason = tr("Civitai answered HTTP %1").arg(response.status);
        return retryOrDeliver(entry, std::move(response), WaitKind::Retrying, reason);
    }
    disposition.response = std::move(response);
    return disposition;
}

// A rate limit is waited out, not failed: Retry-After, and when 429s keep coming, a backoff that
// grows to minutes (a server that counts our retries against us gets its window back).
milliseconds RequestQueue::rateLimitWait(const QNetworkReply *reply, const Entry &entry) const
{
    const Lane &lane = laneOf(entry.request.lane);
    const int streak = lane.rateLimitStreak + 1;
    const milliseconds cap = std::max(m_settings.backoffCap, m_settings.rateLimitBackoffCap);
    const milliseconds growing = WaitTimes::backoff(streak + 1, m_settings.backoffBase, cap);
    const std::optional<milliseconds> retryAfter
        = WaitTimes::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->currentUtc());
    const milliseconds wait = !retryAfter ? growing
        : streak > 1                      ? std::max(*retryAfter, growing)
                                          : *retryAfter;
    return std::min(wait, m_settings.maxRetryAfter);
}

// Retried after a backoff while attempts remain, else delivered as it is.
RequestQueue::Disposition RequestQueue::retryOrDeliver(const Entry &entry, NetworkResponse response,
                                                       WaitKind kind, const QString &reason) const
{
    Disposition disposition;
    if (entry.attempts < m_settings.maxAttempts) {
        disposition.action = Disposition::Action::Retry;
        disposition.delay = backoff(entry.attempts);
        disposition.waitKind = kind;
        disposition.reason = reason;
    }
    disposition.response = std::move(response);
    return disposition;
}

void RequestQueue::act(const std::shared_ptr<Entry> &entry, Lane &lane,
                       const Disposition &disposition)
{
    const bool delivered = disposition.action == Disposition::Action::Deliver;
    if (!entry->request.downloadPath.isEmpty() && !(delivered && disposition.response.isSuccess()))
        QFile::remove(entry->request.downloadPath); // nothing half-written stays behind
    if (lane.noteAnswer(disposition.response.status, disposition.pausesLane))
        lane.blockedUntil
            = std::max(lane.blockedUntil, m_clock->now() + backoff(lane.troubleStreak));
    switch (disposition.action) {
    case Disposition::Action::Deliver:
        deliver(entry, disposition.response);
        break;
    case Disposition::Action::Retry:
        if (disposition.pausesLane) {
            entry->rateLimitedWait += disposition.delay;
            lane.blockedUntil = m_clock->now() + disposition.delay;
        }
        retryLater(entry, lane, disposition.delay, disposition.waitKind, disposition.reason);
        break;
    case Disposition::Action::Redirect:
        ++entry->redirects;
        entry->request.url = disposition.target;
        if (disposition.response.status == 303) {
            entry->request.verb = "GET";
            entry->request.body.clear();
        }
        lane.queue.push_front(entry);
        break;
    }
}

void RequestQueue::retryLater(const std::shared_ptr<Entry> &entry, Lane &lane, milliseconds delay,
                              WaitKind kind, const QString &reason)
{
    qCInfo(lcNetwork).noquote() << reason << "- retrying" << entry->request.url.toDisplayString()
                                << "in" << delay.count() << "ms";
    entry->notBefore = m_clock->now() + delay;
    lane.queue.push_front(entry);
    if (entry->request.lane == NetworkRequest::Lane::Api)
        announceWait(kind, reason, delay);
}

void RequestQueue::announceWait(WaitKind kind, const QString &reason, milliseconds wait)
{
    const milliseconds until = m_clock->now() + wait;
    if (wait < 500ms || std::chrono::abs(until - m_announcedWaitUntil) < 100ms)
        return;
    m_announcedWaitUntil = until;
    Q_EMIT waiting(kind, reason, wait.count());
}

void RequestQueue::deliver(const std::shared_ptr<Entry> &entry, const NetworkResponse &response)
{
    if (entry->hasContext && !entry->context)
        return;
    if (response.outcome != NetworkResponse::Outcome::Finished || !response.isSuccess())
        qCDebug(lcNetwork).noquote() << entry->request.url.toDisplayString() << response.describe();
    if (entry->callback)
        entry->callback(response);
}

milliseconds RequestQueue::backoff(int attempt) const
{
    return WaitTimes::backoff(attempt, m_settings.backoffBase, m_settings.backoffCap);
}

milliseconds RequestQueue::nextPause(const Lane &lane) const
{
    if (&lane == m_civArchiveLane.get())
        return m_settings.civArchivePause;
    return WaitTimes::randomPause(m_settings.minPause, m_settings.maxPause);
}
