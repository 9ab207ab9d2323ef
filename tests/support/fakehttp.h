#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <optional>

// The head of an HTTP/1.1 request as the fake servers read it: the request line and the headers
// (names in lower case). nullopt while the head is still coming; `valid` is false for a request
// line without a target.
struct HttpHead
{
    QByteArray method;
    QUrl target;
    QHash<QByteArray, QByteArray> headers;
    qsizetype bodyStart = 0; // where the body starts in the buffer
    bool valid = true;

    static std::optional<HttpHead> parse(const QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        HttpHead head;
        head.bodyStart = headerEnd + 4;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        head.valid = requestLine.size() >= 2;
        head.method = requestLine.value(0);
        head.target = QUrl(QString::fromUtf8(requestLine.value(1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                head.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                    lines.at(i).mid(colon + 1).trimmed());
        }
        return head;
    }

    // What `socket` sent, added to `buffer`, and the head once it is all there.
    static std::optional<HttpHead> readFrom(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        return parse(buffer);
    }
};

// The fakes' connections, each with its buffer in `buffers` until it closes; `readyRead` reads.
inline void acceptConnections(QTcpServer &server, QObject *owner,
                              QHash<QTcpSocket *, QByteArray> &buffers,
                              const std::function<void(QTcpSocket *)> &readyRead)
{
    while (QTcpSocket *socket = server.nextPendingConnection()) {
        buffers.insert(socket, {});
        QObject::connect(socket, &QTcpSocket::readyRead, owner,
                         [readyRead, socket] { readyRead(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, owner, [&buffers, socket] {
            buffers.remove(socket);
            socket->deleteLater();
        });
    }
}
