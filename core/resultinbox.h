#pragma once

#include <QMutex>

#include <iterator>
#include <vector>

// Results pool threads hand to one thread: the first of a batch wakes it (`wake`, one queued
// call), which then takes all that came meanwhile. An event a result would cost an unchanged
// re-run's files, which take microseconds each, more than their work.
template<typename Result> class ResultInbox final
{
public:
    template<typename Wake> void put(std::vector<Result> results, const Wake &wake)
    {
        QMutexLocker lock(&m_lock);
        const bool woken = !m_results.empty();
        std::move(results.begin(), results.end(), std::back_inserter(m_results));
        if (!woken && !m_results.empty())
            wake();
    }

    std::vector<Result> takeAll()
    {
        std::vector<Result> results;
        QMutexLocker lock(&m_lock);
        results.swap(m_results);
        return results;
    }

private:
    QMutex m_lock;
    std::vector<Result> m_results;
};
