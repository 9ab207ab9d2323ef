// Hashing benchmark: our FileHasher against a raw OpenSSL read loop on the same file, the speed-up
// of hashing several files in parallel, and an unchanged re-run of 200 files through the cache.
//
//   cdm-bench-hash [--size-mib N] [--dir DIR]
#include "core/archiverun.h"
#include "core/filehasher.h"
#include "fakecivitai.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdio>
#include <openssl/evp.h>
#include <vector>

namespace {

constexpr qint64 MiB = 1024 * 1024;

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(8 * MiB, Qt::Uninitialized);
    QRandomGenerator generator(size);
    for (qint64 written = 0; written < size; written += block.size()) {
        generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 chunk = qMin<qint64>(block.size(), size - written);
        if (file.write(block.constData(), chunk) != chunk)
            return false;
    }
    return true;
}

// The reference: an unbuffered QFile (each read() is one system call, as FileHasher's) into the
// same chunk size, EVP_DigestUpdate, nothing else.
QString rawOpenSslSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    std::vector<char> buffer(FileHasher::ChunkSize);
    qint64 got;
    while ((got = file.read(buffer.data(), qint64(buffer.size()))) > 0)
        EVP_DigestUpdate(context, buffer.data(), size_t(got));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    EVP_MD_CTX_free(context);
    return QString::fromLatin1(QByteArray(reinterpret_cast<char *>(digest), length).toHex());
}

template<typename Function> double bestSeconds(int runs, Function &&function)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        function();
        best = qMin(best, timer.nsecsElapsed() / 1e9);
    }
    return best;
}

RunSummary runArchive(const RunOptions &options)
{
    ArchiveRun run(options);
    RunSummary summary;
    QEventLoop loop;
    QObject::connect(&run, &ArchiveRun::finished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    run.start();
    if (run.isRunning())
        loop.exec();
    return summary;
}

void benchSingleStream(const QString &dir, qint64 size)
{
    const QString path = dir + QStringLiteral("/stream.bin");
    std::printf("Generating a %lld MiB file...\n", size / MiB);
    if (!writeRandomFile(path, size)) {
        std::printf("cannot write %s\n", qPrintable(path));
        return;
    }
    rawOpenSslSha256(path); // warm the page cache: both loops then measure hashing, not the disk

    QString raw, ours;
    const double rawSeconds = bestSeconds(3, [&] { raw = rawOpenSslSha256(path); });
    const double ourSeconds = bestSeconds(3, [&] { ours = FileHasher::hashFile(path).sha256; });
    const double mb = size / 1e6;
    std::printf("\nSingle stream, %lld MiB (page cache warm, best of 3)\n", size / MiB);
    std::printf("  raw OpenSSL loop   %8.0f MB/s\n", mb / rawSeconds);
    std::printf("  FileHasher         %8.0f MB/s   (%.3fx raw; target >= 0.95x)\n", mb / ourSeconds,
                rawSeconds / ourSeconds);
    std::printf("  digests agree: %s\n", raw == ours && !raw.isEmpty() ? "yes" : "NO");
    QFile::remove(path);
}

void benchParallel(const QString &dir)
{
    constexpr int Files = 4;
    constexpr qint64 Size = 256 * MiB;
    QStringList paths;
    for (int i = 0; i < Files; ++i) {
        paths.append(dir + QStringLiteral("/parallel%1.bin").arg(i));
        writeRandomFile(paths.last(), Size);
        rawOpenSslSha256(paths.last());
    }
    std::printf("\nParallel hashing, %d files x %lld MiB (%d cores)\n", Files, Size / MiB,
                QThread::idealThreadCount());
    double oneThread = 0;
    for (const int threads : { 1, 2, 4 }) {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        const double seconds = bestSeconds(2, [&] {
            QtConcurrent::blockingMap(&pool, paths,
                                      [](const QString &path) { FileHasher::hashFile(path); });
        });
        if (threads == 1)
            oneThread = seconds;
        std::printf("  %d thread(s)        %8.0f MB/s   speed-up %.2fx\n", threads,
                    Files * Size / 1e6 / seconds, oneThread / seconds);
    }
    for (const QString &path : paths)
        QFile::remove(path);
}

void benchCachedRerun(const QString &dir)
{
    constexpr int Files = 200;
    const QString models = dir + QStringLiteral("/models");
    QDir().mkpath(models);
    for (int i = 0; i < Files; ++i) {
        // A small valid safetensors file: header with metadata, then data.
        const QByteArray header
            = QStringLiteral(
                  R"({"__metadata__":{"ss_network_dim":"%1"},"w":{"dtype":"F32","shape":[16384],"data_offsets":[0,65536]}})")
                  .arg(i)
                  .toUtf8();
        QByteArray bytes(8, '\0');
        qToLittleEndian<quint64>(quint64(header.size()), bytes.data());
        bytes += header + QByteArray(65536, char(i));
        QFile file(models + QStringLiteral("/lora_%1.safetensors").arg(i, 3, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return;
    }
    // Against the fake Civitai with no pause: the re-run measures the cache, not the waiting.
    FakeCivitai civitai;
    civitai.listen();
    for (int i = 0; i < Files; ++i) {
        const QString path
            = models + QStringLiteral("/lora_%1.safetensors").arg(i, 3, 10, QLatin1Char('0'));
        civitai.addModelFile(FileHasher::hashFile(path).sha256, 1000 + i, 2000 + i, 1);
    }
    RunOptions options;
    options.sources = { models };
    options.outputDir = dir + QStringLiteral("/archive");
    options.apiBases = { civitai.baseUrl() };
    options.noTimeout = true;
    QElapsedTimer timer;
    timer.start();
    const RunSummary first = runArchive(options);
    const double firstSeconds = timer.nsecsElapsed() / 1e9;

    RunSummary second;
    const double rerunSeconds = bestSeconds(3, [&] { second = runArchive(options); });
    std::printf("\nArchive run over %d files\n", Files);
    std::printf("  first run          %8.3f s  (%d hashed)\n", firstSeconds, first.filesHashed);
    std::printf(
        "  unchanged re-run   %8.3f s  (%d from cache, %lld bytes hashed; target < 0.5 s)\n",
        rerunSeconds, second.filesFromCache, static_cast<long long>(second.bytesHashed));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cdm.*=false"));
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("size-mib"), QStringLiteral("Single-stream file size."),
                       QStringLiteral("N"), QStringLiteral("1024") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where to write the test files."),
                       QStringLiteral("DIR") });
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary(parser.isSet(QStringLiteral("dir"))
                                ? parser.value(QStringLiteral("dir"))
                                    + QStringLiteral("/cdm-bench-XXXXXX")
                                : QString());
    if (!temporary.isValid()) {
        std::printf("cannot create a working folder\n");
        return 1;
    }
    benchSingleStream(temporary.path(),
                      parser.value(QStringLiteral("size-mib")).toLongLong() * MiB);
    benchParallel(temporary.path());
    benchCachedRerun(temporary.path());
    return 0;
}
