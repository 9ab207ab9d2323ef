#pragma once

#include "core/localfilework.h"

#include <deque>
#include <vector>

class HashCache;

// The run's files waiting for their local work (LocalFileWork), taken a pool task at a time: a file
// to hash alone; files whose hash is known (the cache's, or --onlyupdate's archived one), which
// take microseconds each, a batch a task. A task a file would cost an unchanged re-run a wake-up
// of a pool thread and one of the run's thread for every file, more than the file's work.
class LocalJobQueue final
{
public:
    static constexpr int Batch = 16;

    void assign(std::deque<LocalFileJob> jobs) { m_jobs = std::move(jobs); }
    bool isEmpty() const { return m_jobs.empty(); }

    // The next task's jobs, at most `room` of them; none while quick ones would go in a batch
    // smaller than a quarter of `roomAtMost` (or Batch) and more are waiting: room comes back as
    // files finish. A job's cached hash is looked up in `cache` as it leaves, not held as text
    // while it waits: a file gone from the cache since is hashed.
    std::vector<LocalFileJob> take(int room, int roomAtMost, const HashCache &cache);

private:
    std::deque<LocalFileJob> m_jobs;
};
