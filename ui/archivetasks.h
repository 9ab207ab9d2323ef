#pragma once

#include <QObject>
#include <QStringList>

class ArchiveOperation;
class QWidget;

// The window's offline work on its archives: Regenerate Gallery (each archive in turn) and Clean
// (plan, ask, apply). Each step is a core operation (RegenerateGallery, PlanClean, ApplyClean)
// that takes the archive's lock and works off the UI thread; this only asks and tells.
class ArchiveTasks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveTasks)

public:
    // `window` parents the dialogs and message boxes.
    explicit ArchiveTasks(QWidget *window);
    ~ArchiveTasks() override;

    bool isBusy() const { return m_current != nullptr; }

    void regenerateGallery(const QStringList &outputDirs);
    // `sources`: the models folders and files archived into `outputDir`.
    void clean(const QStringList &sources, const QStringList &extensions, const QString &outputDir);
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusChanged(const QString &text); // for the status bar
    void galleryWritten();
    void archiveCleaned(); // the panels that read the archive are out of date

private:
    void startOperation(ArchiveOperation *operation);
    void finishOperation();
    void regenerateNext();
    void onGalleryWritten();
    void onCleanPlanned();
    void onCleanApplied();

    QWidget *m_window;
    ArchiveOperation *m_current = nullptr;
    QStringList m_pendingGalleries; // archives whose gallery is still to be written
    QStringList m_problems; // of every gallery written in this round
    QStringList m_refusals; // archives another process writes
};
