#include "fakecivitai.h"

#include "fakehttp.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

const QByteArray NotFoundHtml = "<!DOCTYPE html><html><head><title>404: Not Found</title></head>"
                                "<body><h1>Not Found</h1></body></html>";

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &message)
{
    return json(QJsonObject { { QStringLiteral("error"), message } });
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QStringList hashesFromBody(const QByteArray &body, bool *valid)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-fA-F]{64}$"));
    QStringList hashes;
    *valid = document.isArray();
    for (const QJsonValue &value : document.array()) {
        if (!value.isString() || !sha256.match(value.toString()).hasMatch())
            *valid = false;
        hashes.append(value.toString().toUpper());
    }
    return hashes;
}

// `prefix` starts `path`, or is it when it ends in '$'.
bool matchesPath(const QString &prefix, const QString &path)
{
    return prefix.endsWith(QLatin1Char('$')) ? path == prefix.chopped(1) : path.startsWith(prefix);
}

} // namespace

FakeCivitai::Fault
FakeCivitai::Fault::status(int code, const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return { Kind::Status, code, body, headers, 0 };
}

FakeCivitai::Fault FakeCivitai::Fault::tooManyRequests(std::optional<QString> retryAfter)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (retryAfter)
        headers.append({ "Retry-After", retryAfter->toUtf8() });
    return { Kind::Status, 429, QByteArray(R"({"error":"Too Many Requests"})"), headers, 0 };
}

FakeCivitai::Fault FakeCivitai::Fault::stall()
{
    return { Kind::Stall, 0, {}, {}, 0 };
}
FakeCivitai::Fault FakeCivitai::Fault::slow(int delayMs)
{
    return { Kind::Slow, 0, {}, {}, delayMs };
}
FakeCivitai::Fault FakeCivitai::Fault::truncatedJson()
{
    return { Kind::TruncatedJson, 200, {}, {}, 0 };
}
FakeCivitai::Fault FakeCivitai::Fault::malformedJson()
{
    return { Kind::MalformedJson, 200, QByteArray(R"({"id": 12, "modelId":)"), {}, 0 };
}
FakeCivitai::Fault FakeCivitai::Fault::resetMidBody()
{
    return { Kind::ResetMidBody, 200, {}, {}, 0 };
}
FakeCivitai::Fault FakeCivitai::Fault::htmlError(int code)
{
    return { Kind::HtmlError,
             code,
             QByteArray("<!DOCTYPE html><html><head><title>civitai.com | ")
                 + QByteArray::number(code)
                 + QByteArray(": Service unavailable</title></head><body>Cloudflare</body></html>"),
             {},
             0 };
}

FakeCivitai::Fault FakeCivitai::Fault::trickle(int intervalMs)
{
    return { Kind::Trickle, 200, {}, {}, intervalMs };
}

FakeCivitai::Fault FakeCivitai::Fault::content(const QByteArray &body,
                                               const QByteArray &contentType)
{
    return { Kind::Content, 200, body, { { "Content-Type", contentType } }, 0 };
}

FakeCivitai::Fault FakeCivitai::Fault::cutShortUnannounced()
{
    return { Kind::CutShortUnannounced, 200, {}, {}, 0 };
}

QByteArray FakeCivitai::jpegBytes(const QByteArray &tag)
{
    // SOI, a JFIF header, a comment with the tag, a start of scan, scan data, EOI: the structure
    // a JPEG reader walks (not a decodable picture).
    const QByteArray comment = "fake jpeg " + tag;
    QByteArray bytes("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    bytes += QByteArray("\xff\xfe", 2) + char((comment.size() + 2) >> 8)
        + char((comment.size() + 2) & 0xff) + comment;
    bytes += QByteArray("\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00", 10);
    bytes += QByteArray("\x12\x34\xff\x00\x56\xff\xd0\x78", 8).repeated(8);
    bytes += QByteArray("\xff\xd9", 2);
    return bytes;
}

QByteArray FakeCivitai::pngBytes(const QByteArray &tag)
{
    const auto chunk = [](const QByteArray &type, const QByteArray &data) {
        QByteArray bytes;
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += char((data.size() >> shift) & 0xff);
        return bytes + type + data + QByteArray(4, '\0'); // the CRC is not checked
    };
    return QByteArray("\x89PNG\r\n\x1a\n", 8)
        + chunk("IHDR", QByteArray("\0\0\0\1\0\0\0\1\x08\x02\0\0\0", 13))
        + chunk("tEXt", QByteArray("Comment\0", 8) + tag) + chunk("IDAT", QByteArray(12, 'x'))
        + chunk("IEND", {});
}

QByteArray FakeCivitai::mp4Bytes(const QByteArray &tag)
{
    const auto box = [](const QByteArray &type, const QByteArray &data) {
        QByteArray bytes;
        const qsizetype size = data.size() + 8;
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += char((size >> shift) & 0xff);
        return bytes + type + data;
    };
    return box("ftyp", "mp42" + QByteArray(4, '\0') + "mp42isom") + box("moov", "fake video")
        + box("mdat", "frames " + tag);
}

FakeCivitai::FakeCivitai(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeCivitai::onNewConnection);
}

