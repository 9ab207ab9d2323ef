#include "core/localjobqueue.h"

#include "core/hashcache.h"

#include <algorithm>

std::vector<LocalFileJob> LocalJobQueue::take(int room, int roomAtMost, const HashCache &cache)
{
    const int batch = std::clamp(roomAtMost / 4, 1, Batch);
    std::vector<LocalFileJob> taken;
    if (m_jobs.empty() || room <= 0)
        return taken;
    if (!m_jobs.front().needsHashing() && room < std::min<qsizetype>(batch, m_jobs.size()))
        return taken;
    do {
        LocalFileJob job = std::move(m_jobs.front());
        m_jobs.pop_front();
        if (job.hashCached)
            job.cachedSha256
                = cache.lookup(job.file.path, job.file.identity, &job.hashFile).value_or(QString());
        const bool quick = !job.cachedSha256.isEmpty();
        taken.push_back(std::move(job));
        if (!quick) // hashed alone, in parallel with the others
            break;
    } while (qsizetype(taken.size()) < std::min(room, batch) && !m_jobs.empty()
             && !m_jobs.front().needsHashing());
    return taken;
}
