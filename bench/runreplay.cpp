#include "runreplay.h"

#include "ui/runcontroller.h"

namespace {
constexpr int TickMs = 250; // ArchiveRun's progress interval
} // namespace

RunReplay::RunReplay(const Shape &shape, RunController *controller)
    : m_shape(shape)
    , m_controller(controller)
{
    m_job.outputDir = shape.outputDir;
    m_job.sources = { shape.root };
}

QString RunReplay::pathOf(int file) const
{
    const int perFolder = qMax(1, (m_shape.files + m_shape.folders - 1) / m_shape.folders);
    return QStringLiteral("%1/loras/folder_%2/lora_%3.safetensors")
        .arg(m_shape.root)
        .arg(file / perFolder, 3, 10, QLatin1Char('0'))
        .arg(file, 6, 10, QLatin1Char('0'));
}

void RunReplay::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &RunReplay::tick);
    m_clock.start();
    Q_EMIT m_controller->jobStarted(m_job);
    QList<FileStage> queued;
    queued.reserve(m_shape.files);
    for (int file = 0; file < m_shape.files; ++file)
        queued.append({ pathOf(file), FileStage::Step::Queued, 0, 1000 + file });
    Q_EMIT m_controller->stagesChanged(queued);
    m_timer->start();
}

FileReport RunReplay::reportOf(int file) const
{
    FileReport report;
    report.path = pathOf(file);
    report.size = 1000 + file;
    report.folder = QStringLiteral("lora_%1").arg(file);
    if (fails(file)) {
        report.status = FileReport::Status::Failed;
        report.error = QStringLiteral("HTTP 503 after 6 attempts");
    } else if (isMissing(file)) {
        report.civitai = FileReport::Civitai::NotFound;
    } else {
        report.civitai = FileReport::Civitai::UpToDate;
        report.modelName = QStringLiteral("Model %1").arg(file / 4);
        report.versionName = QStringLiteral("v%1").arg(file % 4);
        report.modelType = QStringLiteral("LORA");
    }
    return report;
}

void RunReplay::tick()
{
    const int batch = qMax(1, m_shape.filesPerSecond * TickMs / 1000);
    const int end = qMin(m_shape.files, m_finished + batch);
    // The last stage of each file finished since the last tick, and the next few hashing.
    QList<FileStage> stages;
    for (int file = m_finished; file < qMin(m_shape.files, end + 8); ++file)
        stages.append(file < end ? FileStage { pathOf(file), FileStage::Step::LookingUp, 0, 0 }
                                 : FileStage { pathOf(file), FileStage::Step::Hashing, 500, 1000 });
    Q_EMIT m_controller->stagesChanged(stages);
    for (int file = m_finished; file < end; ++file) {
        const FileReport report = reportOf(file);
        Q_EMIT m_controller->fileFinished(report);
        if (report.status == FileReport::Status::Failed)
            m_summary.failures.append(report);
        else
            ++m_summary.filesDone;
    }
    m_finished = end;
    RunProgress progress;
    progress.filesTotal = m_shape.files;
    progress.filesDone = m_finished;
    progress.elapsedMs = m_clock.elapsed();
    progress.step = QStringLiteral("Looking up on Civitai");
    Q_EMIT m_controller->progressChanged(progress);
    if (m_finished < m_shape.files)
        return;
    m_timer->stop();
    m_summary.filesFound = m_shape.files;
    m_summary.elapsedMs = m_clock.elapsed();
    Q_EMIT m_controller->jobFinished(m_job, m_summary);
    Q_EMIT m_controller->allFinished(false);
}
