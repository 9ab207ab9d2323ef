#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>

class QTcpSocket;

// A local stand-in for Civitai, on 127.0.0.1 only: the by-hash (single and batch), ids, version,
// model and model-list (ids=) endpoints, the key's user (/api/v1/me), preview images, fault injection and request
// recording. Minimal HTTP/1.1, one request per connection (Connection: close), which is all our
// client needs.
class FakeCivitai final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeCivitai)

public:
    struct Fault
    {
        enum class Kind
        {
            Status,
            Stall,
            Slow,
            TruncatedJson,
            MalformedJson,
            ResetMidBody,
            HtmlError,
            Trickle, // the real answer, one byte every delayMs
            Content, // 200 with `body`, its Content-Type in `headers`
            CutShortUnannounced, // half the real answer without Content-Length, then closed
        };
        Kind kind = Kind::Status;
        int code = 500;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = 0;

        static Fault status(int code, const QByteArray &body = {},
                            const QList<std::pair<QByteArray, QByteArray>> &headers = {});
        static Fault tooManyRequests(std::optional<QString> retryAfter);
        static Fault stall();
        static Fault slow(int delayMs);
        static Fault truncatedJson();
        static Fault malformedJson();
        static Fault resetMidBody();
        static Fault htmlError(int code);
        static Fault trickle(int intervalMs);
        static Fault content(const QByteArray &body, const QByteArray &contentType);
        static Fault cutShortUnannounced();
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit FakeCivitai(QObject *parent = nullptr);
    ~FakeCivitai() override;

    bool listen(quint16 port = 0);
    QUrl baseUrl() const;

    void addVersion(const QJsonObject &version);
    void addModel(const QJsonObject &model);
    void addFile(const QString &path, const QByteArray &bytes, const QString &contentType);
    // What the by-hash lookup answers for `sha256` (empty when it is unknown).
    QJsonObject versionByHash(const QString &sha256) const
    {
        return m_versionsByHash.value(sha256.toUpper());
    }

    // Realistic data from the fixtures in shared/fixtures/civitai. Call listen() first: image
    // URLs point at this server, in the CDN's shape (/width=450/ thumbnails).
    static QJsonObject fixture(const QString &fileName);
    QJsonObject makeVersion(const QString &sha256, int modelId, int versionId, int imageCount = 2,
                            const QString &updatedAt = {});
    QJsonObject makeModel(int modelId, const QList<QJsonObject> &versions) const;
    // makeVersion + addVersion + the model with every version added so far for modelId.
    // `mature`: the model and version are marked as Civitai marks them (nsfw, nsfwLevel 16).
    void addModelFile(const QString &sha256, int modelId, int versionId, int imageCount = 2,
                      bool mature = false);
    // Civitai deletes the model: none of its versions or hashes is known any more.
    void forgetModel(int modelId);
    // The model's `mode` ("Archived", "TakenDown"; empty: normal) in every answer that has it.
    void setModelMode(int modelId, const QString &mode);

    // Bytes of a small but whole JPEG, PNG or MP4 file; `tag` makes them differ.
    static QByteArray jpegBytes(const QByteArray &tag = {});
    static QByteArray pngBytes(const QByteArray &tag = {});
    static QByteArray mp4Bytes(const QByteArray &tag = {});

    // Real pictures for demos: bytes and content type of image `imageId` (the default is a few
    // bytes).
    using ImageMaker = std::function<std::pair<QByteArray, QString>(int imageId)>;
    void setImageMaker(ImageMaker maker) { m_imageMaker = std::move(maker); }

    // The next `times` requests whose path starts with `pathPrefix` (is it, when it ends in '$').
    void injectFault(const QString &pathPrefix, const Fault &fault, int times = 1);
    void clearFaults();
    // false: none of the batch routes (by-hash POST, by-hash/ids, models?ids=) exist, as on an
    // old server: only the single lookups answer.
    void setBatchEnabled(bool enabled) { m_batchEnabled = enabled; }
    // As civitai.com ("green"): never shows a mature model or version (`nsfw: true`, its model's
    // `nsfw`, or an `nsfwLevel` above 1), on every route: the worst case of API.md's Domains.
    void setSafeForWork(bool safeForWork) { m_safeForWork = safeForWork; }
    // Keeps each answer, and each model as the model list shows it, and sends them again as they
    // were: a benchmark's later run then measures the program, not the fake's making of its
    // answers. The models must not change afterwards.
    void setKeepAnswers(bool keep) { m_keepAnswers = keep; }
    static bool isMature(const QJsonObject &versionOrModel);
    // A sliding 60 s window over /api/ requests; beyond it, 429. 0 turns it off.
    // A fixed `retryAfterSeconds` (> 0) says the same whatever the window, as servers that
    // answer "Retry-After: 2" to a per-minute limit do.
    void setRateLimit(int requestsPerMinute, bool sendRetryAfter, int retryAfterSeconds = 0);
    int rateLimitedCount() const { return m_rateLimitedCount; } // 429s sent by the rate limit
    // GET /api/v1/me answers {"id", "username", ...} for "Authorization: Bearer <key>", else 401.
    void setAcceptedApiKey(const QString &key,
                           const QString &username = QStringLiteral("archivist"))
    {
        m_acceptedApiKey = key;
        m_apiKeyUsername = username;
    }

    QList<Request> requests() const { return m_requests; }
    int requestCount(const QString &pathPrefix = {}) const; // a prefix as for injectFault
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const FakeCivitai::Request &request);

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    struct File
    {
        QByteArray bytes;
        QByteArray contentType;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    Response route(const Request &request) const;
    Response keptAnswer(const Request &request);
    Response listModels(const QUrlQuery &query) const;
    bool shows(const QJsonObject &versionOrModel) const
    {
        return !m_safeForWork || !isMature(versionOrModel);
    }
    std::optional<Fault> takeFault(const QString &path);
    std::optional<Response> rateLimited(const Request &request);
    void send(QTcpSocket *socket, const Response &response);
    static QByteArray serialize(const Response &response, qint64 contentLength = -1);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, QJsonObject> m_versionsByHash; // upper-case SHA-256
    QHash<qint64, QJsonObject> m_versionsById;
    QHash<qint64, QJsonObject> m_models;
    QHash<qint64, QList<QJsonObject>> m_versionsOfModel;
    QHash<QString, File> m_files;
    QList<std::pair<QString, Fault>> m_faults;
    QList<Request> m_requests;
    std::deque<qint64> m_recentApiRequests; // msecs since epoch
    int m_rateLimit = 0;
    int m_rateLimitedCount = 0;
    bool m_sendRetryAfter = true;
    int m_fixedRetryAfter = 0;
    bool m_batchEnabled = true;
    bool m_safeForWork = false;
    bool m_keepAnswers = false;
    QHash<QByteArray, Response> m_keptAnswers; // by request
    mutable QHash<qint64, QByteArray> m_keptModels; // by id, as JSON text
    int m_imageSerial = 0;
    ImageMaker m_imageMaker;
    QString m_acceptedApiKey; // empty: no key is accepted
    QString m_apiKeyUsername;
};
