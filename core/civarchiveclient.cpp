#include "core/civarchiveclient.h"

#include "core/requestqueue.h"

#include <QJsonDocument>

namespace {

CivArchiveAnswer failure(const QString &error, bool capped = false)
{
    CivArchiveAnswer answer;
    answer.error = error;
    answer.capped = capped;
    return answer;
}

bool looksLikeHtml(const NetworkResponse &response)
{
    return response.contentType.toLower().contains("html")
        || response.body.trimmed().startsWith('<');
}

// The older shape wraps the answer in "data"; a single model may stand there alone.
QJsonObject unwrapped(QJsonObject root)
{
    if (root.value(QLatin1String("data")).isObject())
        root = root.value(QLatin1String("data")).toObject();
    if (!root.contains(QLatin1String("files")) && !root.contains(QLatin1String("models"))
        && root.value(QLatin1String("version")).isObject())
        return QJsonObject { { QStringLiteral("models"), QJsonArray { root } } };
    return root;
}

bool isListOrAbsent(const QJsonValue &value)
{
    return value.isArray() || value.isUndefined() || value.isNull();
}

} // namespace

CivArchiveClient::CivArchiveClient(RequestQueue *queue, const QUrl &base, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_base(base)
{ }

void CivArchiveClient::lookUp(const QString &sha256, QObject *context, Done done)
{
    NetworkRequest request;
    request.url = m_base;
    QString path = m_base.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    request.url.setPath(path + QStringLiteral("/sha256/") + sha256.toLower());
    request.lane = NetworkRequest::Lane::CivArchive;
    request.maxBytes = 16 * 1024 * 1024; // a model's answer is kilobytes
    m_queue->enqueue(request, context, [done = std::move(done)](const NetworkResponse &response) {
        done(parse(response));
    });
}

CivArchiveAnswer CivArchiveClient::parse(const NetworkResponse &response)
{
    if (response.outcome == NetworkResponse::Outcome::Cancelled) {
        CivArchiveAnswer cancelled = failure(response.describe());
        cancelled.cancelled = true;
        return cancelled;
    }
    if (response.outcome == NetworkResponse::Outcome::Finished && looksLikeHtml(response))
        return failure(tr("CivArchive answered a web page, not data (its hourly limit)"), true);
    if (response.status == 429)
        return failure(tr("CivArchive's hourly limit was reached"), true);
    if (!response.isSuccess())
        return failure(response.describe());
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject root = unwrapped(document.object());
    const QJsonValue files = root.value(QLatin1String("files"));
    const QJsonValue models = root.value(QLatin1String("models"));
    if (!document.isObject() || (!files.isArray() && !models.isArray()) || !isListOrAbsent(files)
        || !isListOrAbsent(models))
        return failure(tr("CivArchive's answer could not be read"));
    CivArchiveAnswer answer;
    answer.files = files.toArray();
    answer.models = models.toArray();
    answer.kind = answer.files.isEmpty() && answer.models.isEmpty()
        ? CivArchiveAnswer::Kind::NotKnown
        : CivArchiveAnswer::Kind::Known;
    return answer;
}

QJsonValue CivArchiveClient::field(const QJsonObject &object, const char *key)
{
    const QString snake = QLatin1String(key);
    if (object.contains(snake))
        return object.value(snake);
    QString camel;
    bool upper = false;
    for (const QChar c : snake) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        camel += upper ? c.toUpper() : c;
        upper = false;
    }
    return object.value(camel);
}
