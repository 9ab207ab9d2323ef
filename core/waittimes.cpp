#include "core/waittimes.h"

#include <QRandomGenerator>

using namespace std::chrono;

namespace WaitTimes {

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return milliseconds(qMax<qint64>(0, seconds) * 1000);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return milliseconds(qMax<qint64>(0, now.msecsTo(date)));
}

milliseconds backoff(int attempt, milliseconds base, milliseconds cap)
{
    const qint64 exponential = qMin<qint64>(cap.count(), base.count() << qMin(attempt - 1, 16));
    return milliseconds(exponential / 2 + QRandomGenerator::global()->bounded(exponential / 2 + 1));
}

milliseconds randomPause(milliseconds low, milliseconds high)
{
    const qint64 from = low.count();
    const qint64 to = qMax(from, qint64(high.count()));
    return milliseconds(from + QRandomGenerator::global()->bounded(to - from + 1));
}

} // namespace WaitTimes
