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

} // namespace Timestamps
