#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A local stand-in for CivArchive's API, on 127.0.0.1 only: GET /api/v1/sha256/{sha256} answers
// from a table, and an unknown hash, as CivArchive does, with 200 and empty `files` and
// `models` (never 404). Serves preview images too. Faults: its hourly cap's HTML page, a slow
// or malformed answer, a server error. Records each request with its headers.
class FakeCivArchive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeCivArchive)

public:
    enum class Fault
    {
        HourlyCap, // 200 with an HTML page
        Slow, // the answer after `slowMs`
        Malformed, // 200 with broken JSON
        ServerError, // 500
    };
    struct Request
    {
        QString path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    explicit FakeCivArchive(QObject *parent = nullptr);
    ~FakeCivArchive() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api/v1
    QUrl siteUrl() const; // http://127.0.0.1:PORT

    // The answer for `sha256`: {"files": [...], "models": [...]}, or any body (the older shape).
    void setAnswer(const QString &sha256, const QJsonObject &answer);
    // A model page in today's shape, its version holding `sha256` and `imageCount` previews
    // served here (relative links, as CivArchive's own may be), with a copy on Civitai (deleted)
    // and one on Hugging Face.
    QJsonObject makeAnswer(const QString &sha256, const QString &name, int imageCount = 1) const;
    void addFile(const QString &path, const QByteArray &bytes, const QByteArray &contentType);

    // Every request from now on (times < 0) or the next `times` to the API answer with `fault`.
    void injectFault(Fault fault, int times = -1, int slowMs = 0);
    void clearFaults() { m_faultTimes = 0; }

    QList<Request> requests() const { return m_requests; }
    int apiRequestCount() const;

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QString &path);
    static void send(QTcpSocket *socket, int status, const QByteArray &body,
                     const QByteArray &contentType);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, QByteArray> m_answers; // lower-case SHA-256
    QHash<QString, std::pair<QByteArray, QByteArray>> m_files; // bytes, content type
    QList<Request> m_requests;
    Fault m_fault = Fault::ServerError;
    int m_faultTimes = 0; // < 0: always
    int m_slowMs = 0;
};
