#include "ui/mainwindow.h"

#include "core/apikeystore.h"
#include "core/archivelayout.h"
#include "core/displayformat.h"
#include "core/settings.h"
#include "ui/archivetasks.h"
#include "ui/collectionloader.h"
#include "ui/collectionview.h"
#include "ui/desktopnotice.h"
#include "ui/detailspane.h"
#include "ui/duplicatespanel.h"
#include "ui/galleryview.h"
#include "ui/linkactions.h"
#include "ui/logpanel.h"
#include "ui/mainactions.h"
#include "ui/narrowwindowfit.h"
#include "ui/missingpanel.h"
#include "ui/progressmodel.h"
#include "ui/runcontroller.h"
#include "ui/runstatustext.h"
#include "ui/settingsdialog.h"
#include "ui/sourcespanel.h"
#include "ui/tabcounts.h"
#include "ui/thumbnailcache.h"
#include "ui/windowmenus.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

Q_LOGGING_CATEGORY(lcWindow, "cdm.ui.window")

namespace {

constexpr int CollectionMinimumWidth = 360; // the tab bar, the name and a status beside it

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_keyStore(new ApiKeyStore(this))
    , m_controller(new RunController(this))
    , m_tasks(new ArchiveTasks(this))
    , m_progress(new ProgressModel(this))
    , m_loader(new CollectionLoader(this))
    , m_actions(this)
{
    setWindowTitle(tr("Civitai Data Manager"));
    setAcceptDrops(true);
    connectActions();

    m_central = new QStackedWidget(this);
    m_central->addWidget(createEmptyState());
    m_central->addWidget(createWorkspace());
    setCentralWidget(m_central);

    m_statusText = new QLabel(this); // the window's one line of news: nothing painted over it
    m_statusBar = new QProgressBar(this);
    m_statusBar->setMaximumWidth(220);
    m_statusBar->setTextVisible(false);
    m_statusBar->setAccessibleName(tr("Overall progress"));
    m_statusBar->hide();
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_statusBar);

    m_progress->setThumbnails(new ThumbnailCache(m_collection->tree()->iconSize(), this));
    connect(m_loader, &CollectionLoader::batchRead, m_progress, &ProgressModel::applyArchived);
    connect(m_controller, &RunController::jobStarted, this,
            [this](const RunOptions &job) { m_progress->setOutputDir(job.outputDir); });
    connect(m_controller, &RunController::stagesChanged, m_progress, &ProgressModel::applyStages);
    connect(m_controller, &RunController::fileFinished, m_progress, &ProgressModel::applyReport);
    connect(m_controller, &RunController::progressChanged, this, &MainWindow::showProgress);
    connect(m_controller, &RunController::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_controller, &RunController::allFinished, this, &MainWindow::onAllFinished);
    connect(m_tasks, &ArchiveTasks::busyChanged, this, &MainWindow::updateActions);
    connect(m_tasks, &ArchiveTasks::statusChanged, this, &MainWindow::showNews);
    connect(m_tasks, &ArchiveTasks::galleryWritten, m_gallery, &GalleryView::reloadArchive);
    connect(m_tasks, &ArchiveTasks::archiveCleaned, this, &MainWindow::reloadPanels);
    m_links = new LinkActions(this);
    connect(m_links, &LinkActions::archiveChanged, this, [this] {
        reloadPanels();
        m_gallery->reloadArchive();
    });
    m_collection->setFileMenuExtension([this](QMenu &menu, const QModelIndex &file) {
        RunOptions job = optionsFor(file.data(ProgressModel::OutputDirRole).toString());
        job.sources = { file.data(ProgressModel::PathRole).toString() };
        m_links->addTo(menu, job, !m_controller->isRunning() && !m_tasks->isBusy());
    });
    connect(m_sources, &SourcesPanel::changed, this, [this] {
        m_central->setCurrentIndex(m_sources->sources().isEmpty() ? 0 : 1);
        m_gallery->setArchive(m_sources->currentOutputDir()); // also when its folder changed
        if (!m_controller->isRunning()) { // the collection of the sources as they are now
            m_progress->clear();
            reloadPanels();
        }
        updateActions();
    });
    connect(m_sources, &SourcesPanel::currentOutputDirChanged, m_gallery, &GalleryView::setArchive);
    connect(m_gallery, &GalleryView::writtenInAnotherLanguage, this, [this](const QString &dir) {
        if (!m_controller->isRunning()) // a run writes the gallery at its end anyway
            m_tasks->regenerateGallery({ dir });
    });
    connect(m_missing, &MissingPanel::retryRequested, this, &MainWindow::retry);
    connect(m_missing, &MissingPanel::openPageRequested, this, &MainWindow::openModelPage);
    connect(m_collection, &CollectionView::openPageRequested, this, &MainWindow::openModelPage);
    connect(m_collection, &CollectionView::retryRequested, this, &MainWindow::retry);
    connect(m_details, &DetailsPane::openPageRequested, this, &MainWindow::openModelPage);
    connect(m_details, &DetailsPane::retryRequested, this, &MainWindow::retry);
    connect(m_collection, &CollectionView::currentFileChanged, m_details, &DetailsPane::showFile);

