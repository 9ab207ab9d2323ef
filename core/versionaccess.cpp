#include "core/versionaccess.h"

#include "core/displayformat.h"
#include "core/jsonstream.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace {

const QLatin1String AccessKey { "access" };
const QLatin1String AccessEndsAtKey { "access_ends_at" };

// The fields of a version that say who can download it, as answers of each year say it.
constexpr QLatin1String EarlyAccessEndsAtKey("earlyAccessEndsAt");
constexpr QLatin1String EarlyAccessDeadlineKey("earlyAccessDeadline");
constexpr QLatin1String EarlyAccessConfigKey("earlyAccessConfig");
constexpr QLatin1String EarlyAccessTimeFrameKey("earlyAccessTimeFrame");
constexpr QLatin1String PublishedAtKey("publishedAt");
constexpr QLatin1String PaidAccessKey("paidAccess");
constexpr QLatin1String AvailabilityKey("availability");
constexpr QLatin1String VersionFields[] = {
    EarlyAccessEndsAtKey, EarlyAccessDeadlineKey, EarlyAccessConfigKey, EarlyAccessTimeFrameKey,
    PublishedAtKey,       PaidAccessKey,          AvailabilityKey,
};

QDateTime dateOf(const QJsonValue &value)
{
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (date.isValid() && date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC); // Civitai's dates are UTC, with or without their "Z"
    return date.toUTC();
}

// The end of early access, as answers of each year say it: a date (`earlyAccessEndsAt`, or
// `earlyAccessDeadline`), else days after publishing (`earlyAccessConfig.timeframe`, or 2023's
// `earlyAccessTimeFrame`); invalid when none says it.
QDateTime earlyAccessEnd(const QJsonObject &version)
{
    QDateTime endsAt = dateOf(version.value(EarlyAccessEndsAtKey));
    if (!endsAt.isValid())
        endsAt = dateOf(version.value(EarlyAccessDeadlineKey));
    if (!endsAt.isValid()) {
        const int days = qMax(version.value(EarlyAccessConfigKey)
                                  .toObject()
                                  .value(QLatin1String("timeframe"))
                                  .toInt(),
                              version.value(EarlyAccessTimeFrameKey).toInt());
        const QDateTime published = dateOf(version.value(PublishedAtKey));
        if (days > 0 && published.isValid())
            endsAt = published.addDays(days);
    }
    return endsAt;
}

// Since August 2026 paying is `paidAccess: {permanent, endsAt}` on a version that otherwise
// says "Public"; null when not gated.
std::optional<VersionAccess> paidAccessOf(const QJsonObject &version, const QDateTime &nowUtc)
{
    const QJsonValue paid = version.value(PaidAccessKey);
    if (paid.isBool() && paid.toBool())
        return VersionAccess { VersionAccess::Kind::Paid, {} };
    if (!paid.isObject())
        return std::nullopt;
    const QJsonObject access = paid.toObject();
    if (access.value(QLatin1String("permanent")).toBool())
        return VersionAccess { VersionAccess::Kind::Paid, {} };
    QDateTime endsAt = dateOf(access.value(QLatin1String("endsAt")));
    if (!endsAt.isValid()) // answers of August 2026 gave the end as early access's only
        endsAt = earlyAccessEnd(version);
    if (endsAt.isValid() && endsAt <= nowUtc)
        return std::nullopt;
    return VersionAccess { VersionAccess::Kind::Paid, endsAt };
}

// Early access: an end still to come, or without one only `availability: "EarlyAccess"`.
std::optional<VersionAccess> earlyAccessOf(const QJsonObject &version, const QDateTime &nowUtc)
{
    const QDateTime endsAt = earlyAccessEnd(version);
    const bool flagged = version.value(AvailabilityKey).toString() == QLatin1String("EarlyAccess");
    // A date that has passed wins over a flag: the answer may be older than the date.
    if (endsAt.isValid() ? endsAt > nowUtc : flagged)
        return VersionAccess { VersionAccess::Kind::EarlyAccess, endsAt };
    return std::nullopt;
}

} // namespace

VersionAccess VersionAccess::of(const QJsonObject &version, const QDateTime &nowUtc)
{
    if (const auto paid = paidAccessOf(version, nowUtc))
        return *paid;
    if (const auto early = earlyAccessOf(version, nowUtc))
        return *early;
    return {};
}

bool VersionAccess::readsField(QByteArrayView key)
{
    return std::any_of(std::begin(VersionFields), std::end(VersionFields),
                       [key](QLatin1String field) { return JsonStream::isKey(key, field); });
}

VersionAccess VersionAccess::fromEntry(const QJsonObject &entry)
{
    const QString kind = entry.value(AccessKey).toString();
    VersionAccess access;
    if (kind == QLatin1String("early_access"))
        access.kind = Kind::EarlyAccess;
    else if (kind == QLatin1String("paid"))
        access.kind = Kind::Paid;
    else
        return access;
    access.endsAt = dateOf(entry.value(AccessEndsAtKey));
    return access;
}

void VersionAccess::writeTo(QJsonObject &entry) const
{
    switch (kind) {
    case Kind::Public:
        entry.insert(AccessKey, QStringLiteral("public"));
        break;
    case Kind::EarlyAccess:
        entry.insert(AccessKey, QStringLiteral("early_access"));
        break;
    case Kind::Paid:
        entry.insert(AccessKey, QStringLiteral("paid"));
        break;
    }
    if (endsAt.isValid())
        entry.insert(AccessEndsAtKey, endsAt.toString(Qt::ISODate));
    else
        entry.remove(AccessEndsAtKey);
}

QString VersionAccess::label() const
{
    switch (kind) {
    case Kind::Public:
        break;
    case Kind::EarlyAccess:
        return endsAt.isValid()
            //: %1 is a date: until then only those who pay can download the version
            ? QCoreApplication::translate("VersionAccess", "Early access until %1")
                  .arg(DisplayFormat::date(endsAt))
            : QCoreApplication::translate("VersionAccess", "Early access");
    case Kind::Paid:
        return endsAt.isValid()
            //: %1 is a date: until then the version must be paid for
            ? QCoreApplication::translate("VersionAccess", "Paid until %1")
                  .arg(DisplayFormat::date(endsAt))
            : QCoreApplication::translate("VersionAccess", "Paid");
    }
    return {};
}