FakeCivitai::~FakeCivitai()
{
    // The sockets are deleted after this object's members (the server's children): by then their
    // "disconnected" must no longer reach the half-destroyed fake.
    const QList<QTcpSocket *> sockets
        = m_server.findChildren<QTcpSocket *>() + findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool FakeCivitai::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FakeCivitai::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeCivitai::addVersion(const QJsonObject &version)
{
    const qint64 id = qint64(version.value(QLatin1String("id")).toDouble());
    m_versionsById.insert(id, version);
    for (const QJsonValue &file : version.value(QLatin1String("files")).toArray()) {
        const QString sha = file.toObject()
                                .value(QLatin1String("hashes"))
                                .toObject()
                                .value(QLatin1String("SHA256"))
                                .toString();
        if (!sha.isEmpty())
            m_versionsByHash.insert(sha.toUpper(), version);
    }
}

void FakeCivitai::addModel(const QJsonObject &model)
{
    m_models.insert(qint64(model.value(QLatin1String("id")).toDouble()), model);
}

void FakeCivitai::addFile(const QString &path, const QByteArray &bytes, const QString &contentType)
{
    m_files.insert(path, { bytes, contentType.toUtf8() });
}

QJsonObject FakeCivitai::fixture(const QString &fileName)
{
    QFile file(QStringLiteral(CDM_FIXTURES_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject FakeCivitai::makeVersion(const QString &sha256, int modelId, int versionId,
                                     int imageCount, const QString &updatedAt)
{
    Q_ASSERT(m_server.isListening());
    static const QJsonObject base = fixture(QStringLiteral("model-version-by-hash.json"));
    QJsonObject version = base;
    version.insert(QStringLiteral("id"), versionId);
    version.insert(QStringLiteral("modelId"), modelId);
    version.insert(QStringLiteral("name"), QStringLiteral("v%1").arg(versionId));
    if (!updatedAt.isEmpty())
        version.insert(QStringLiteral("updatedAt"), updatedAt);
    // Higher ids are published later, as on Civitai, so "a newer version exists" can be seen.
    version.insert(QStringLiteral("publishedAt"),
                   QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
                       .addSecs(versionId)
                       .toString(Qt::ISODateWithMs));
    version.insert(QStringLiteral("downloadUrl"),
                   baseUrl().toString() + QStringLiteral("/api/download/models/%1").arg(versionId));
    QJsonObject model = version.value(QLatin1String("model")).toObject();
    model.insert(QStringLiteral("name"), QStringLiteral("Model %1").arg(modelId));
    version.insert(QStringLiteral("model"), model);

    QJsonArray files = version.value(QLatin1String("files")).toArray();
    QJsonObject file = files.at(0).toObject();
    QJsonObject hashes = file.value(QLatin1String("hashes")).toObject();
    hashes.insert(QStringLiteral("SHA256"), sha256.toUpper());
    hashes.insert(QStringLiteral("AutoV2"), sha256.left(10).toUpper());
    file.insert(QStringLiteral("hashes"), hashes);
    files = QJsonArray { file };
    version.insert(QStringLiteral("files"), files);

    const QJsonObject imageTemplate
        = base.value(QLatin1String("images")).toArray().at(0).toObject();
    QJsonArray images;
    for (int i = 0; i < imageCount; ++i) {
        const int imageId = 61000000 + versionId * 100 + i;
        const bool video = i == 1;
        const QString prefix = QStringLiteral("/images/xG1nkqKTMzGDvpLrqFT7WA/%1-%2")
                                   .arg(versionId)
                                   .arg(++m_imageSerial);
        const QString name = QStringLiteral("/%1.jpeg").arg(imageId); // videos came as .jpeg too
        QJsonObject image = imageTemplate;
        image.insert(QStringLiteral("url"),
                     baseUrl().toString() + prefix + QStringLiteral("/width=450") + name);
        image.insert(QStringLiteral("type"),
                     video ? QStringLiteral("video") : QStringLiteral("image"));
        image.insert(QStringLiteral("id"), imageId);
        QByteArray bytes = video ? mp4Bytes(QByteArray::number(imageId))
                                 : jpegBytes(QByteArray::number(imageId));
        QString type = video ? QStringLiteral("video/mp4") : QStringLiteral("image/jpeg");
        if (m_imageMaker && !video)
            std::tie(bytes, type) = m_imageMaker(imageId);
        addFile(prefix + QStringLiteral("/width=450") + name, bytes, type);
        addFile(prefix + QStringLiteral("/original=true") + name, bytes, type);
        images.append(image);
    }
    version.insert(QStringLiteral("images"), images);
    return version;
}

void FakeCivitai::forgetModel(int modelId)
{
    m_models.remove(modelId);
    for (const QJsonObject &version : m_versionsOfModel.take(modelId))
        m_versionsById.remove(qint64(version.value(QLatin1String("id")).toDouble()));
    m_versionsByHash.removeIf([modelId](const auto &entry) {
        return entry.value().value(QLatin1String("modelId")).toInt() == modelId;
    });
}

void FakeCivitai::setModelMode(int modelId, const QString &mode)
{
    const auto withMode = [&mode](QJsonObject object) {
        if (mode.isEmpty())
            object.remove(QStringLiteral("mode"));
        else
            object.insert(QStringLiteral("mode"), mode);
        return object;
    };
    m_models[modelId] = withMode(m_models.value(modelId));
    const auto versionWithMode = [&](QJsonObject version) {
        version.insert(QStringLiteral("model"),
                       withMode(version.value(QLatin1String("model")).toObject()));
        return version;
    };
    for (QJsonObject &version : m_versionsOfModel[modelId])
        version = versionWithMode(version);
    for (QJsonObject &version : m_versionsById) {
        if (version.value(QLatin1String("modelId")).toInt() == modelId)
            version = versionWithMode(version);
    }
    for (QJsonObject &version : m_versionsByHash) {
        if (version.value(QLatin1String("modelId")).toInt() == modelId)
            version = versionWithMode(version);
    }
}

QJsonObject FakeCivitai::makeModel(int modelId, const QList<QJsonObject> &versions) const
{
    static const QJsonObject base = fixture(QStringLiteral("model.json"));
    QJsonObject model = base;
    model.insert(QStringLiteral("id"), modelId);
    model.insert(QStringLiteral("name"), QStringLiteral("Model %1").arg(modelId));
    QJsonArray modelVersions;
    for (QJsonObject version : versions) {
        version.remove(QStringLiteral("model"));
        modelVersions.append(version);
    }
    model.insert(QStringLiteral("modelVersions"), modelVersions);
    return model;
}

void FakeCivitai::addModelFile(const QString &sha256, int modelId, int versionId, int imageCount,
                               bool mature)
{
    QJsonObject version = makeVersion(sha256, modelId, versionId, imageCount);
    if (mature) {
        version.insert(QStringLiteral("nsfwLevel"), 16);
        QJsonObject model = version.value(QLatin1String("model")).toObject();
        model.insert(QStringLiteral("nsfw"), true);
        version.insert(QStringLiteral("model"), model);
    }
    addVersion(version);
    QList<QJsonObject> &versions = m_versionsOfModel[modelId];
    versions.removeIf(
        [&](const QJsonObject &v) { return v.value(QLatin1String("id")).toInt() == versionId; });
    versions.append(version);
    std::sort(versions.begin(), versions.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("id")).toInt()
            > b.value(QLatin1String("id")).toInt(); // newest first
    });
    QJsonObject model = makeModel(modelId, versions);
    if (mature) {
        model.insert(QStringLiteral("nsfw"), true);
        model.insert(QStringLiteral("nsfwLevel"), 16);
    }
    addModel(model);
}

void FakeCivitai::injectFault(const QString &pathPrefix, const Fault &fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_faults.append({ pathPrefix, fault });
}

void FakeCivitai::clearFaults()
{
    m_faults.clear();
}

void FakeCivitai::setRateLimit(int requestsPerMinute, bool sendRetryAfter, int retryAfterSeconds)
{
    m_rateLimit = requestsPerMinute;
    m_sendRetryAfter = sendRetryAfter;
    m_fixedRetryAfter = retryAfterSeconds;
    m_recentApiRequests.clear();
}

int FakeCivitai::requestCount(const QString &pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &request) {
        return matchesPath(pathPrefix, request.path);
    }));
}

