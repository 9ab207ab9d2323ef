#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Timestamps in the formats the Python tool wrote, which old scripts parse.
namespace Timestamps {

// Python's datetime.now().isoformat(): local time, microseconds, no zone
// ("2024-11-06T15:53:56.123000").
QString isoLocal(const QDateTime &time = QDateTime::currentDateTime());

// "2024-11-06 15:53:56", as in missing_from_civitai.txt.
QString plainLocal(const QDateTime &time = QDateTime::currentDateTime());

// An ISO 8601 time as Civitai writes them ("2025-01-01T09:05:22.000Z"), in milliseconds since
// the epoch; nullopt when it is none. Read without QDateTime where it is in UTC: a run compares
// every version of each file's model, and QDateTime parses a few hundred thousand a second.
std::optional<qint64> utcMsecs(QStringView iso);

} // namespace Timestamps
