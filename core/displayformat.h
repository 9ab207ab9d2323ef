#pragma once

#include <QDateTime>
#include <QString>

// Sizes, durations and dates as the command line and the window both show them.
namespace DisplayFormat {

QString bytes(qint64 bytes); // "512 B", "1.5 GiB"
QString duration(qint64 seconds); // "4:05", "1:02:03"; "--:--" when unknown (negative)
// The day of `time`, local, as the reader's language writes a short date with the whole year
// ("12/31/2026", "31.12.2026").
QString date(const QDateTime &time);

} // namespace DisplayFormat
