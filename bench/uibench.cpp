// UI responsiveness benchmark: the window archives several GiB and 1,000 model files against the
// fake Civitai (served from a child process, as a real server would be) while a 1 ms timer on the
// UI thread measures how long the event loop is ever kept from running.
//
//   cdm-bench-ui [--files N] [--big-files N] [--big-size-mib N]
//
// With --rows N it replays instead what a run over N files tells the window (RunReplay): every
// file queued at once, then batches of stages and reports at --rate files a second. That measures
// the window alone at sizes a real run here would take an hour to reach, and prints the time to
// show the queued rows and the heap the rows take.
//
//   cdm-bench-ui --rows 100000 [--folders N] [--rate N] [--filter KEY] [--screenshot FILE.png]
//
// With --archive N it starts the window on an archive of N models instead (as after a restart):
// the time until the collection's first rows are painted, and the longest stall while the
// window reads the rest.
//
//   cdm-bench-ui --archive 10000 [--dir DIR] [--screenshot FILE.png]
#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/freedmemory.h"
#include "core/jsonfile.h"
#include "core/missinglist.h"
#include "core/settings.h"
#include "fakecivitai.h"
#include "runreplay.h"
#include "safetensorsfactory.h"
#include "stallmeter.h"
#include "ui/collectionloader.h"
#include "ui/collectionview.h"
#include "ui/mainwindow.h"
#include "ui/missingpanel.h"
#include "ui/progressmodel.h"
#include "ui/runcontroller.h"
#include "ui/sourcespanel.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <atomic>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

struct Published
{
    QString sha256;
    int modelId = 0;
    int versionId = 0;
};

// The fake Civitai in a child process (this program with --serve): its data and work are not
// counted as the window's, in memory or on a core.
class FakeCivitaiProcess
{
public:
    // Starts serving `published`; its address once it serves every file, or an empty one.
    QUrl start(const QList<Published> &published, const QString &listPath)
    {
        QFile list(listPath);
        if (!list.open(QIODevice::WriteOnly))
            return {};
        for (const Published &file : published)
            list.write(QStringLiteral("%1 %2 %3\n")
                           .arg(file.sha256)
                           .arg(file.modelId)
                           .arg(file.versionId)
                           .toLatin1());
        list.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(),
                        { QStringLiteral("--serve"), listPath });
        while (!m_process.canReadLine() && m_process.waitForReadyRead(60000)) { }
        return QUrl(QString::fromLatin1(m_process.readLine().trimmed()));
    }
    ~FakeCivitaiProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
};

