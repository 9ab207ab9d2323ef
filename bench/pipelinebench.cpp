// Pipeline benchmark: the real civitai-data-manager on generated model files against the fake
// Civitai, with pacing off; then the same with the fake server allowing 60 API requests a minute.
// Reports requests per model file, wall time, the program's peak memory, and false "missing".
//
//   cdm-bench-pipeline PROGRAM [--files N] [--skip-rate-limited] [--short-retry-after] [--polite]
#include "benchcollection.h"
#include "core/missinglist.h"
#include "fakecivitai.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

using BenchCollection::VersionsPerModel;

struct Outcome
{
    int exitCode = -1;
    double seconds = 0;
    long peakRssKiB = -1; // unknown off Unix
};

// Runs the program to completion while this thread keeps serving the fake Civitai.
Outcome runProgram(const QString &program, const QStringList &arguments, const QUrl &apiBase)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    Outcome outcome;
    outcome.seconds = BenchCollection::runServing(process, program, arguments, apiBase);
    outcome.exitCode = process.exitCode();
#ifdef Q_OS_UNIX
    struct rusage usage
    {
    };
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far: this one, run after the smaller
    outcome.peakRssKiB = usage.ru_maxrss;
#endif
    return outcome;
}

// `paced`: the program's default polite pause (3-6 s between API requests), else none.
void scenario(const QString &title, const QString &program, int fileCount, int rateLimit,
              int retryAfter = 0, bool paced = false)
{
    QTemporaryDir dir;
    FakeCivitai civitai;
    civitai.listen();
    civitai.setRateLimit(rateLimit, true, retryAfter);
    const int known
        = BenchCollection::generate(civitai, dir.filePath(QStringLiteral("models")), fileCount);
    QStringList arguments { QStringLiteral("--all"), dir.filePath(QStringLiteral("models")),
                            QStringLiteral("--output"), dir.filePath(QStringLiteral("archive")),
                            QStringLiteral("--quiet") };
    if (!paced)
        arguments.append(QStringLiteral("--notimeout"));
    const Outcome outcome = runProgram(program, arguments, civitai.baseUrl());
    MissingList missing(dir.filePath(QStringLiteral("archive")));
    missing.load();
    const int apiRequests = civitai.requestCount(QStringLiteral("/api/"));
    std::printf("\n%s: %d files (%d on Civitai, %d models), exit code %d\n", qPrintable(title),
                fileCount, known, (known + VersionsPerModel - 1) / VersionsPerModel,
                outcome.exitCode);
    std::printf("  wall time            %8.1f s\n", outcome.seconds);
    std::printf("  API requests         %8d  (%.3f per model file)\n", apiRequests,
                double(apiRequests) / fileCount);
    std::printf("    hash triage        %8d\n",
                civitai.requestCount(QStringLiteral("/api/v1/model-versions/by-hash/ids")));
    std::printf("    version batches    %8d\n",
                civitai.requestCount(QStringLiteral("/api/v1/model-versions/by-hash$")));
    std::printf("    model batches      %8d\n", civitai.requestCount(QStringLiteral("/api/v1/models$")));
    std::printf("    single lookups     %8d\n",
                civitai.requestCount(QStringLiteral("/api/v1/model-versions/by-hash/"))
                    - civitai.requestCount(QStringLiteral("/api/v1/model-versions/by-hash/ids")));
    std::printf("    single models      %8d\n", civitai.requestCount(QStringLiteral("/api/v1/models/")));
    std::printf("  answered 429         %8d\n", civitai.rateLimitedCount());
    std::printf("  preview downloads    %8d\n", civitai.requestCount(QStringLiteral("/images/")));
    if (outcome.peakRssKiB >= 0)
        std::printf("  peak memory (RSS)    %8.1f MiB\n", outcome.peakRssKiB / 1024.0);
    std::printf("  listed as missing    %8d  (%d are not on Civitai: %s)\n",
                int(missing.entries().size()), fileCount - known,
                int(missing.entries().size()) == fileCount - known ? "no false \"missing\""
                                                                   : "WRONG");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("program"),
                                 QStringLiteral("The civitai-data-manager executable."));
    parser.addOption({ QStringLiteral("files"), QStringLiteral("Model files to generate."),
                       QStringLiteral("N"), QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("skip-rate-limited"),
                       QStringLiteral("Skip the 60-requests-a-minute run (it takes minutes).") });
    parser.addOption({ QStringLiteral("short-retry-after"),
                       QStringLiteral("Also run against 120 requests a minute that answers "
                                      "Retry-After: 2 (it takes minutes).") });
    parser.addOption({ QStringLiteral("polite"),
                       QStringLiteral("Also run with the default 3-6 s pause between API requests "
                                      "(it takes minutes).") });
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString program = parser.positionalArguments().constFirst();
    const int files = parser.value(QStringLiteral("files")).toInt();

    scenario(QStringLiteral("Pacing off"), program, files, 0);
    if (!parser.isSet(QStringLiteral("skip-rate-limited")))
        scenario(QStringLiteral("Server limits to 60 requests a minute"), program, files, 60);
    if (parser.isSet(QStringLiteral("short-retry-after")))
        scenario(QStringLiteral("Server limits to 120 requests a minute, says Retry-After: 2"),
                 program, files, 120, 2);
    if (parser.isSet(QStringLiteral("polite")))
        scenario(QStringLiteral("The default polite pause (3-6 s between API requests)"), program,
                 files, 0, 0, true);
    return 0;
}