    connect(m_sources, &SourcesPanel::changed, this, &MainWindow::saveSettings);

    resize(1200, 780);
    restoreSettings();
    m_keyStore->load();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_actions.addFolder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a models folder"));
        if (!folder.isEmpty())
            addSources({ folder });
    });
    connect(m_actions.addFile, &QAction::triggered, this,
            [this] { addSources(QFileDialog::getOpenFileNames(this, tr("Add model files"))); });
    connect(m_actions.start, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_actions.recheck, &QAction::triggered, this, &MainWindow::recheckAll);
    connect(m_actions.pause, &QAction::toggled, this, [this](bool paused) {
        m_controller->setPaused(paused);
        m_actions.pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    });
    connect(m_actions.cancel, &QAction::triggered, this, [this] {
        m_controller->cancel();
        m_tasks->cancel();
    });
    connect(m_actions.regenerate, &QAction::triggered, this, &MainWindow::regenerateGallery);
    connect(m_actions.clean, &QAction::triggered, this, &MainWindow::cleanArchives);
    connect(m_actions.openOutput, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_sources->currentOutputDir()));
    });
    connect(m_actions.preferences, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Drop model folders here"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *explanation = new QLabel(
        tr("Civitai Data Manager keeps what Civitai knows about your models on your own disk:\n"
           "trigger words, descriptions, previews and prompts, even after a model is deleted "
           "there.\nIt reads your model files and never changes them."),
        page);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setWordWrap(true);
    auto *add = new QPushButton(tr("Add a models folder…"), page);
    add->setDefault(true);
    connect(add, &QPushButton::clicked, m_actions.addFolder, &QAction::trigger);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(explanation);
    layout->addSpacing(18);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget *MainWindow::createWorkspace()
{
    m_sources = new SourcesPanel(this);
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("sidePanel"));
    auto *sideLayout = new QVBoxLayout(side);
    auto *sourcesBox = new QGroupBox(tr("Sources"), side);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(m_sources);
    sideLayout->addWidget(sourcesBox, 1);
    sideLayout->addWidget(createOptions());

    m_missing = new MissingPanel(this);
    m_duplicates = new DuplicatesPanel(this);
    m_gallery = new GalleryView(this);
    m_log = new LogPanel(this);
    m_tabs = new QTabWidget(this);
    m_collection = new CollectionView(m_progress, this);
    m_tabs->addTab(m_collection, tr("&Collection"));
    m_tabs->addTab(m_missing, tr("&Missing from Civitai"));
    m_tabs->addTab(m_duplicates, tr("&Duplicates"));
    m_tabs->addTab(m_gallery, tr("&Gallery"));
    m_tabs->addTab(m_log, tr("&Log"));
    // In a narrow window the sources panel and the details pane give way before the collection:
    // the splitter and the dock area shrink them to their minimums first.
    m_tabs->setMinimumWidth(CollectionMinimumWidth);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 300, 900 });

    m_details = new DetailsPane(this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({ m_detailsDock }, { 300 }, Qt::Horizontal);
    m_menus = new WindowMenus(
        this,
        { side, m_detailsDock, m_collection, m_tabs, &m_settings, [this](const QStringList &paths) {
             addSources(paths);
         } });
    new TabCounts(m_tabs, m_missing, m_duplicates, this);
    new NarrowWindowFit(this, m_splitter, m_detailsDock);
    return m_splitter;
}

