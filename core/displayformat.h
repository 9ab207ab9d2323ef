#pragma once

#include <QString>

// Sizes and durations as the command line and the window both show them.
namespace DisplayFormat {

QString bytes(qint64 bytes); // "512 B", "1.5 GiB"
QString duration(qint64 seconds); // "4:05", "1:02:03"; "--:--" when unknown (negative)

} // namespace DisplayFormat
