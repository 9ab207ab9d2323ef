#include "core/civitaiurl.h"

#include <QUrlQuery>

#include <algorithm>

namespace {

const QStringList &civitaiSites()
{
    static const QStringList sites { QStringLiteral("civitai.com"), QStringLiteral("civitai.red"),
                                     QStringLiteral("www.civitai.com"),
                                     QStringLiteral("www.civitai.red") };
    return sites;
}

// What a user pasted, shortened for a message (the message is escaped where it is shown).
QString quoted(const QString &text)
{
    constexpr qsizetype Shown = 120;
    return text.size() > Shown ? text.left(Shown) + QStringLiteral("...") : text;
}

} // namespace

qint64 CivitaiUrl::parseId(const QString &text)
{
    // Digits only: no sign, no spaces, no hex, no exponent; 16 digits are already past 2^53.
    if (text.isEmpty() || text.size() > 16)
        return 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    }
    const qint64 id = text.toLongLong();
    return id > 0 && id <= MaxId ? id : 0;
}

bool CivitaiUrl::isAcceptedHost(const QUrl &url, const QList<QUrl> &apiBases)
{
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (url.scheme() == QLatin1String("https") && url.port(443) == 443
        && civitaiSites().contains(host))
        return true;
    for (const QUrl &apiBase : apiBases) {
        if (apiBase.scheme() == url.scheme() && apiBase.host(QUrl::FullyEncoded).toLower() == host
            && apiBase.port(apiBase.scheme() == QLatin1String("https") ? 443 : 80)
                == url.port(url.scheme() == QLatin1String("https") ? 443 : 80))
            return true;
    }
    return false;
}

std::variant<CivitaiLinkTarget, QString> CivitaiUrl::parse(const QString &text,
                                                           const QList<QUrl> &apiBases)
{
    const QString given = text.trimmed();
    if (given.isEmpty())
        return tr("Give the address of a Civitai model version, or its id.");
    if (given.size() > MaxLength)
        return tr("This address is too long to be a Civitai address.");
    CivitaiLinkTarget target;
    if (given.front().isDigit() && !given.contains(QLatin1Char('/'))) {
        target.versionId = parseId(given);
        if (target.versionId == 0)
            //: %1 is what the user gave
            return tr("'%1' is no model version id: an id is a positive whole number.")
                .arg(quoted(given));
        return target;
    }

    // Pasted without its scheme, as browsers show it: civitai.com/models/123.
    const bool bareSite = std::any_of(
        civitaiSites().cbegin(), civitaiSites().cend(), [&given](const QString &site) {
            return given.startsWith(site + QLatin1Char('/'), Qt::CaseInsensitive);
        });
    const QUrl url(bareSite ? QStringLiteral("https://") + given : given, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        //: %1 is what the user gave
        return tr("'%1' is no web address: give an address like "
                  "https://civitai.com/models/123?modelVersionId=456, or a version id.")
            .arg(quoted(given));
    if (!url.userInfo().isEmpty())
        return tr("A Civitai address has no user name or password in it.");
    if (!isAcceptedHost(url, apiBases))
        //: %1 is the host name of the address the user gave
        return tr("%1 is not Civitai: only addresses on civitai.com, civitai.red or the configured "
                  "API hosts are accepted.")
            .arg(quoted(url.host(QUrl::FullyEncoded)));
    target.site = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);

    // Ids are read from the address as written: "1%2F2" is no id (QUrl decodes only what
    // means the same, "%31" being "1").
    const QStringList path
        = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QUrlQuery query(url);
    const auto at = [&path](qsizetype index) {
        return path.value(index);
    };
    if (at(0) == QLatin1String("models") && (path.size() == 2 || path.size() == 3)) {
        if ((target.modelId = parseId(at(1))) == 0)
            //: %1 is what the user gave
            return tr("'%1' names no model: its id is no positive whole number.")
                .arg(quoted(given));
        const QStringList versions
            = query.allQueryItemValues(QStringLiteral("modelVersionId"), QUrl::FullyEncoded);
        if (versions.size() > 1)
            return tr("This address names more than one model version.");
        if (!versions.isEmpty() && (target.versionId = parseId(versions.constFirst())) == 0)
            return tr("The address's modelVersionId is no model version id.");
    } else if (path.size() == 4 && at(0) == QLatin1String("api")
               && at(1) == QLatin1String("download") && at(2) == QLatin1String("models")) {
        target.versionId = parseId(at(3));
    } else if (path.size() == 4 && at(0) == QLatin1String("api") && at(1) == QLatin1String("v1")
               && (at(2) == QLatin1String("model-versions") || at(2) == QLatin1String("models"))) {
        (at(2) == QLatin1String("models") ? target.modelId : target.versionId) = parseId(at(3));
    } else {
        //: %1 is what the user gave
        return tr("'%1' is no address of a Civitai model or model version.").arg(quoted(given));
    }
    if (target.modelId == 0 && target.versionId == 0)
        //: %1 is what the user gave
        return tr("'%1' names no model or version: its id is no positive whole number.")
            .arg(quoted(given));
    return target;
}