QWidget *MainWindow::createOptions()
{
    auto *box = new QGroupBox(tr("What to do"), this);
    m_previews = new QComboBox(box);
    m_previews->addItem(tr("First preview of each model"), int(RunOptions::Previews::First));
    m_previews->addItem(tr("All previews"), int(RunOptions::Previews::All));
    m_previews->addItem(tr("No previews"), int(RunOptions::Previews::None));
    m_previews->setAccessibleName(tr("Previews to download"));
    m_onlyNew = new QCheckBox(tr("Only &new files"), box);
    m_onlyNew->setObjectName(QStringLiteral("onlyNew"));
    m_onlyNew->setToolTip(tr("Skip files archived by an earlier run"));
    m_skipMissing = new QCheckBox(tr("S&kip files missing from Civitai"), box);
    m_skipMissing->setToolTip(
        tr("With only new files: do not ask again about files Civitai did not know"));
    m_skipMissing->setEnabled(false);
    connect(m_onlyNew, &QCheckBox::toggled, m_skipMissing, &QWidget::setEnabled);
    m_onlyUpdate = new QCheckBox(tr("Only &update archived models"), box);
    m_onlyUpdate->setToolTip(
        tr("Refresh Civitai data of archived models without reading the files"));

    auto *layout = new QFormLayout(box);
    layout->addRow(tr("Pre&views:"), m_previews);
    layout->addRow(m_onlyNew);
    layout->addRow(m_skipMissing);
    layout->addRow(m_onlyUpdate);
    return box;
}

void MainWindow::addSources(const QStringList &paths)
{
    const int added = m_sources->addPaths(paths);
    if (added > 0) {
        WindowMenus::rememberSources(m_settings, paths);
        showNews(tr("Added %n source(s). Press Start to archive them.", nullptr, added));
    }
}

RunOptions MainWindow::optionsFor(const QString &outputDir) const
{
    RunOptions options;
    m_settings.applyTo(options);
    options.apiKey = m_keyStore->keyForRun();
    options.outputDir = outputDir;
    options.sources.clear();
    const QList<Source> sources = m_sources->sources();
    for (const Source &source : sources) {
        if (source.outputDir == outputDir)
            options.sources.append(source.path);
    }
    options.previews = RunOptions::Previews(m_previews->currentData().toInt());
    options.onlyNew = m_onlyNew->isChecked();
    options.skipMissing = m_onlyNew->isChecked() && m_skipMissing->isChecked();
    options.onlyUpdate = m_onlyUpdate->isChecked();
    return options;
}

void MainWindow::startRun()
{
    if (m_controller->isRunning())
        return;
    QList<RunOptions> jobs;
    const QStringList outputs = m_sources->outputDirs();
    for (const QString &outputDir : outputs)
        jobs.append(optionsFor(outputDir));
    if (jobs.isEmpty())
        return;
    runJobs(jobs); // over the collection's rows: a run updates them
}

void MainWindow::recheckAll()
{
    if (m_controller->isRunning())
        return;
    QList<RunOptions> jobs;
    const QStringList outputs = m_sources->outputDirs();
    for (const QString &outputDir : outputs) {
        RunOptions job = optionsFor(outputDir);
        job.recheck = true;
        job.onlyNew = job.skipMissing = job.onlyUpdate = false;
        jobs.append(job);
    }
    if (!jobs.isEmpty())
        runJobs(jobs);
}