void FakeCivitai::onNewConnection()
{
    acceptConnections(m_server, this, m_buffers,
                      [this](QTcpSocket *socket) { onReadyRead(socket); });
}

void FakeCivitai::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    const std::optional<HttpHead> head = HttpHead::readFrom(socket, buffer);
    if (!head)
        return;
    if (!head->valid) {
        socket->abort();
        return;
    }
    Request request;
    request.method = head->method;
    request.path = head->target.path();
    request.query = QUrlQuery(head->target);
    request.headers = head->headers;
    const qint64 length = request.headers.value("content-length").toLongLong();
    if (buffer.size() - head->bodyStart < length)
        return; // the body is still coming
    request.body = buffer.mid(head->bodyStart, length);
    buffer.clear();
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    handle(socket, request);
}

std::optional<FakeCivitai::Fault> FakeCivitai::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (matchesPath(m_faults.at(i).first, path))
            return m_faults.takeAt(i).second;
    }
    return std::nullopt;
}

std::optional<FakeCivitai::Response> FakeCivitai::rateLimited(const Request &request)
{
    if (m_rateLimit <= 0 || !request.path.startsWith(QLatin1String("/api/")))
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_recentApiRequests.empty() && m_recentApiRequests.front() <= now - 60000)
        m_recentApiRequests.pop_front();
    if (int(m_recentApiRequests.size()) < m_rateLimit) {
        m_recentApiRequests.push_back(now);
        return std::nullopt;
    }
    ++m_rateLimitedCount;
    Response response {
        429, QByteArray(R"({"error":"Too Many Requests"})"), "application/json", {}
    };
    if (m_sendRetryAfter) {
        const qint64 wait = m_fixedRetryAfter > 0
            ? m_fixedRetryAfter
            : (m_recentApiRequests.front() + 60000 - now + 999) / 1000;
        response.headers.append({ "Retry-After", QByteArray::number(qMax<qint64>(1, wait)) });
    }
    return response;
}

