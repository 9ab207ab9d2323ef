// Scale benchmark: the real civitai-data-manager over N small generated model files against the
// fake Civitai with pacing off, then the unchanged re-run. Reports, for each run, the wall time,
// the program's own CPU time, its peak memory, the bytes it wrote, and API requests per file.
//
//   cdm-bench-scale PROGRAM [--files N] [--dir DIR | --keep DIR] [--recheck]
//
// --keep DIR: the collection and archive stay in DIR; when DIR holds an archive from an earlier
// run of the same --files, its first run is not repeated: only the re-run is measured again.
//
// The unchanged re-run is run twice: the second time the fake sends again the answers it made the
// first time to the same requests, and each model as it wrote it, so that the wall time is closer
// to the program's own (requests batched otherwise are answered anew).
//
// --recheck: one model per known file, and the second run is a `--recheck` of the archive, with
// every request it made counted (API and media alike).
//
// Each run is measured by a child copy of this benchmark (--measure) that starts the program and
// reports getrusage(RUSAGE_CHILDREN): so each run's peak memory is its own, not the larger of both.
#include "benchcollection.h"
#include "fakecivitai.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

struct Outcome
{
    int exitCode = -1;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double peakRssMiB = 0;
    double writtenMiB = 0;
    double fakeCpuSeconds = -1; // this process's while it served the run: the fake Civitai's
};

// This process's CPU time so far (-1 where unknown).
double ownCpuSeconds()
{
#ifdef Q_OS_UNIX
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
        + usage.ru_stime.tv_usec / 1e6;
#else
    return -1;
#endif
}

// --measure mode: runs the program, prints "exitCode user+sys maxrssKiB outblocks".
int measure(const QStringList &command)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(command.constFirst(), command.mid(1));
    process.waitForFinished(-1);
#ifdef Q_OS_UNIX
    struct rusage usage
    {
    };
    getrusage(RUSAGE_CHILDREN, &usage);
    const double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
        + usage.ru_stime.tv_usec / 1e6;
    std::printf("%d %.3f %ld %ld\n", process.exitCode(), cpu, usage.ru_maxrss, usage.ru_oublock);
#else
    std::printf("%d -1 -1 -1\n", process.exitCode()); // no getrusage: figures unknown
#endif
    return 0;
}

// Runs the program through a measuring child while this thread keeps serving the fake Civitai.
Outcome run(const QStringList &command, const QUrl &apiBase)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Outcome outcome;
    const double cpuBefore = ownCpuSeconds();
    outcome.wallSeconds = BenchCollection::runServing(
        process, QCoreApplication::applicationFilePath(),
        QStringList { QStringLiteral("--measure") } + command, apiBase);
    if (cpuBefore >= 0)
        outcome.fakeCpuSeconds = ownCpuSeconds() - cpuBefore;
    const QList<QByteArray> fields = process.readAllStandardOutput().simplified().split(' ');
    if (fields.size() == 4) {
        outcome.exitCode = fields[0].toInt();
        outcome.cpuSeconds = fields[1].toDouble();
        outcome.peakRssMiB = fields[2].toDouble() / 1024;
        outcome.writtenMiB = fields[3].toDouble() * 512 / (1024 * 1024);
    }
    return outcome;
}

double folderMiB(const QString &path)
{
    qint64 bytes = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        bytes += QFileInfo(it.next()).size();
    return bytes / (1024.0 * 1024.0);
}

