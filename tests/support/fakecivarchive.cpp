#include "fakecivarchive.h"

#include "fakecivitai.h"
#include "fakehttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QString ApiPrefix = QStringLiteral("/api/v1/sha256/");
const QByteArray CapPage = "<!DOCTYPE html><html><head><title>Rate limit reached</title></head>"
                           "<body>You have reached the hourly limit.</body></html>";

} // namespace

FakeCivArchive::FakeCivArchive(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        acceptConnections(m_server, this, m_buffers,
                          [this](QTcpSocket *socket) { onReadyRead(socket); });
    });
}

FakeCivArchive::~FakeCivArchive()
{
    // No socket may call back into a half-destroyed fake.
    for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it)
        it.key()->disconnect(this);
}

bool FakeCivArchive::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeCivArchive::siteUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QUrl FakeCivArchive::baseUrl() const
{
    return QUrl(siteUrl().toString() + QStringLiteral("/api/v1"));
}

void FakeCivArchive::setAnswer(const QString &sha256, const QJsonObject &answer)
{
    m_answers.insert(sha256.toLower(), QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

QJsonObject FakeCivArchive::makeAnswer(const QString &sha256, const QString &name,
                                       int imageCount) const
{
    QJsonArray images;
    for (int i = 0; i < imageCount; ++i) {
        const QString path = QStringLiteral("/images/%1/%2.jpeg").arg(sha256.left(8)).arg(i);
        const_cast<FakeCivArchive *>(this)->addFile(path, FakeCivitai::jpegBytes(path.toUtf8()),
                                                    "image/jpeg");
        images.append(QJsonObject { { QStringLiteral("id"), 900 + i },
                                    // A thumbnail not served here: only the full size is.
                                    { QStringLiteral("url"), QStringLiteral("/thumbs") + path },
                                    { QStringLiteral("link"), path },
                                    { QStringLiteral("type"), QStringLiteral("image") } });
    }
    const QJsonObject version {
        { QStringLiteral("id"), QStringLiteral("2002") },
        { QStringLiteral("name"), QStringLiteral("v1.0") },
        { QStringLiteral("base_model"), QStringLiteral("SDXL 1.0") },
        { QStringLiteral("trigger"), QJsonArray { QStringLiteral("gone_style") } },
        { QStringLiteral("description"), QStringLiteral("<p>Version notes</p>") },
        { QStringLiteral("created_at"), QStringLiteral("2024-03-01T10:00:00Z") },
        { QStringLiteral("url"), QStringLiteral("/models/1001?modelVersionId=2002") },
        { QStringLiteral("files"),
          QJsonArray {
              QJsonObject { { QStringLiteral("name"), name + QStringLiteral(".safetensors") },
                            { QStringLiteral("sha256"), sha256.toUpper() },
                            { QStringLiteral("size_kb"), 1024 } } } },
        { QStringLiteral("images"), images },
        { QStringLiteral("civitai_model_id"), 1001 },
        { QStringLiteral("civitai_model_version_id"), 2002 },
    };
    const QJsonObject model {
        { QStringLiteral("id"), QStringLiteral("1001") },
        { QStringLiteral("platform"), QStringLiteral("civitai") },
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), QStringLiteral("LORA") },
        { QStringLiteral("description"),
          QStringLiteral("<p>Gone from Civitai</p><script>alert(1)</script>") },
        { QStringLiteral("tags"), QJsonArray { QStringLiteral("style") } },
        { QStringLiteral("creator_name"), QStringLiteral("Ghost") },
        { QStringLiteral("creator_username"), QStringLiteral("ghost") },
        { QStringLiteral("deleted_at"), QStringLiteral("2025-06-01T00:00:00Z") },
        { QStringLiteral("version"), version },
        { QStringLiteral("versions"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("2002") },
                                     { QStringLiteral("name"), QStringLiteral("v1.0") } },
                       QJsonObject { { QStringLiteral("id"), QStringLiteral("2003") },
                                     { QStringLiteral("name"), QStringLiteral("v2.0") } } } },
    };
    const QJsonArray files {
        QJsonObject { { QStringLiteral("source"), QStringLiteral("civitai") },
                      { QStringLiteral("url"), QStringLiteral("/models/1001?modelVersionId=2002") },
                      { QStringLiteral("filename"), name + QStringLiteral(".safetensors") },
                      { QStringLiteral("is_gated"), false },
                      { QStringLiteral("is_paid"), false },
                      { QStringLiteral("deleted_at"), QStringLiteral("2025-06-01T00:00:00Z") } },
        QJsonObject { { QStringLiteral("source"), QStringLiteral("huggingface") },
                      { QStringLiteral("url"),
                        QStringLiteral("https://huggingface.co/ghost/styles/blob/main/") + name
                            + QStringLiteral(".safetensors") },
                      { QStringLiteral("filename"), name + QStringLiteral(".safetensors") },
                      { QStringLiteral("is_gated"), true },
                      { QStringLiteral("is_paid"), false },
                      { QStringLiteral("deleted_at"), QJsonValue::Null } },
    };
    return { { QStringLiteral("files"), files },
             { QStringLiteral("models"), QJsonArray { model } } };
}

void FakeCivArchive::addFile(const QString &path, const QByteArray &bytes,
                             const QByteArray &contentType)
{
    m_files.insert(path, { bytes, contentType });
}

void FakeCivArchive::injectFault(Fault fault, int times, int slowMs)
{
    m_fault = fault;
    m_faultTimes = times;
    m_slowMs = slowMs;
}

int FakeCivArchive::apiRequestCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [](const Request &request) {
        return request.path.startsWith(ApiPrefix);
    }));
}

void FakeCivArchive::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    const std::optional<HttpHead> head = HttpHead::readFrom(socket, buffer);
    if (!head)
        return;
    Request request;
    request.path = head->target.path();
    request.headers = head->headers;
    buffer.clear();
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_requests.append(request);
    answer(socket, request.path);
}

void FakeCivArchive::answer(QTcpSocket *socket, const QString &path)
{
    if (!path.startsWith(ApiPrefix)) {
        const auto file = m_files.constFind(path);
        if (file == m_files.constEnd())
            send(socket, 404, "<html>Not found</html>", "text/html");
        else
            send(socket, 200, file->first, file->second);
        return;
    }
    const QString sha256 = path.mid(ApiPrefix.size()).toLower();
    const QByteArray body = m_answers.value(sha256, R"({"files":[],"models":[]})");
    if (m_faultTimes == 0) {
        send(socket, 200, body, "application/json");
        return;
    }
    if (m_faultTimes > 0)
        --m_faultTimes;
    switch (m_fault) {
    case Fault::HourlyCap:
        send(socket, 200, CapPage, "text/html; charset=utf-8");
        break;
    case Fault::Slow:
        QTimer::singleShot(m_slowMs, socket,
                           [socket, body] { send(socket, 200, body, "application/json"); });
        break;
    case Fault::Malformed:
        send(socket, 200, R"({"files": [{"source": "civitai", )", "application/json");
        break;
    case Fault::ServerError:
        send(socket, 500, R"({"error":"Internal Server Error"})", "application/json");
        break;
    }
}

void FakeCivArchive::send(QTcpSocket *socket, int status, const QByteArray &body,
                          const QByteArray &contentType)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
                  + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
