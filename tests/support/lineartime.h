#pragma once

#include <QString>

#include <functional>

// For tests that some work costs time linear in its size, not quadratic: `seconds(n)` does the
// work on n items and returns its time, or a negative number when the work went wrong.
namespace LinearTime {

// Why the work at 4n took more than eight times (plus `slack` seconds) the work at n, where
// linear work takes four times and quadratic sixteen; empty when it did not.
inline QString problem(const char *what, int n, double slack,
                       const std::function<double(int)> &seconds)
{
    const double small = seconds(n);
    const double large = seconds(4 * n);
    qInfo("%s: %d items %.3f s, %d items %.3f s", what, n, small, 4 * n, large);
    if (small < 0 || large < 0)
        return QStringLiteral("the work failed");
    if (large >= 8 * small + slack)
        return QStringLiteral("%1 s for %2 items, %3 s for %4").arg(large).arg(4 * n).arg(small).arg(n);
    return {};
}

} // namespace LinearTime