// The child's side: serves the files listed as "sha256 modelId versionId" lines until killed.
int serveFake(const QString &listPath)
{
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly))
        return 1;
    FakeCivitai civitai;
    civitai.listen();
    while (!list.atEnd()) {
        const QList<QByteArray> fields = list.readLine().trimmed().split(' ');
        if (fields.size() == 3)
            civitai.addModelFile(QString::fromLatin1(fields.at(0)), fields.at(1).toInt(),
                                 fields.at(2).toInt(), 1);
    }
    std::printf("%s\n", qPrintable(civitai.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Bytes the heap holds right now: what the window's models take, whatever malloc keeps cached.
qint64 heapInUse()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return 0;
#endif
}

qint64 statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

qint64 peakRssKib()
{
    return statusKib("VmHWM:");
}

void useSource(MainWindow &window, const QString &models, const QString &archive, bool hidden)
{
    window.resize(1280, 800);
    if (!hidden)
        window.show();
    window.addSources({ models });
    QList<Source> sources = window.sourcesPanel()->sources();
    sources.first().outputDir = archive;
    window.sourcesPanel()->setSources(sources);
    QApplication::processEvents();
}

// Keeps the event loop running (and the meter measuring) while the panels reload after a run.
void settle()
{
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void printRows(ProgressModel *model)
{
    std::printf("  rows done / not on Civitai / failed  %d / %d / %d\n",
                model->count(ProgressModel::State::Done),
                model->count(ProgressModel::State::NotOnCivitai),
                model->count(ProgressModel::State::Failed));
}

} // namespace

int realRun(const QCommandLineParser &parser)
{
    const int fileCount = parser.value(QStringLiteral("files")).toInt();
    const int bigCount = parser.value(QStringLiteral("big-files")).toInt();
    const qint64 bigSize = parser.value(QStringLiteral("big-size-mib")).toLongLong() << 20;

    QTemporaryDir dir;
    QList<Published> published;
    for (int i = 0; i < fileCount; ++i) {
        const QByteArray bytes
            = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 64 + 4 * i);
        SafetensorsFactory::write(
            dir.filePath(
                QStringLiteral("models/loras/lora_%1.safetensors").arg(i, 5, 10, QLatin1Char('0'))),
            bytes);
        if (i % 10 != 9)
            published.append({ FileHasher::hashBytes(bytes), 10000 + i / 4, 20000 + i });
    }
    for (int i = 0; i < bigCount; ++i)
        SafetensorsFactory::writeSparse(
            dir.filePath(QStringLiteral("models/checkpoints/big_%1.safetensors").arg(i)), bigSize);

    FakeCivitaiProcess server;
    const QUrl apiBase = server.start(published, dir.filePath(QStringLiteral("published.txt")));
    if (!apiBase.isValid()) {
        std::fprintf(stderr, "the fake Civitai did not start\n");
        return 1;
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::ApiBases, QStringList { apiBase.toString() });
    settings.setValue(Settings::MinPauseSeconds, 0.0); // pacing off: the most events per second
    settings.setValue(Settings::MaxPauseSeconds, 0.0);
    MainWindow window(settings);
    useSource(window, dir.filePath(QStringLiteral("models")),
              dir.filePath(QStringLiteral("archive")), parser.isSet(QStringLiteral("hidden")));

    StallMeter meter;
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QElapsedTimer wall;
    wall.start();
    meter.start();
    const qint64 beforeRunKib = statusKib("VmRSS:");
    window.startRun();
    while (finished.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = wall.nsecsElapsed() / 1e9;
    settle();
    meter.stop();

    std::printf("UI thread while archiving %d small files and %d x %lld MiB (%.1f GiB):\n",
                fileCount, bigCount, bigSize >> 20, bigCount * bigSize / double(1 << 30));
    std::printf("  run wall time           %8.1f s\n", seconds);
    printRows(window.progressModel());
    meter.print();
    std::printf("  peak RSS                %8.1f MiB, %.1f MiB before the run\n",
                peakRssKib() / 1024.0, beforeRunKib / 1024.0);
    return 0;
}

// The archive's missing list as such a run leaves it, for the missing panel to load at the end.
void writeMissingList(const RunReplay &replay, const RunReplay::Shape &shape)
{
    MissingList missing(shape.outputDir);
    for (int file = 0; file < shape.files; ++file) {
        if (RunReplay::isMissing(file))
            missing.markMissing(replay.pathOf(file));
    }
    missing.save();
}

struct ReplayFigures
{
    double seconds = 0;
    std::atomic<qint64> queuedAt { -1 }; // ns on the replay's clock, set on the replay's thread
    qint64 shownAt = -1;
    // The UI thread's own CPU time for the queued rows: wall time on two shared cores also
    // counts other processes.
    qint64 cpuAtLastCall = 0;
    qint64 cpuAtQueued = -1;
    qint64 cpuShown = 0;
    qint64 heapBefore = 0;
    qint64 heapShown = 0;
    qint64 heapFinished = 0;
};

// Notes the UI thread's CPU time as each of the run's signals reaches the progress tree.
class CallClock final : public QObject
{
public:
    CallClock(qint64 *cpuAtLastCall, QObject *parent)
        : QObject(parent)
        , m_cpu(cpuAtLastCall)
    { }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MetaCall)
            *m_cpu = StallMeter::threadCpuNs();
        return false;
    }

private:
    qint64 *m_cpu;
};

