#pragma once

#include <QDateTime>
#include <QString>

// Timestamps in the formats the Python tool wrote, which old scripts parse.
namespace Timestamps {

// Python's datetime.now().isoformat(): local time, microseconds, no zone
// ("2024-11-06T15:53:56.123000").
QString isoLocal(const QDateTime &time = QDateTime::currentDateTime());

// "2024-11-06 15:53:56", as in missing_from_civitai.txt.
QString plainLocal(const QDateTime &time = QDateTime::currentDateTime());

} // namespace Timestamps
