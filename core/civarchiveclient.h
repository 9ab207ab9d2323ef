#pragma once

#include "core/networkrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class RequestQueue;

// What CivArchive says about one file. It never answers 404: an unknown hash is a 200 with empty
// `files` and `models`, the only answer that means "not known". Its hourly cap answers an HTML
// page; that, a server error, a timeout or a body we cannot read is a failure, never an answer.
struct CivArchiveAnswer
{
    enum class Kind
    {
        Known,
        NotKnown,
        Failed
    };
    Kind kind = Kind::Failed;
    QJsonArray files; // every known copy of the file: source, url, filename, is_gated...
    QJsonArray models; // each model page that uses the file
    QString error; // Failed: why
    bool capped = false; // Failed by the hourly cap: asking again this run is pointless
    bool cancelled = false; // the run was cancelled
};

// CivArchive's API (GET {base}/sha256/{sha256}), a third party the user turned on. Its requests
// go on the queue's CivArchive lane: paced on their own, never with the Civitai key.
class CivArchiveClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CivArchiveClient)

public:
    using Done = std::function<void(const CivArchiveAnswer &)>;

    CivArchiveClient(RequestQueue *queue, const QUrl &base, QObject *parent = nullptr);

    const QUrl &base() const { return m_base; }
    void lookUp(const QString &sha256, QObject *context, Done done);

    // Both shapes: today's {"files", "models"} and the older one wrapped in "data".
    static CivArchiveAnswer parse(const NetworkResponse &response);
    // `key` of `object` as written (snake_case), else in camelCase: the shapes differ in that.
    static QJsonValue field(const QJsonObject &object, const char *key);

private:
    RequestQueue *m_queue;
    QUrl m_base;
};
