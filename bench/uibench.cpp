// UI responsiveness benchmark: the window archives several GiB and 1,000 model files against the
// fake Civitai (served from another thread, as a real server would be) while a 1 ms timer on the
// UI thread measures how long the event loop is ever kept from running.
//
//   cdm-bench-ui [--files N] [--big-files N] [--big-size-mib N]
#include "core/filehasher.h"
#include "core/settings.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"
#include "ui/mainwindow.h"
#include "ui/progressmodel.h"
#include "ui/sourcespanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <future>

namespace {

struct Published
{
    QString sha256;
    int modelId = 0;
    int versionId = 0;
};

// The fake Civitai on its own thread and event loop, so its work is not counted as the window's.
class ServerThread final : public QThread
{
public:
    explicit ServerThread(QList<Published> published)
        : m_published(std::move(published))
    { }
    QUrl baseUrl() { return m_url.get_future().get(); }

protected:
    void run() override
    {
        FakeCivitai civitai;
        civitai.listen();
        for (const Published &file : std::as_const(m_published))
            civitai.addModelFile(file.sha256, file.modelId, file.versionId, 1);
        m_url.set_value(civitai.baseUrl());
        exec();
    }

private:
    QList<Published> m_published;
    std::promise<QUrl> m_url;
};

// Records the gaps between ticks of a 1 ms timer: each gap beyond 1 ms is time the event loop
// could not run, i.e. the window could not repaint or react.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsMs.append((now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    QList<double> gaps() const { return m_gapsMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gapsMs;
};

} // namespace

int main(int argc, char **argv)
{
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
    parser.addHelpOption();
    parser.process(app);
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

    ServerThread server(published);
    server.start();
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::ApiBases, QStringList { server.baseUrl().toString() });
    settings.setValue(Settings::MinPauseSeconds, 0.0); // pacing off: the most events per second
    settings.setValue(Settings::MaxPauseSeconds, 0.0);
    MainWindow window(settings);
    window.resize(1280, 800);
    if (!parser.isSet(QStringLiteral("hidden")))
        window.show();
    window.addSources({ dir.filePath(QStringLiteral("models")) });
    QList<Source> sources = window.sourcesPanel()->sources();
    sources.first().outputDir = dir.filePath(QStringLiteral("archive"));
    window.sourcesPanel()->setSources(sources);
    QApplication::processEvents();

    StallMeter meter;
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QElapsedTimer wall;
    wall.start();
    meter.start();
    window.startRun();
    while (finished.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = wall.nsecsElapsed() / 1e9;
    QElapsedTimer after; // the panels reload after the run: keep measuring while they do
    after.start();
    while (after.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    meter.stop();

    QList<double> gaps = meter.gaps();
    std::sort(gaps.begin(), gaps.end());
    const auto percentile = [&gaps](double p) {
        return gaps.isEmpty() ? 0.0 : gaps.at(qMin(gaps.size() - 1, qsizetype(gaps.size() * p)));
    };
    const auto over = [&gaps](double ms) {
        return std::count_if(gaps.cbegin(), gaps.cend(), [ms](double gap) { return gap > ms; });
    };
    ProgressModel *model = window.progressModel();
    std::printf("UI thread while archiving %d small files and %d x %lld MiB (%.1f GiB):\n",
                fileCount, bigCount, bigSize >> 20, bigCount * bigSize / double(1 << 30));
    std::printf("  run wall time           %8.1f s\n", seconds);
    std::printf("  rows done / not on Civitai / failed  %d / %d / %d\n",
                model->count(ProgressModel::State::Done),
                model->count(ProgressModel::State::NotOnCivitai),
                model->count(ProgressModel::State::Failed));
    std::printf("  timer ticks             %8lld\n", qint64(gaps.size()));
    std::printf("  longest stall           %8.1f ms\n", gaps.isEmpty() ? 0.0 : gaps.constLast());
    std::printf("  99.9th percentile gap   %8.1f ms\n", percentile(0.999));
    std::printf("  99th percentile gap     %8.1f ms\n", percentile(0.99));
    std::printf("  gaps > 16 ms / > 50 ms  %lld / %lld\n", qint64(over(16)), qint64(over(50)));
    server.quit();
    server.wait();
    return 0;
}