// From the queued rows' signal to the event loop running again after the window took them.
void timeQueuedRows(RunReplay &replay, MainWindow &window, const QElapsedTimer &clock, int files,
                    ReplayFigures &figures)
{
    window.progressModel()->installEventFilter(
        new CallClock(&figures.cpuAtLastCall, window.progressModel()));
    QObject::connect( // runs on the replay's thread, as it emits
        window.runController(), &RunController::stagesChanged, &replay,
        [&clock, &figures, files](const QList<FileStage> &stages) {
            if (stages.size() == files && figures.queuedAt < 0)
                figures.queuedAt = clock.nsecsElapsed();
        },
        Qt::DirectConnection);
    QObject::connect(window.runController(), &RunController::stagesChanged, &window,
                     [&window, &clock, &figures, files](const QList<FileStage> &stages) {
                         if (stages.size() != files || figures.shownAt >= 0)
                             return;
                         figures.cpuAtQueued = figures.cpuAtLastCall;
                         QTimer::singleShot(0, &window, [&clock, &figures] {
                             figures.shownAt = clock.nsecsElapsed();
                             figures.cpuShown = StallMeter::threadCpuNs();
                             figures.heapShown = heapInUse();
                         });
                     });
}

QString withSuffix(const QString &png, const QString &suffix)
{
    return QString(png).replace(QStringLiteral(".png"), suffix + QStringLiteral(".png"));
}

void screenshotHalfway(MainWindow &window, const QString &png, int files)
{
    QObject::connect(window.runController(), &RunController::progressChanged, &window,
                     [&window, png, files, taken = false](const RunProgress &progress) mutable {
                         if (taken || progress.filesDone < files / 2)
                             return;
                         taken = true;
                         window.grab().save(withSuffix(png, QStringLiteral("-halfway")));
                     });
}

// The progress tab's "Show" filter, as a user would pick it.
void showOnly(MainWindow &window, const QString &key)
{
    const QList<QComboBox *> boxes = window.findChildren<QComboBox *>();
    for (QComboBox *box : boxes) {
        if (box->findData(key) >= 0 && box->findData(QStringLiteral("failed")) >= 0)
            box->setCurrentIndex(box->findData(key));
    }
}

void printReplay(const RunReplay::Shape &shape, const ReplayFigures &figures, MainWindow &window)
{
    const auto mib = [](qint64 bytes) {
        return bytes / double(1 << 20);
    };
    const qint64 files = qMax(1, shape.files);
    std::printf("UI thread while a run of %d files in %d folders reports %d files a second:\n",
                shape.files, shape.folders, shape.filesPerSecond);
    std::printf("  replay wall time        %8.1f s\n", figures.seconds);
    printRows(window.progressModel());
    std::printf("  queued rows shown after %8.1f ms (%.1f ms of the UI thread's CPU)\n",
                (figures.shownAt - figures.queuedAt) / 1e6,
                (figures.cpuShown - figures.cpuAtQueued) / 1e6);
    std::printf("  heap for queued rows    %8.1f MiB (%lld bytes a row)\n",
                mib(figures.heapShown - figures.heapBefore),
                (figures.heapShown - figures.heapBefore) / files);
    std::printf("  heap at the end         %8.1f MiB (%lld bytes a row)\n",
                mib(figures.heapFinished - figures.heapBefore),
                (figures.heapFinished - figures.heapBefore) / files);
    std::printf("  peak RSS                %8.1f MiB\n", peakRssKib() / 1024.0);
    std::printf("  missing panel rows      %8d\n", window.missingPanel()->count());
}