FakeCivitai::Response FakeCivitai::keptAnswer(const Request &request)
{
    const QByteArray key = request.method + ' ' + request.path.toUtf8() + '?'
        + request.query.toString(QUrl::FullyEncoded).toUtf8() + '\n' + request.body;
    auto kept = m_keptAnswers.constFind(key);
    if (kept == m_keptAnswers.constEnd())
        kept = m_keptAnswers.insert(key, route(request));
    return *kept;
}

void FakeCivitai::handle(QTcpSocket *socket, const Request &request)
{
    if (const auto limited = rateLimited(request)) {
        send(socket, *limited);
        return;
    }
    const std::optional<Fault> fault = takeFault(request.path);
    if (!fault) {
        send(socket, m_keepAnswers ? keptAnswer(request) : route(request));
        return;
    }
    switch (fault->kind) {
    case Fault::Kind::Status:
        send(socket, { fault->code, fault->body, "application/json", fault->headers });
        break;
    case Fault::Kind::HtmlError:
        send(socket, { fault->code, fault->body, "text/html; charset=UTF-8", {} });
        break;
    case Fault::Kind::MalformedJson:
        send(socket, { 200, fault->body, "application/json", {} });
        break;
    case Fault::Kind::Stall:
        break; // keep the connection open, say nothing
    case Fault::Kind::Slow:
        QTimer::singleShot(fault->delayMs, socket,
                           [this, socket, request] { send(socket, route(request)); });
        break;
    case Fault::Kind::Trickle: {
        const Response response = route(request);
        socket->write(serialize(response));
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket,
                [socket, timer, body = response.body, sent = qsizetype(0)]() mutable {
                    if (sent < body.size())
                        socket->write(body.mid(sent++, 1));
                    if (sent == body.size()) {
                        timer->stop();
                        socket->disconnectFromHost();
                    }
                });
        timer->start(fault->delayMs);
        break;
    }
    case Fault::Kind::Content:
        send(socket, { 200, fault->body, fault->headers.constFirst().second, {} });
        break;
    case Fault::Kind::CutShortUnannounced: {
        // Without Content-Length the end of the connection ends the body: nothing tells the
        // client that half of it is missing.
        const Response response = route(request);
        QByteArray head = serialize(response);
        head.replace(QByteArray("Content-Length: " + QByteArray::number(response.body.size())
                                + "\r\n"),
                     QByteArray());
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        break;
    }
    case Fault::Kind::TruncatedJson: {
        const Response response = route(request);
        socket->write(serialize(response, response.body.size())
                      + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        break;
    }
    case Fault::Kind::ResetMidBody: {
        const Response response = route(request);
        socket->write(serialize(response, response.body.size())
                      + response.body.left(response.body.size() / 2));
        socket->flush();
#ifdef Q_OS_UNIX
        // SO_LINGER 0: closing sends a TCP reset, as a dropped connection does.
        const struct linger reset
        {
            1, 0
        };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
#endif
        socket->abort();
        break;
    }
    }
}