void print(const char *title, const Outcome &outcome, int apiRequests, int files)
{
    std::printf("  %-20s wall %8.1f s  own CPU %8.1f s  peak RSS %7.1f MiB  written %8.1f MiB"
                "  API requests %6d (%.3f per file)  exit %d\n",
                title, outcome.wallSeconds, outcome.cpuSeconds, outcome.peakRssMiB,
                outcome.writtenMiB, apiRequests, double(apiRequests) / files, outcome.exitCode);
    // On a machine of few cores the fake's answers take the program's cores too.
    if (outcome.fakeCpuSeconds >= 0)
        std::printf("  %-20s the fake Civitai's CPU meanwhile %.1f s\n", "",
                    outcome.fakeCpuSeconds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--measure") == 0)
        return measure(app.arguments().mid(2));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("program"),
                                 QStringLiteral("The civitai-data-manager executable."));
    parser.addOption({ QStringLiteral("files"), QStringLiteral("Model files to generate."),
                       QStringLiteral("N"), QStringLiteral("20000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where to write the test files."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("keep"),
                       QStringLiteral("Keep the files in DIR; reuse an earlier first run there."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("recheck"),
                       QStringLiteral("One model a file; the second run is a --recheck.") });
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString program = parser.positionalArguments().constFirst();
    const int fileCount = parser.value(QStringLiteral("files")).toInt();
    QTemporaryDir temporary(parser.isSet(QStringLiteral("dir"))
                                ? parser.value(QStringLiteral("dir"))
                                    + QStringLiteral("/cdm-scale-XXXXXX")
                                : QString());
    const bool keep = parser.isSet(QStringLiteral("keep"));
    const QDir dir(keep ? parser.value(QStringLiteral("keep")) : temporary.path());
    if (keep)
        temporary.remove();
    const bool reuse = keep && dir.exists(QStringLiteral("archive"));

    FakeCivitai civitai;
    // The archive records the host's address (image URLs, source_host): a reused one needs it.
    QFile portFile(dir.filePath(QStringLiteral("port")));
    const quint16 port
        = reuse && portFile.open(QIODevice::ReadOnly) ? portFile.readAll().toUShort() : 0;
    if (!civitai.listen(port)) {
        std::fprintf(stderr, "cannot listen on port %d\n", port);
        return 1;
    }
    if (keep && !reuse) {
        QDir().mkpath(dir.path());
        portFile.open(QIODevice::WriteOnly);
        portFile.write(QByteArray::number(civitai.baseUrl().port()));
        portFile.close();
    }
    const bool recheck = parser.isSet(QStringLiteral("recheck"));
    const int known = BenchCollection::generate(
        civitai, dir.filePath(QStringLiteral("models")), fileCount,
        recheck ? 1 : BenchCollection::VersionsPerModel,
        reuse ? BenchCollection::Files::Keep : BenchCollection::Files::Write);
    const QStringList command { program,
                                QStringLiteral("--all"),
                                dir.filePath(QStringLiteral("models")),
                                QStringLiteral("--output"),
                                dir.filePath(QStringLiteral("archive")),
                                QStringLiteral("--notimeout"),
                                QStringLiteral("--quiet") };
    std::printf("%d files (%d on Civitai), pacing off\n", fileCount, known);
    std::fflush(stdout);
    int firstRequests = 0;
    if (reuse) {
        std::printf("  %-20s reused from %s\n", "first run", qPrintable(dir.path()));
    } else {
        const Outcome first = run(command, civitai.baseUrl());
        firstRequests = civitai.requestCount(QStringLiteral("/api/"));
        print("first run", first, firstRequests, fileCount);
    }
    std::fflush(stdout);
    if (recheck) {
        const int allBefore = civitai.requestCount();
        const Outcome again
            = run(command + QStringList { QStringLiteral("--recheck") }, civitai.baseUrl());
        print("--recheck", again, civitai.requestCount(QStringLiteral("/api/")) - firstRequests,
              fileCount);
        std::printf("  --recheck of %d models: %d requests in all, %.1f s\n", known,
                    civitai.requestCount() - allBefore, again.wallSeconds);
    } else {
        // Run twice: the second gets the first's answers as they were kept, so that its wall time
        // is closer to the program's own (all but waiting for the network).
        civitai.setKeepAnswers(true);
        const Outcome rerun = run(command, civitai.baseUrl());
        const int rerunRequests = civitai.requestCount(QStringLiteral("/api/")) - firstRequests;
        print("unchanged re-run", rerun, rerunRequests, fileCount);
        std::fflush(stdout);
        const Outcome ready = run(command, civitai.baseUrl());
        print("again, answers ready", ready,
              civitai.requestCount(QStringLiteral("/api/")) - firstRequests - rerunRequests,
              fileCount);
    }
    std::printf("  archive size %.1f MiB\n", folderMiB(dir.filePath(QStringLiteral("archive"))));
    return 0;
}
