// State load benchmark: loads an archive's state files as ArchiveRun::loadState does (the same
// classes, in the same order, sharing one SharedStrings) and prints, per file, its size, the CPU
// time of its load and the process's resident memory growth, then the total and the resident
// memory once the parse's freed memory is given back, as the run does.
//
//   cdm-bench-stateload ARCHIVE_DIR [--runs N]
//
// --runs N: the loads are repeated N times, each time into new objects; the CPU time printed is
// the least of the N, the memory that of the first run. The archive is only read.
#include "core/failedfiles.h"
#include "core/filehistory.h"
#include "core/freedmemory.h"
#include "core/hashcache.h"
#include "core/manuallinks.h"
#include "core/missinglist.h"
#include "core/modelfilestamps.h"
#include "core/processedfiles.h"
#include "core/sharedstrings.h"
#include "core/updatesavailable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

namespace {

// The process's CPU time; where there is no such clock, std::clock(), which may be wall time.
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
#else
    return double(std::clock()) / CLOCKS_PER_SEC;
#endif
}

// The resident set, from /proc/self/statm (Linux): its second field, in pages.
double rssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024.0 * 1024.0) : -1;
}

// The objects of one run's state, as ArchiveRun holds them.
struct State
{
    explicit State(const QString &dir)
        : processed(dir)
        , hashCache(dir)
        , missing(dir)
        , updates(dir)
        , modelStamps(dir)
        , links(dir)
        , history(dir)
        , failures(dir)
    {
        for (StateFile *state : std::initializer_list<StateFile *> {
                 &processed, &hashCache, &updates, &history, &modelStamps })
            state->setSharedStrings(&sharedStrings);
    }

    SharedStrings sharedStrings;
    ProcessedFiles processed;
    HashCache hashCache;
    MissingList missing;
    UpdatesAvailable updates;
    ModelFileStamps modelStamps;
    ManualLinks links;
    FileHistory history;
    FailedFiles failures;
};

struct Step
{
    QString file; // its name in the archive
    std::function<bool(State &, QString *error)> load;
    double cpu = 1e300; // the least of the runs
    double rssGrowthMiB = 0; // in the first run
};

// loadState's order.
std::vector<Step> loadStateSteps()
{
    return {
        { QStringLiteral("processed_files.json"),
          [](State &state, QString *error) {
              return state.processed.load(error);
          } },
        { QStringLiteral("hash_cache.json"),
          [](State &state, QString *error) {
              return state.hashCache.load(error);
          } },
        { QStringLiteral("missing_from_civitai.txt"),
          [](State &state, QString *error) {
              return state.missing.load(error);
          } },
        { QStringLiteral("updates_available.json"),
          [](State &state, QString *error) {
              return state.updates.load(error);
          } },
        { ManualLinks::fileName(),
          [](State &state, QString *error) {
              return state.links.load(error);
          } },
        { FileHistory::fileName(),
          [](State &state, QString *error) {
              return state.history.load(error);
          } },
        { FailedFiles::fileName(),
          [](State &state, QString *error) {
              return state.failures.load(error);
          } },
        { QStringLiteral("model_stamps.jsonl"),
          [](State &state, QString *error) {
              return state.modelStamps.load(error);
          } },
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loads an archive's state files as a run does, and measures each load."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ARCHIVE_DIR"), QStringLiteral("The archive."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repeat the loads N times."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(runsOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString dir = parser.positionalArguments().constFirst();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    std::vector<Step> steps = loadStateSteps();
    double rssAfterFirst = 0;
    double rssTrimmedFirst = 0;
    for (int run = 0; run < runs; ++run) {
        const double rssBefore = rssMiB();
        auto state = std::make_unique<State>(dir);
        for (Step &step : steps) {
            const double rss = rssMiB();
            const double cpu = cpuSeconds();
            QString error;
            if (!step.load(*state, &error))
                std::fprintf(stderr, "%s: %s\n", qPrintable(step.file), qPrintable(error));
            step.cpu = qMin(step.cpu, cpuSeconds() - cpu);
            if (run == 0)
                step.rssGrowthMiB = rssMiB() - rss;
        }
        if (run == 0) {
            rssAfterFirst = rssMiB() - rssBefore;
            returnFreedMemory(); // as loadState does
            rssTrimmedFirst = rssMiB() - rssBefore;
        }
    }

    std::printf("%-26s %9s %9s %11s\n", "file", "MB", "CPU s", "RSS +MiB");
    double totalCpu = 0;
    for (const Step &step : steps) {
        const QFileInfo file(QDir(dir).filePath(step.file));
        std::printf("%-26s %9.1f %9.3f %11.1f\n", qPrintable(step.file),
                    file.exists() ? file.size() / 1e6 : 0.0, step.cpu, step.rssGrowthMiB);
        totalCpu += step.cpu;
    }
    std::printf("%-26s %9s %9.3f %11.1f (%.1f once freed memory is given back)\n", "total", "",
                totalCpu, rssAfterFirst, rssTrimmedFirst);
    return 0;
}