bool FakeCivitai::isMature(const QJsonObject &versionOrModel)
{
    const auto mature = [](const QJsonObject &object) {
        return object.value(QLatin1String("nsfw")).toBool()
            || object.value(QLatin1String("nsfwLevel")).toInt() > 1;
    };
    return mature(versionOrModel)
        || mature(versionOrModel.value(QLatin1String("model")).toObject());
}

FakeCivitai::Response FakeCivitai::route(const Request &request) const
{
    static const QRegularExpression byHash(
        QStringLiteral("^/api/v1/model-versions/by-hash/([^/]+)$"));
    static const QRegularExpression versionById(QStringLiteral("^/api/v1/model-versions/(\\d+)$"));
    static const QRegularExpression modelById(QStringLiteral("^/api/v1/models/([^/]+)$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{8,64}$"));

    if (request.method == "POST"
        && request.path == QLatin1String("/api/v1/model-versions/by-hash")) {
        if (!m_batchEnabled)
            return { 404, NotFoundHtml, "text/html", {} };
        bool valid = false;
        const QStringList hashes = hashesFromBody(request.body, &valid);
        if (!valid || hashes.size() > 100)
            return { 400,
                     errorBody(QStringLiteral(
                         "Request must include an array of SHA256 Hashes. Too many hashes")),
                     "application/json",
                     {} };
        QJsonArray versions;
        QSet<qint64> listed;
        for (const QString &hash : hashes) {
            const auto found = m_versionsByHash.constFind(hash);
            const qint64 id = found == m_versionsByHash.constEnd() || !shows(found.value())
                ? 0
                : qint64(found->value(QLatin1String("id")).toDouble());
            if (id && !listed.contains(id)) {
                listed.insert(id);
                versions.append(found.value());
            }
        }
        return { 200, json(versions), "application/json", {} };
    }
    if (request.method == "POST"
        && request.path == QLatin1String("/api/v1/model-versions/by-hash/ids")) {
        if (!m_batchEnabled)
            return { 404, NotFoundHtml, "text/html", {} };
        bool valid = false;
        const QStringList hashes = hashesFromBody(request.body, &valid);
        if (!valid || hashes.size() > 10000)
            return { 400,
                     errorBody(QStringLiteral("Request must include an array of SHA256 Hashes")),
                     "application/json",
                     {} };
        QJsonArray matches;
        for (const QString &hash : hashes) {
            const auto found = m_versionsByHash.constFind(hash);
            if (found != m_versionsByHash.constEnd() && shows(found.value()))
                matches.append(QJsonObject {
                    { QStringLiteral("modelVersionId"), found->value(QLatin1String("id")) },
                    { QStringLiteral("modelId"), found->value(QLatin1String("modelId")) },
                    { QStringLiteral("hash"), hash } });
        }
        return { 200, json(matches), "application/json", {} };
    }
    if (request.method == "GET") {
        if (request.path == QLatin1String("/api/v1/me")) {
            // Civitai's AuthedEndpoint: the key's user, or 401 without a session.
            const QByteArray expected = "Bearer " + m_acceptedApiKey.toUtf8();
            if (m_acceptedApiKey.isEmpty() || request.headers.value("authorization") != expected)
                return { 401, errorBody(QStringLiteral("Unauthorized")), "application/json", {} };
            return { 200,
                     json(QJsonObject { { QStringLiteral("id"), 4242 },
                                        { QStringLiteral("username"), m_apiKeyUsername },
                                        { QStringLiteral("tier"), QStringLiteral("free") },
                                        { QStringLiteral("status"), QStringLiteral("active") },
                                        { QStringLiteral("isMember"), false },
                                        { QStringLiteral("subscriptions"), QJsonArray() } }),
                     "application/json",
                     {} };
        }
        if (request.path == QLatin1String("/api/v1/models"))
            return listModels(request.query);
        if (const QRegularExpressionMatch match = byHash.match(request.path); match.hasMatch()) {
            if (!hex.match(match.captured(1)).hasMatch())
                return { 400, errorBody(QStringLiteral("Invalid hash")), "application/json", {} };
            const auto found = m_versionsByHash.constFind(match.captured(1).toUpper());
            if (found == m_versionsByHash.constEnd() || !shows(found.value()))
                return {
                    404, errorBody(QStringLiteral("Model not found")), "application/json", {}
                };
            return { 200, json(found.value()), "application/json", {} };
        }
        if (const QRegularExpressionMatch match = versionById.match(request.path);
            match.hasMatch()) {
            const auto found = m_versionsById.constFind(match.captured(1).toLongLong());
            if (found == m_versionsById.constEnd() || !shows(found.value()))
                return {
                    404, errorBody(QStringLiteral("Model not found")), "application/json", {}
                };
            return { 200, json(found.value()), "application/json", {} };
        }
        if (const QRegularExpressionMatch match = modelById.match(request.path); match.hasMatch()) {
            bool isNumber = false;
            const qint64 id = match.captured(1).toLongLong(&isNumber);
            if (!isNumber || id <= 0 || id > std::numeric_limits<qint32>::max())
                return { 400, errorBody(QStringLiteral("Invalid id")), "application/json", {} };
            const auto found = m_models.constFind(id);
            if (found == m_models.constEnd() || !shows(found.value()))
                return { 404,
                         errorBody(QStringLiteral("No model with id %1").arg(id)),
                         "application/json",
                         {} };
            return { 200, json(found.value()), "application/json", {} };
        }
        const auto file = m_files.constFind(request.path);
        if (file != m_files.constEnd())
            return { 200, file->bytes, file->contentType, {} };
    }
    return { 404, NotFoundHtml, "text/html", {} };
}