int replayRun(const QCommandLineParser &parser)
{
    QTemporaryDir dir;
    RunReplay::Shape shape;
    shape.root = dir.filePath(QStringLiteral("models"));
    shape.outputDir = dir.filePath(QStringLiteral("archive"));
    shape.files = parser.value(QStringLiteral("rows")).toInt();
    shape.folders = parser.value(QStringLiteral("folders")).toInt();
    shape.filesPerSecond = parser.value(QStringLiteral("rate")).toInt();
    QDir().mkpath(shape.root);
    QDir().mkpath(shape.outputDir);
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    RunReplay replay(shape, window.runController());
    writeMissingList(replay, shape);

    useSource(window, shape.root, shape.outputDir, parser.isSet(QStringLiteral("hidden")));
    QThread thread;
    replay.moveToThread(&thread);
    thread.start();
    QElapsedTimer clock;
    ReplayFigures figures;
    figures.heapBefore = heapInUse();
    timeQueuedRows(replay, window, clock, shape.files, figures);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (!screenshot.isEmpty())
        screenshotHalfway(window, screenshot, shape.files);
    if (parser.isSet(QStringLiteral("filter")))
        showOnly(window, parser.value(QStringLiteral("filter")));

    StallMeter meter;
    QSignalSpy finished(&window, &MainWindow::runFinished);
    clock.start();
    meter.start();
    QMetaObject::invokeMethod(&replay, &RunReplay::start);
    while (finished.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    figures.seconds = clock.nsecsElapsed() / 1e9;
    figures.heapFinished = heapInUse();
    settle();
    meter.stop();
    thread.quit();
    thread.wait();
    if (!screenshot.isEmpty()) {
        window.grab().save(screenshot);
        window.tabs()->setCurrentIndex(1);
        window.grab().save(withSuffix(screenshot, QStringLiteral("-missing")));
    }
    printReplay(shape, figures, window);
    meter.print();
    for (const QString &key : { QStringLiteral("failed"), QStringLiteral("active"), QString() }) {
        QElapsedTimer switching; // a user's pick, then the repaint it causes
        switching.start();
        showOnly(window, key);
        QApplication::processEvents();
        window.repaint();
        std::printf("  filter \"%s\" shown after %6.1f ms\n", qPrintable(key),
                    switching.nsecsElapsed() / 1e6);
    }
    return 0;
}

// `count` archived models as a run leaves them (hash, Civitai's version, a preview), their model
// files in models/<type>/ as processed_files.json records them. The model files themselves are
// not written: the window shows the archive's sizes for files that are gone.
void writeArchive(const QString &models, const QString &archive, int count)
{
    static const char *types[] = { "LORA", "Checkpoint", "TextualInversion", "LoCon" };
    static const char *bases[] = { "SDXL 1.0", "SD 1.5", "Flux.1 D", "Pony" };
    QByteArray jpeg; // a real picture: the covers are decoded
    QBuffer buffer(&jpeg);
    QImage picture(320, 480, QImage::Format_RGB32);
    picture.fill(QColor(0x4a, 0x7a, 0xb0));
    picture.save(&buffer, "JPEG");
    QJsonObject folders;
    QJsonArray files;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("model_%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString path
            = QStringLiteral("%1/%2/%3.safetensors").arg(models, QLatin1String(types[i % 4]), name);
        folders.insert(path, name);
        files.append(path);
        const ModelFolder folder(archive, name);
        QDir().mkpath(folder.path());
        const QString sha = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
        JsonFile::write(
            folder.hashFile(),
            { { QStringLiteral("hash_value"), sha },
              { QStringLiteral("filename"), name + QStringLiteral(".safetensors") },
              { QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:00.000000") } });
        const QJsonObject file { { QStringLiteral("primary"), true },
                                 { QStringLiteral("sizeKB"), 1000 + i },
                                 { QStringLiteral("hashes"),
                                   QJsonObject { { QStringLiteral("SHA256"), sha } } } };
        JsonFile::write(
            folder.versionFile(),
            { { QStringLiteral("id"), 20000 + i },
              { QStringLiteral("modelId"), 10000 + i },
              { QStringLiteral("name"), QStringLiteral("v%1").arg(i % 7 + 1) },
              { QStringLiteral("baseModel"), QLatin1String(bases[i % 4]) },
              { QStringLiteral("files"), QJsonArray { file } },
              { QStringLiteral("model"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Model %1").arg(i) },
                              { QStringLiteral("type"), QLatin1String(types[i % 4]) } } } });
        QFile preview(folder.previewFile(0, QStringLiteral(".jpeg")));
        if (preview.open(QIODevice::WriteOnly))
            preview.write(jpeg);
    }
    JsonFile::write(ArchiveLayout(archive).processedFiles(),
                    { { QStringLiteral("files"), files }, { QStringLiteral("folders"), folders } });
}

// Notes when the collection tree first paints with rows in it.
class FirstRowsPaint final : public QObject
{
public:
    FirstRowsPaint(const QElapsedTimer &clock, const ProgressModel *model)
        : m_clock(clock)
        , m_model(model)
    { }
    qint64 paintedAt = -1;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt < 0 && m_model->fileCount() > 0)
            paintedAt = m_clock.nsecsElapsed();
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    const ProgressModel *m_model;
};

int collectionLoad(const QCommandLineParser &parser)
{
    const int count = parser.value(QStringLiteral("archive")).toInt();
    QTemporaryDir temporary;
    // --dir keeps the archive for the next measurement: writing 10,000 models takes half a minute.
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                       : temporary.path());
    const QString models = dir.filePath(QStringLiteral("models"));
    const QString archive = dir.filePath(QStringLiteral("archive"));
    QDir().mkpath(models);
    QElapsedTimer writing;
    writing.start();
    if (!QFileInfo::exists(ArchiveLayout(archive).processedFiles()))
        writeArchive(models, archive, count);
    std::printf("Window started on an archive of %d models (written in %.1f s):\n", count,
                writing.nsecsElapsed() / 1e9);

    // The window first (WebEngine's start is not the collection's), then its source as a
    // restart restores it.
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1280, 800);
    if (!parser.isSet(QStringLiteral("hidden")))
        window.show();
    settle();
    QElapsedTimer clock;
    FirstRowsPaint firstPaint(clock, window.progressModel());
    window.collectionView()->tree()->viewport()->installEventFilter(&firstPaint);
    QSignalSpy loaded(window.collectionLoader(), &CollectionLoader::finished);
    StallMeter meter;
    clock.start();
    meter.start();
    window.sourcesPanel()->setSources({ { models, archive } });
    const double setSourcesMs = clock.nsecsElapsed() / 1e6;
    while (loaded.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double loadSeconds = clock.nsecsElapsed() / 1e9;
    settle(); // covers decode and the panels finish meanwhile
    meter.stop();
    std::printf("  first rows painted after %7.1f ms%s\n", firstPaint.paintedAt / 1e6,
                parser.isSet(QStringLiteral("hidden")) ? " (hidden: never)" : "");
    std::printf("  sources set in          %8.1f ms (the event loop waits meanwhile)\n",
                setSourcesMs);
    std::printf("  whole archive read in   %8.1f s\n", loadSeconds);
    printRows(window.progressModel());
    std::printf("  peak RSS                %8.1f MiB\n", peakRssKib() / 1024.0);
    meter.print();
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (!screenshot.isEmpty())
        window.grab().save(screenshot);
    return 0;
}

int main(int argc, char **argv)
{
    useFewMemoryArenas(); // as the program does
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("files"), QStringLiteral("Small model files."),
                       QStringLiteral("N"), QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("big-files"), QStringLiteral("Large (sparse) model files."),
                       QStringLiteral("N"), QStringLiteral("6") });
    parser.addOption({ QStringLiteral("big-size-mib"), QStringLiteral("Size of each large file."),
                       QStringLiteral("MiB"), QStringLiteral("1024") });
    parser.addOption({ QStringLiteral("hidden"),
                       QStringLiteral("Do not show the window (tells painting from the rest).") });
    parser.addOption({ QStringLiteral("rows"),
                       QStringLiteral("Replay a run of N files instead of running one."),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("folders"), QStringLiteral("Folders of the replayed files."),
                       QStringLiteral("N"), QStringLiteral("10") });
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("Replayed files finished a second."),
                       QStringLiteral("N"), QStringLiteral("5000") });
    parser.addOption({ QStringLiteral("filter"),
                       QStringLiteral("Replay: show only active, done, missing or failed files."),
                       QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("screenshot"),
                       QStringLiteral("Replay: save the window here (and halfway, and the missing "
                                      "tab at the end)."),
                       QStringLiteral("FILE.png") });
    parser.addOption({ QStringLiteral("archive"),
                       QStringLiteral("Start the window on an archive of N models instead."),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("dir"),
                       QStringLiteral("Archive: write it here once and reuse it after."),
                       QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("serve"),
                       QStringLiteral("Serve the fake Civitai of these files (the bench's child)."),
                       QStringLiteral("FILE") });
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(QStringLiteral("serve")))
        return serveFake(parser.value(QStringLiteral("serve")));
    if (parser.isSet(QStringLiteral("archive")))
        return collectionLoad(parser);
    return parser.isSet(QStringLiteral("rows")) ? replayRun(parser) : realRun(parser);
}
