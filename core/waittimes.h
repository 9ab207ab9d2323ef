#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

// How long the request queue waits: Retry-After as a server says it, an exponential backoff,
// a random pause. Random parts spread clients out, so that they do not come back all at once.
namespace WaitTimes {

// Retry-After is seconds or an HTTP date (then counted from `now`).
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now);
// base * 2^(attempt-1), capped, with "full jitter" in its upper half.
std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds base,
                                  std::chrono::milliseconds cap);
// Anywhere from `low` to `high`.
std::chrono::milliseconds randomPause(std::chrono::milliseconds low,
                                      std::chrono::milliseconds high);

} // namespace WaitTimes
