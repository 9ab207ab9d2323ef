#include "core/timestamps.h"

namespace Timestamps {

QString isoLocal(const QDateTime &time)
{
    // Qt has milliseconds; Python prints six digits.
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000");
}

QString plainLocal(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

namespace {

// `count` digits at `at`, or -1.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM:SS[.fraction]Z", or nullopt for any other shape.
std::optional<qint64> utcMsecsFast(QStringView iso)
{
    if (iso.size() < 20 || !iso.endsWith(u'Z') || iso.at(4) != u'-' || iso.at(7) != u'-'
        || iso.at(10) != u'T' || iso.at(13) != u':' || iso.at(16) != u':')
        return std::nullopt;
    const int year = digits(iso, 0, 4), month = digits(iso, 5, 2), day = digits(iso, 8, 2);
    const int hour = digits(iso, 11, 2), minute = digits(iso, 14, 2), second = digits(iso, 17, 2);
    int millis = 0;
    if (iso.size() > 20) { // a fraction of 1 to 3 digits; QDateTime rounds longer ones
        const int fraction = int(iso.size() - 21);
        if (iso.at(19) != u'.' || fraction < 1 || fraction > 3
            || (millis = digits(iso, 20, fraction)) < 0)
            return std::nullopt;
        for (int i = fraction; i < 3; ++i)
            millis *= 10;
    }
    const QDate date(year, month, day);
    if (year < 0 || !date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59)
        return std::nullopt;
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86'400'000
        + ((hour * 60 + minute) * 60 + second) * 1000LL + millis;
}

} // namespace

std::optional<qint64> utcMsecs(QStringView iso)
{
    if (const std::optional<qint64> fast = utcMsecsFast(iso))
        return fast;
    const QDateTime time = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

} // namespace Timestamps