// GET /api/v1/models?ids=1,2&limit=100&nsfw=true: the models among `ids` (as getAllModelsSchema);
// mature ones only with nsfw=true, and never in safe-for-work mode.
FakeCivitai::Response FakeCivitai::listModels(const QUrlQuery &query) const
{
    if (!m_batchEnabled || !query.hasQueryItem(QStringLiteral("ids")))
        return { 404, NotFoundHtml, "text/html", {} };
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const QStringList ids = query.queryItemValue(QStringLiteral("ids")).split(QLatin1Char(','));
    if (limit < 1 || limit > 100 || ids.size() > limit)
        return { 400, errorBody(QStringLiteral("Invalid limit")), "application/json", {} };
    const bool nsfw = query.queryItemValue(QStringLiteral("nsfw")) == QLatin1String("true");
    QByteArrayList items; // as JSON text
    for (const QString &id : ids) {
        bool isNumber = false;
        const auto found = m_models.constFind(id.toLongLong(&isNumber));
        if (!isNumber)
            return { 400, errorBody(QStringLiteral("Invalid ids")), "application/json", {} };
        if (found == m_models.constEnd() || !shows(found.value())
            || (!nsfw && isMature(found.value())))
            continue;
        if (!m_keepAnswers) {
            items.append(json(found.value()));
            continue;
        }
        QByteArray &kept = m_keptModels[found.key()];
        if (kept.isEmpty())
            kept = json(found.value());
        items.append(kept);
    }
    // As QJsonDocument writes {"items": [...], "metadata": {}}.
    return { 200, "{\"items\":[" + items.join(',') + "],\"metadata\":{}}", "application/json", {} };
}

QByteArray FakeCivitai::serialize(const Response &response, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: "
        + QByteArray::number(contentLength >= 0 ? contentLength : response.body.size()) + "\r\n";
    head += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

void FakeCivitai::send(QTcpSocket *socket, const Response &response)
{
    socket->write(serialize(response) + response.body);
    socket->disconnectFromHost();
}