void MainWindow::retry(const QString &path, const QString &outputDir)
{
    if (m_controller->isRunning() || path.isEmpty())
        return;
    RunOptions job = optionsFor(outputDir);
    job.sources = { path };
    job.onlyNew = job.skipMissing = job.onlyUpdate = false;
    m_tabs->setCurrentIndex(0);
    runJobs({ job });
}

void MainWindow::runJobs(const QList<RunOptions> &jobs)
{
    m_runTotals = {};
    m_actions.pause->setChecked(false);
    m_statusBar->setRange(0, 0);
    m_statusBar->show();
    m_controller->start(jobs);
    updateActions();
}

void MainWindow::showProgress(const RunProgress &progress)
{
    showNews(RunStatusText::of(progress));
    if (progress.filesTotal > 0) {
        m_statusBar->setRange(0, progress.filesTotal);
        m_statusBar->setValue(progress.filesDone);
    }
}

void MainWindow::onJobFinished(const RunOptions &job, const RunSummary &summary)
{
    m_runTotals.add(summary);
    if (!summary.fatalError.isEmpty()) {
        qCCritical(lcWindow).noquote() << summary.fatalError;
        QMessageBox::critical(
            this, tr("Archiving failed"),
            tr("Archiving into %1 failed:\n%2").arg(job.outputDir, summary.fatalError));
    }
    for (const QString &warning : summary.warnings)
        qCWarning(lcWindow).noquote() << warning;
    for (const FileReport &failure : summary.failures)
        qCWarning(lcWindow).noquote() << failure.path << failure.error;
    qCInfo(lcWindow).noquote() << tr("%1: %2 done, %3 not on Civitai, %4 failed, %5 previews, "
                                     "%6 requests in %7")
                                      .arg(job.outputDir)
                                      .arg(summary.filesDone)
                                      .arg(summary.filesNotOnCivitai)
                                      .arg(summary.failures.size())
                                      .arg(summary.previewsDownloaded)
                                      .arg(summary.requestsMade)
                                      .arg(DisplayFormat::duration(summary.elapsedMs
                                                                           / 1000));
}

void MainWindow::onAllFinished(bool cancelled)
{
    m_statusBar->hide();
    m_actions.pause->setChecked(false);
    showNews(m_runTotals.text(cancelled));
    if (m_runTotals.removed() > 0)
        DesktopNotice::show(this, tr("Removed from Civitai"),
                            tr("Civitai no longer knows %n of your model files; their archived data "
                               "is kept. See the Removed filter.",
                               nullptr, m_runTotals.removed()));
    reloadPanels();
    m_gallery->reloadArchive();
    updateActions();
    Q_EMIT runFinished(cancelled);
    if (m_closeWhenStopped)
        close();
}

void MainWindow::reloadPanels()
{
    const QStringList outputs = m_sources->outputDirs();
    QStringList roots;
    for (const Source &source : m_sources->sources())
        roots.append(QFileInfo(source.path).isDir() ? source.path
                                                    : QFileInfo(source.path).absolutePath());
    m_progress->setSourceRoots(roots);
    m_loader->load(outputs); // the collection: what every archive knows, read off-thread
    m_missing->load(outputs);
    m_duplicates->load(outputs);
}

void MainWindow::regenerateGallery()
{
    if (!m_controller->isRunning())
        m_tasks->regenerateGallery(m_sources->outputDirs());
}

void MainWindow::cleanArchives()
{
    if (m_controller->isRunning())
        return;
    const QString outputDir = m_sources->currentOutputDir();
    QStringList sources;
    for (const Source &source : m_sources->sources()) {
        if (source.outputDir == outputDir)
            sources.append(source.path);
    }
    m_tasks->clean(sources, m_settings.value(Settings::Extensions), outputDir);
}

