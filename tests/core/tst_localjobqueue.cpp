// The run's files go to the pool a task at a time: a file to hash alone, files whose hash the
// cache holds a batch a task.
#include "core/hashcache.h"
#include "core/localjobqueue.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sha
    = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
// Each its own: the cache knows a file moved by its identity too.
FileIdentity identityOf(int i)
{
    return { 100, 1'700'000'000'000'000'000, 1, quint64(i) };
}

LocalFileJob jobOf(int i, bool hashCached)
{
    LocalFileJob job;
    job.file.path = QStringLiteral("/models/m%1.safetensors").arg(i);
    job.file.identity = identityOf(i);
    job.hashCached = hashCached;
    return job;
}

// `count` files whose hash `cache` holds.
std::deque<LocalFileJob> cachedJobs(int count, HashCache &cache)
{
    std::deque<LocalFileJob> jobs;
    for (int i = 0; i < count; ++i) {
        jobs.push_back(jobOf(i, true));
        cache.insert(jobs.back().file.path, jobs.back().file.identity, Sha);
    }
    return jobs;
}

QStringList pathsOf(const std::vector<LocalFileJob> &jobs)
{
    QStringList paths;
    for (const LocalFileJob &job : jobs)
        paths.append(job.file.path.section(QLatin1Char('/'), -1));
    return paths;
}

} // namespace

class TestLocalJobQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // A batch waits for room: one a file would wake a pool thread and the run's thread each.
    void batchesTheFilesWhoseHashIsCached()
    {
        HashCache cache(m_dir.path());
        LocalJobQueue queue;
        queue.assign(cachedJobs(40, cache));

        const std::vector<LocalFileJob> first = queue.take(64, 64, cache);
        QCOMPARE(int(first.size()), LocalJobQueue::Batch);
        QCOMPARE(first.front().cachedSha256, Sha);
        QCOMPARE(first.back().cachedSha256, Sha);
        QVERIFY(queue.take(LocalJobQueue::Batch - 1, 64, cache).empty());
        QCOMPARE(int(queue.take(LocalJobQueue::Batch, 64, cache).size()), LocalJobQueue::Batch);
        // The last few go together once there is room for all of them.
        QVERIFY(queue.take(7, 64, cache).empty());
        QCOMPARE(pathsOf(queue.take(8, 64, cache)).constLast(), QStringLiteral("m39.safetensors"));
        QVERIFY(queue.isEmpty());
        QVERIFY(queue.take(64, 64, cache).empty());
    }

    // Little room (a test's small sync): batches shrink with it, and never wait for more than
    // can come back.
    void shrinksItsBatchesWithTheRoom()
    {
        HashCache cache(m_dir.path());
        LocalJobQueue queue;
        queue.assign(cachedJobs(10, cache));
        QCOMPARE(queue.take(2, 8, cache).size(), size_t(2));
        QCOMPARE(queue.take(1, 3, cache).size(), size_t(1));
    }

    // Hashing takes seconds: each such file is a task of its own, so the pool's threads hash in
    // parallel; so is a file gone from the cache since the scan.
    void hashesEachFileAlone()
    {
        HashCache cache(m_dir.path());
        std::deque<LocalFileJob> jobs { jobOf(0, false), jobOf(1, true), jobOf(2, true),
                                        jobOf(3, true), jobOf(4, false) };
        cache.insert(jobs[1].file.path, jobs[1].file.identity, Sha);
        cache.insert(jobs[3].file.path, jobs[3].file.identity, Sha); // m2 is not (any more)
        LocalJobQueue queue;
        queue.assign(std::move(jobs));

        QCOMPARE(pathsOf(queue.take(64, 64, cache)),
                 QStringList { QStringLiteral("m0.safetensors") });
        const std::vector<LocalFileJob> cached = queue.take(64, 64, cache);
        QCOMPARE(
            pathsOf(cached),
            (QStringList { QStringLiteral("m1.safetensors"), QStringLiteral("m2.safetensors") }));
        QCOMPARE(cached.front().cachedSha256, Sha);
        QVERIFY(cached.back().cachedSha256.isEmpty()); // hashed
        QCOMPARE(pathsOf(queue.take(64, 64, cache)),
                 QStringList { QStringLiteral("m3.safetensors") });
        QCOMPARE(pathsOf(queue.take(64, 64, cache)),
                 QStringList { QStringLiteral("m4.safetensors") });
        QVERIFY(queue.isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLocalJobQueue)
#include "tst_localjobqueue.moc"
