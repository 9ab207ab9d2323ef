#pragma once

#include "core/runoptions.h"
#include "core/runreport.h"
#include "ui/mainactions.h"
#include "ui/runstatustext.h"

#include <QMainWindow>

class ApiKeyStore;
class ArchiveTasks;
class CollectionLoader;
class CollectionView;
class DetailsPane;
class DuplicatesPanel;
class GalleryView;
class LinkActions;
class LogPanel;
class MissingPanel;
class ProgressModel;
class QComboBox;
class QCheckBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class RunController;
class Settings;
class SourcesPanel;
class WindowMenus;

// The main window: sources (added by dialog or dropped from the file manager), the run's modes
// and controls, and tabs for progress, files missing from Civitai, duplicates, the gallery and
// the log. All work happens in core on other threads (RunController); this only shows it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` outlives the window; it holds everything the window remembers.
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Folders or files from a drop, a dialog or the command line ("Open with…").
    void addSources(const QStringList &paths);

    void startRun();
    // The whole collection, every file looked up again: what Civitai removed or changed.
    void recheckAll();
    void showSettings();
    void regenerateGallery();
    void cleanArchives();

    // For tests and the benchmark.
    ProgressModel *progressModel() const { return m_progress; }
    RunController *runController() const { return m_controller; }
    MissingPanel *missingPanel() const { return m_missing; }
    DuplicatesPanel *duplicatesPanel() const { return m_duplicates; }
    GalleryView *galleryView() const { return m_gallery; }
    SourcesPanel *sourcesPanel() const { return m_sources; }
    ApiKeyStore *keyStore() const { return m_keyStore; }
    QTabWidget *tabs() const { return m_tabs; }
    CollectionView *collectionView() const { return m_collection; }
    CollectionLoader *collectionLoader() const { return m_loader; }
    DetailsPane *detailsPane() const { return m_details; }
    // The status bar's one line.
    QString news() const;

Q_SIGNALS:
    // A run (all its output folders) ended and the panels were told to reload.
    void runFinished(bool cancelled);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    QWidget *createEmptyState();
    QWidget *createWorkspace();
    QWidget *createOptions();
    void runJobs(const QList<RunOptions> &jobs);
    RunOptions optionsFor(const QString &outputDir) const;
    void retry(const QString &path, const QString &outputDir);
    void showProgress(const RunProgress &progress);
    void onJobFinished(const RunOptions &job, const RunSummary &summary);
    void onAllFinished(bool cancelled);
    void reloadPanels();
    void openModelPage(const QString &pagePath);
    void showNews(const QString &text);
    void updateActions();
    void restoreSettings();
    void saveSettings();

    Settings &m_settings;
    ApiKeyStore *m_keyStore;
    RunController *m_controller;
    ArchiveTasks *m_tasks;
    LinkActions *m_links; // a file row's manual-link actions
    ProgressModel *m_progress;
    CollectionLoader *m_loader;
    MainActions m_actions;
    SourcesPanel *m_sources;
    MissingPanel *m_missing;
    DuplicatesPanel *m_duplicates;
    GalleryView *m_gallery;
    LogPanel *m_log;
    QStackedWidget *m_central;
    QTabWidget *m_tabs;
    CollectionView *m_collection;
    DetailsPane *m_details;
    QDockWidget *m_detailsDock;
    WindowMenus *m_menus;
    QSplitter *m_splitter;
    QComboBox *m_previews;
    QCheckBox *m_onlyNew;
    QCheckBox *m_skipMissing;
    QCheckBox *m_onlyUpdate;
    QLabel *m_statusText;
    QProgressBar *m_statusBar;

    RunTotals m_runTotals;
    bool m_closeWhenStopped = false;
    bool m_restoring = false; // settings being read back: nothing to write
};