void MainWindow::openModelPage(const QString &pagePath)
{
    if (pagePath.isEmpty() || !QFileInfo::exists(pagePath)) {
        showNews(tr("This model has no page yet: it appears after the run."));
        return;
    }
    m_tabs->setCurrentWidget(m_gallery);
    const QString modelFolder = QFileInfo(pagePath).absolutePath();
    m_gallery->setArchive(QFileInfo(modelFolder).absolutePath()); // <archive>/<model>/<model>.html
    m_gallery->openPage(pagePath);
}

void MainWindow::showNews(const QString &text)
{
    m_statusText->setText(text);
}

QString MainWindow::news() const
{
    return m_statusText->text();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_keyStore, this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings.value(Settings::WindowGeometry));
    restoreState(m_settings.value(Settings::WindowState));
    m_splitter->restoreState(m_settings.value(Settings::SplitterState));
    m_previews->setCurrentIndex(m_previews->findData(m_settings.value(Settings::Previews)));
    m_onlyNew->setChecked(m_settings.value(Settings::OnlyNew));
    m_skipMissing->setChecked(m_settings.value(Settings::SkipMissing));
    m_onlyUpdate->setChecked(m_settings.value(Settings::OnlyUpdate));
    // Sources last: setting them saves everything, which must all be restored by then.
    const QStringList paths = m_settings.value(Settings::SourcePaths);
    const QStringList outputs = m_settings.value(Settings::SourceOutputs);
    QList<Source> sources;
    for (qsizetype i = 0; i < paths.size(); ++i)
        sources.append(
            { paths.at(i), outputs.value(i, SourcesPanel::defaultOutputFor(paths.at(i))) });
    // Writing the settings back now would change nothing, and its sync can hold the UI thread
    // on a slow disk while the collection first paints.
    m_restoring = true;
    m_sources->setSources(sources);
    m_restoring = false;
    if (!sources.isEmpty())
        reloadPanels();
}

void MainWindow::saveSettings()
{
    if (m_restoring)
        return;
    m_settings.setValue(Settings::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::WindowState, saveState());
    m_settings.setValue(Settings::SplitterState, m_splitter->saveState());
    QStringList paths;
    QStringList outputs;
    for (const Source &source : m_sources->sources()) {
        paths.append(source.path);
        outputs.append(source.outputDir);
    }
    m_settings.setValue(Settings::SourcePaths, paths);
    m_settings.setValue(Settings::SourceOutputs, outputs);
    m_settings.setValue(Settings::Previews, m_previews->currentData().toInt());
    m_settings.setValue(Settings::OnlyNew, m_onlyNew->isChecked());
    m_settings.setValue(Settings::SkipMissing, m_skipMissing->isChecked());
    m_settings.setValue(Settings::OnlyUpdate, m_onlyUpdate->isChecked());
    QString error;
    if (!m_settings.sync(&error))
        qCWarning(lcWindow).noquote() << error;
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool idle = !running && !m_tasks->isBusy();
    const bool hasSources = !m_sources->sources().isEmpty();
    const bool hasArchive = hasSources
        && QFileInfo::exists(ArchiveLayout(m_sources->currentOutputDir()).processedFiles());
    m_collection->setRunning(running);
    m_details->setRunning(running);
    m_actions.start->setEnabled(idle && hasSources);
    m_actions.recheck->setEnabled(idle && hasSources);
    m_actions.pause->setEnabled(running);
    m_actions.cancel->setEnabled(running || m_tasks->isBusy());
    m_actions.regenerate->setEnabled(idle && hasSources);
    m_actions.clean->setEnabled(idle && hasArchive);
    m_actions.openOutput->setEnabled(hasSources);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    addSources(paths);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->isRunning()) {
        saveSettings();
        event->accept();
        return;
    }
    const auto answer
        = QMessageBox::question(this, tr("A run is in progress"),
                                tr("Stop the run and quit? Everything finished so far is saved."),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    event->ignore();
    if (answer == QMessageBox::Yes) {
        m_closeWhenStopped = true;
        m_controller->cancel();
    }
}
