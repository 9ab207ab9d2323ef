#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

class FakeCivitai;

// What the pipeline and scale benchmarks share: the generated collection and running the real
// program against the fake Civitai.
namespace BenchCollection {

constexpr int VersionsPerModel = 4; // several local files of one model: fetched once
constexpr int UnknownEvery = 10; // one file in ten is not on Civitai

// Files::Keep leaves the files a previous call wrote as they are (their mtimes too) and only
// teaches `civitai` about them: the generator is deterministic.
enum class Files
{
    Write,
    Keep
};

// `count` small LoRA files under `modelsDir` (1,000 a folder, distinct hashes), each but one in
// ten known to `civitai`, `versionsPerModel` files a model; returns how many are known.
int generate(FakeCivitai &civitai, const QString &modelsDir, int count,
             int versionsPerModel = VersionsPerModel, Files files = Files::Write);

// Runs `program` to its end with `apiBase` as its API host, while this thread keeps serving the
// fake Civitai; returns the wall time in seconds. `process` keeps the exit code and output.
double runServing(QProcess &process, const QString &program, const QStringList &arguments,
                  const QUrl &apiBase);

} // namespace BenchCollection
