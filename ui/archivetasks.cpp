#include "ui/archivetasks.h"

#include "core/applyclean.h"
#include "core/planclean.h"
#include "core/regenerategallery.h"
#include "ui/cleandialog.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QWidget>

Q_LOGGING_CATEGORY(lcTasks, "cdm.ui.tasks")

ArchiveTasks::ArchiveTasks(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

ArchiveTasks::~ArchiveTasks()
{
    delete m_current; // cancels it and waits for the step under way
}

void ArchiveTasks::cancel()
{
    m_pendingGalleries.clear();
    if (m_current)
        m_current->cancel();
}

void ArchiveTasks::startOperation(ArchiveOperation *operation)
{
    const bool wasBusy = isBusy();
    if (m_current)
        m_current->deleteLater(); // the step before, whose finished signal brought us here
    m_current = operation;
    connect(operation, &ArchiveOperation::progressChanged, this, [this](const QString &step) {
        //: The status bar while the window regenerates or cleans; %1 is the step
        Q_EMIT statusChanged(tr("%1…").arg(step));
    });
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    operation->start();
}

void ArchiveTasks::finishOperation()
{
    m_current->deleteLater(); // its finished signal is still being delivered
    m_current = nullptr;
    Q_EMIT busyChanged(false);
}

void ArchiveTasks::regenerateGallery(const QStringList &outputDirs)
{
    if (isBusy() || outputDirs.isEmpty())
        return;
    m_pendingGalleries = outputDirs;
    m_problems.clear();
    m_refusals.clear();
    Q_EMIT statusChanged(tr("Writing the gallery…"));
    regenerateNext();
}

void ArchiveTasks::regenerateNext()
{
    auto *operation = new RegenerateGallery(m_pendingGalleries.takeFirst(), this);
    connect(operation, &ArchiveOperation::finished, this, &ArchiveTasks::onGalleryWritten);
    startOperation(operation);
}

void ArchiveTasks::onGalleryWritten()
{
    if (m_current->outcome() == ArchiveOperation::Outcome::Busy)
        m_refusals += m_current->errors();
    else
        m_problems += m_current->warnings() + m_current->errors();
    if (!m_pendingGalleries.isEmpty()) {
        regenerateNext();
        return;
    }
    finishOperation();
    for (const QString &problem : std::as_const(m_problems))
        qCWarning(lcTasks).noquote() << problem;
    if (!m_refusals.isEmpty())
        QMessageBox::warning(m_window, tr("Regenerate Gallery"),
                             m_refusals.join(QLatin1String("\n\n")));
    Q_EMIT statusChanged(m_problems.isEmpty()
                             ? tr("Gallery written.")
                             : tr("Gallery written with %n problem(s): see the log.", nullptr,
                                  int(m_problems.size())));
    Q_EMIT galleryWritten();
}

void ArchiveTasks::clean(const QStringList &sources, const QStringList &extensions,
                         const QString &outputDir)
{
    if (isBusy() || outputDir.isEmpty())
        return;
    Q_EMIT statusChanged(tr("Looking for archive folders to clean…"));
    auto *planning = new PlanClean(sources, extensions, outputDir, false, this);
    connect(planning, &ArchiveOperation::finished, this, &ArchiveTasks::onCleanPlanned);
    startOperation(planning);
}

void ArchiveTasks::onCleanPlanned()
{
    const auto *planning = static_cast<const PlanClean *>(m_current);
    if (planning->outcome() != ArchiveOperation::Outcome::Done) {
        finishOperation();
        Q_EMIT statusChanged({});
        if (planning->outcome() != ArchiveOperation::Outcome::Cancelled)
            QMessageBox::warning(m_window, tr("Clean the archive"),
                                 planning->errors().join(QLatin1String("\n\n")));
        return;
    }
    // Still busy while the dialog asks: the plan's lock is held until the folders are removed.
    Q_EMIT statusChanged({});
    CleanDialog dialog(planning->outputDir(), planning->plan(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        finishOperation();
        return;
    }
    auto *applying
        = new ApplyClean(planning->plan(), planning->outputDir(), planning->lock(), this);
    connect(applying, &ArchiveOperation::finished, this, &ArchiveTasks::onCleanApplied);
    startOperation(applying);
}

void ArchiveTasks::onCleanApplied()
{
    const auto *applying = static_cast<const ApplyClean *>(m_current);
    const QStringList errors = applying->errors();
    const int removed = applying->removedCount();
    const bool cancelled = applying->outcome() == ArchiveOperation::Outcome::Cancelled;
    finishOperation();
    for (const QString &message : errors)
        qCWarning(lcTasks).noquote() << message;
    Q_EMIT statusChanged(cancelled ? tr("Cancelled: nothing was removed.")
                             : errors.isEmpty()
                             ? tr("Removed %n archive folder(s).", nullptr, removed)
                             : tr("Cleaning failed in part: see the log."));
    Q_EMIT archiveCleaned();
}
