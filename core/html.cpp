#include "core/html.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Html {

QString escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            escaped += QLatin1String("&amp;");
            break;
        case '<':
            escaped += QLatin1String("&lt;");
            break;
        case '>':
            escaped += QLatin1String("&gt;");
            break;
        case '"':
            escaped += QLatin1String("&quot;");
            break;
        case '\'':
            escaped += QLatin1String("&#39;");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString jsonForScript(const QJsonValue &value)
{
    const QByteArray json = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : value.isObject()
        ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QString safe = QString::fromUtf8(json);
    safe.replace(QLatin1Char('<'), QLatin1String("\\u003c"));
    safe.replace(QLatin1Char('>'), QLatin1String("\\u003e"));
    safe.replace(QLatin1Char('&'), QLatin1String("\\u0026"));
    safe.replace(QChar(0x2028), QLatin1String("\\u2028"));
    safe.replace(QChar(0x2029), QLatin1String("\\u2029"));
    return safe;
}

QString safeLink(const QUrl &url)
{
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QString relativeLink(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    QStringList encoded;
    for (const QString &segment : segments)
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    return encoded.join(QLatin1Char('/'));
}

} // namespace Html
