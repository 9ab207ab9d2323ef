#include "collectionfolder.h"
#include "core/apikeystore.h"
#include "core/archivelock.h"
#include "core/archiverun.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "core/settings.h"
#include "fakecivitai.h"
#include "runtoend.h"
#include "safetensorsfactory.h"
#include "ui/duplicatespanel.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "ui/missingpanel.h"
#include "ui/progressmodel.h"
#include "ui/runcontroller.h"
#include "ui/sourcespanel.h"
#include "webpagescript.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

// Receives the URLs the window hands to the system browser.
class BrowserSpy final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    std::unique_ptr<FakeCivitai> m_server;
    BrowserSpy m_browser;
    QTimer m_dialogTimer; // answers the next modal dialog (the clean plan)
    int m_dialogAnswer = QDialog::Rejected;
    int m_dialogsAnswered = 0;

    static void answerNextMessageBox(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(0, [answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(answer)->click();
        });
    }

    std::unique_ptr<Settings> m_settings;

    template<typename Widget>
    static Widget *named(const QWidget &window, const QString &accessibleName)
    {
        const QList<Widget *> widgets = window.findChildren<Widget *>();
        for (Widget *widget : widgets) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        return nullptr;
    }

    // Settings of their own for every test: the fake Civitai, no pause between requests.
    void resetSettings()
    {
        m_settings = std::make_unique<Settings>(m_folder.path(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::ApiBases, QStringList { m_server->baseUrl().toString() });
        m_settings->setValue(Settings::MinPauseSeconds, 0.0);
        m_settings->setValue(Settings::MaxPauseSeconds, 0.0);
    }

    static void drop(QWidget *target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }

    // The window with its one source archived into <tmp>/out rather than under Documents.
    void useCollection(MainWindow &window)
    {
        drop(&window, { m_folder.models() });
        QCOMPARE(window.sourcesPanel()->sources().size(), 1);
        QList<Source> sources = window.sourcesPanel()->sources();
        sources.first().outputDir = m_folder.output();
        window.sourcesPanel()->setSources(sources);
    }

    // Archives the collection with the window, to the end of the run.
    void archiveCollection(MainWindow &window)
    {
        useCollection(window);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.startRun();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    }

#ifdef Q_OS_LINUX
    // The files under `dir` this process has open.
    static QStringList openFilesUnder(const QString &dir)
    {
        QStringList open;
        const QFileInfoList descriptors
            = QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::AllEntries | QDir::System);
        for (const QFileInfo &descriptor : descriptors) {
            const QString target = descriptor.symLinkTarget();
            if (target.startsWith(dir))
                open.append(target);
        }
        return open;
    }
#endif

    static ProgressModel::State stateOf(MainWindow &window, const QString &path)
    {
        return window.progressModel()
            ->indexOfFile(path)
            .data(ProgressModel::StateRole)
            .value<ProgressModel::State>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dialogTimer.setInterval(50);
        connect(&m_dialogTimer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_dialogTimer.stop();
            ++m_dialogsAnswered;
            dialog->done(m_dialogAnswer);
        });
        m_server = std::make_unique<FakeCivitai>();
        QVERIFY(m_server->listen());
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void init()
    {
        QVERIFY(m_folder.reset());
        m_browser.opened.clear();
        resetSettings();
    }

    void startsWithAnEmptyStateThatInvitesADrop()
    {
        MainWindow window(*m_settings);
        auto *central = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(central);
        QCOMPARE(central->currentIndex(), 0);
        const QList<QLabel *> labels = central->currentWidget()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("Drop model folders here"));
        }));
        QAction *start = window.findChild<QAction *>(QStringLiteral("Start"));
        QVERIFY(start);
        QVERIFY(!start->isEnabled());

        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        drop(&window, { m_folder.models() });
        QCOMPARE(central->currentIndex(), 1);
        // Once the window is idle: under a loaded machine the drop's follow-ups may still run.
        QTRY_VERIFY(start->isEnabled());
        const Source source = window.sourcesPanel()->sources().constFirst();
        QCOMPARE(source.path, QDir::cleanPath(m_folder.models()));
        QVERIFY(source.outputDir.endsWith(QLatin1String("/Civitai Archive/models")));
    }

    void archivesADroppedFolderAndFillsEveryPanel()
    {
        // Known to Civitai, unknown (a deleted LoRA with its training tags), and a duplicate.
        const QByteArray known = SafetensorsFactory::build({}, 40);
        const QByteArray deleted = SafetensorsFactory::build(SafetensorsFactory::loraMetadata());
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known));
        QVERIFY(SafetensorsFactory::write(
            m_folder.models(QStringLiteral("copy of known [1] #2.safetensors")), known));
        QVERIFY(SafetensorsFactory::write(
            m_folder.models(QStringLiteral("sub/deleted lora.safetensors")), deleted));
        m_server->addModelFile(FileHasher::hashBytes(known), 501, 601, 1);

        MainWindow window(*m_settings);
        useCollection(window);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QSignalSpy missingLoaded(window.missingPanel(), &MissingPanel::loaded);
        QSignalSpy duplicatesLoaded(window.duplicatesPanel(), &DuplicatesPanel::loaded);
        window.startRun();
        QVERIFY(window.runController()->isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        // The panels reload after the run (not yet done: they read the archive off-thread).
        missingLoaded.clear();
        duplicatesLoaded.clear();

        QCOMPARE(stateOf(window, m_folder.models(QStringLiteral("known.safetensors"))),
                 ProgressModel::State::Done);
        QCOMPARE(stateOf(window, m_folder.models(QStringLiteral("sub/deleted lora.safetensors"))),
                 ProgressModel::State::NotOnCivitai);
        QCOMPARE(window.progressModel()->rowCount(), 2); // models/ and models/sub/
        QVERIFY(!window.progressModel()
                     ->indexOfFile(m_folder.models(QStringLiteral("known.safetensors")),
                                   ProgressModel::CivitaiColumn)
                     .data()
                     .toString()
                     .isEmpty());

        QVERIFY(!missingLoaded.isEmpty() || missingLoaded.wait(10000));
        QCOMPARE(window.missingPanel()->count(), 1);
        QVERIFY(!duplicatesLoaded.isEmpty() || duplicatesLoaded.wait(10000));
        QCOMPARE(window.duplicatesPanel()->groupCount(), 1);

        // The gallery tab shows the archive's index, rendered by WebEngine with its scripts.
        // WebEngine starts with the tab: until then the window does without its memory.
        GalleryView *gallery = window.galleryView();
        QVERIFY(!gallery->findChild<QWebEngineView *>());
        QSignalSpy loaded(gallery, &GalleryView::pageLoaded);
        window.show();
        QVERIFY(!gallery->findChild<QWebEngineView *>());
        window.tabs()->setCurrentWidget(gallery);
        QVERIFY(gallery->findChild<QWebEngineView *>());
        QCOMPARE(gallery->archive(), m_folder.output());
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.constLast().constFirst().toBool());
        QWebEnginePage *page = gallery->webView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(page, QStringLiteral("document.querySelectorAll('article.card').length"))
                .toInt(),
            3, 10000);

        // The gallery's own search, driven from the window's search field.
        gallery->search(QStringLiteral("1girl, deleted"));
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(page, QStringLiteral("document.getElementById('search').value")).toString(),
            QStringLiteral("1girl, deleted"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(page,
                     QStringLiteral("Array.from(document.querySelectorAll('article.card'))"
                                    ".filter(c => c.offsetParent !== null).length"))
                .toInt(),
            1, 10000);
    }

    void sendsCivitaiLinksToTheSystemBrowser()
    {
        const QByteArray known = SafetensorsFactory::build({}, 48);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known));
        m_server->addModelFile(FileHasher::hashBytes(known), 502, 602, 1);
        MainWindow window(*m_settings);
        archiveCollection(window);

        GalleryView *gallery = window.galleryView();
        QSignalSpy loaded(gallery, &GalleryView::pageLoaded);
        const QString page = window.progressModel()
                                 ->indexOfFile(m_folder.models(QStringLiteral("known.safetensors")))
                                 .data(ProgressModel::ModelPageRole)
                                 .toString();
        QVERIFY(QFileInfo::exists(page));
        window.show();
        window.tabs()->setCurrentWidget(gallery);
        QVERIFY(loaded.wait(30000));
        gallery->openPage(page);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(gallery->webView()->url(), QUrl::fromLocalFile(page));
        loaded.clear();
        // The model's page is on the API host that knew it: here the fake Civitai.
        const QString civitaiPage = m_server->baseUrl().toString() + QStringLiteral("/models/502");
        evaluate(
            gallery->webView()->page(),
            QStringLiteral("document.querySelector('a[href^=\"%1\"]').click()").arg(civitaiPage));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, 10000);
        QVERIFY2(m_browser.opened.constFirst().toString().startsWith(civitaiPage),
                 qPrintable(m_browser.opened.constFirst().toString()));
        // The refused navigation ends as a load that failed, and the view stayed on the local page.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loaded.constFirst().constFirst().toBool(), false);
        QCOMPARE(gallery->webView()->url(), QUrl::fromLocalFile(page));
    }

    void cancelsMidRunWithNothingHalfWritten()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(SafetensorsFactory::writeSparse(
                m_folder.models(QStringLiteral("big%1.safetensors").arg(i)), qint64(768) << 20));
        m_settings->setValue(Settings::HashThreads, 1);
        MainWindow window(*m_settings);
        useCollection(window);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.startRun();
        const QString first = m_folder.models(QStringLiteral("big0.safetensors"));
        QTRY_VERIFY_WITH_TIMEOUT(window.progressModel()->indexOfFile(first).isValid()
                                     && stateOf(window, first) != ProgressModel::State::Queued,
                                 30000);
        window.runController()->cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(window.progressModel()->count(ProgressModel::State::Cancelled) >= 1);

        // Every file in the archive is whole: JSON parses, no partial or temporary file remains.
        QDirIterator it(m_folder.output(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int jsonFiles = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!path.endsWith(QLatin1String(".part")), qPrintable(path));
            QVERIFY2(path.endsWith(QLatin1String(".json")) || path.endsWith(QLatin1String(".txt")),
                     qPrintable(path));
            QVERIFY2(JsonFile::readObject(path).has_value(), qPrintable(path));
            ++jsonFiles;
        }
        QVERIFY(jsonFiles >= 1); // processed_files.json at least
    }

    void retriesAMissingFileFromItsPanel()
    {
        const QByteArray bytes = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 36);
        const QString path = m_folder.models(QStringLiteral("back again.safetensors"));
        QVERIFY(SafetensorsFactory::write(path, bytes));
        MainWindow window(*m_settings);
        QSignalSpy missingLoaded(window.missingPanel(), &MissingPanel::loaded);
        archiveCollection(window);
        QCOMPARE(stateOf(window, path), ProgressModel::State::NotOnCivitai);
        missingLoaded.clear();
        QVERIFY(missingLoaded.wait(10000));
        QCOMPARE(window.missingPanel()->count(), 1);

        // Civitai knows it now (a model restored, or an outage misread elsewhere).
        m_server->addModelFile(FileHasher::hashBytes(bytes), 503, 603, 1);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        Q_EMIT window.missingPanel()->retryRequested(path, m_folder.output());
        QVERIFY(finished.wait(60000));
        QCOMPARE(stateOf(window, path), ProgressModel::State::Done);
        missingLoaded.clear();
        QVERIFY(missingLoaded.wait(10000));
        QCOMPARE(window.missingPanel()->count(), 0);
    }

    void movesADuplicateToTheTrashOnlyAfterAsking()
    {
        const QByteArray same = SafetensorsFactory::build({}, 24);
        const QString kept = m_folder.models(QStringLiteral("a.safetensors"));
        const QString copy = m_folder.models(QStringLiteral("b.safetensors"));
        QVERIFY(SafetensorsFactory::write(kept, same));
        QVERIFY(SafetensorsFactory::write(copy, same));
        MainWindow window(*m_settings);
        archiveCollection(window);

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.duplicatesPanel()->moveToTrash(copy));
        QVERIFY(QFile::exists(copy));
        answerNextMessageBox(QMessageBox::Yes);
        QSignalSpy trashed(window.duplicatesPanel(), &DuplicatesPanel::trashFinished);
        QVERIFY(window.duplicatesPanel()->moveToTrash(copy));
        QVERIFY(trashed.wait(20000));
        QCOMPARE(trashed.constFirst().at(1).toBool(), true);
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QFile::exists(kept));
#ifdef Q_OS_LINUX // the freedesktop.org trash; Windows and macOS keep theirs elsewhere
        // In the trash (restorable), not deleted.
        const QString trash = QDir::homePath() + QStringLiteral("/.local/share/Trash/files");
        QVERIFY2(!QDir(trash).entryList({ QStringLiteral("b*.safetensors") }).isEmpty(),
                 qPrintable(trash));
#endif
    }

    void cleansOnlyAfterShowingThePlan()
    {
        const QString gone = m_folder.models(QStringLiteral("gone.safetensors"));
        QVERIFY(SafetensorsFactory::write(gone, SafetensorsFactory::build({}, 20)));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("stays.safetensors")),
                                          SafetensorsFactory::build({}, 28)));
        MainWindow window(*m_settings);
        archiveCollection(window);
        QVERIFY(QFile::remove(gone));
        QVERIFY(QDir(m_folder.output(QStringLiteral("gone"))).exists());

        // Cancelled: nothing removed.
        m_dialogTimer.start();
        m_dialogAnswer = QDialog::Rejected;
        window.cleanArchives();
        QTRY_VERIFY_WITH_TIMEOUT(m_dialogsAnswered == 1, 20000);
        // The clean is over once it lets go of the archive: whatever it removed, it removed first.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(m_folder.output(QStringLiteral(".cdm.lock"))),
                                 20000);
        QVERIFY(QDir(m_folder.output(QStringLiteral("gone"))).exists());
        // Accepted: the gone file's archive folder goes, the rest stays, no model file touched.
        m_dialogAnswer = QDialog::Accepted;
        m_dialogTimer.start();
        window.cleanArchives();
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(m_folder.output(QStringLiteral("gone"))).exists(), 20000);
        QVERIFY(QDir(m_folder.output(QStringLiteral("stays"))).exists());
        QVERIFY(QFile::exists(m_folder.models(QStringLiteral("stays.safetensors"))));
    }

    // An archive another process writes (here: a lock this test holds, naming this process) is
    // left alone by Start, Regenerate Gallery, Clean and the trash, and the window says who holds
    // it; once released, the run goes through.
    void refusesAnArchiveAnotherProcessWrites()
    {
        const QByteArray same = SafetensorsFactory::build({}, 20);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")), same));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("b.safetensors")), same));
        MainWindow window(*m_settings);
        archiveCollection(window);
        QVERIFY(QFile::remove(m_folder.output(QStringLiteral("index.html"))));
        QLockFile other(m_folder.output(QStringLiteral(".cdm.lock")));
        QVERIFY(other.tryLock(0));

        const QString holder
            = QStringLiteral("(process %1 on ").arg(QCoreApplication::applicationPid());
        QStringList shown; // the refusals, which name the holder; other boxes are the test's
        QTimer boxWatcher;
        boxWatcher.setInterval(20);
        connect(&boxWatcher, &QTimer::timeout, this, [&shown, &holder] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->text().contains(holder)) {
                shown.append(box->text());
                box->buttons().constFirst()->click();
            }
        });
        boxWatcher.start();

        QSignalSpy finished(&window, &MainWindow::runFinished);
        const int requests = m_server->requestCount();
        window.startRun();
        QVERIFY(finished.wait(20000));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(m_server->requestCount(), requests);

        window.regenerateGallery();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 20000);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("index.html"))));

        window.cleanArchives();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 20000);

        QTRY_COMPARE_WITH_TIMEOUT(window.duplicatesPanel()->groupCount(), 1, 20000);
        const QString copy = m_folder.models(QStringLiteral("b.safetensors"));
        answerNextMessageBox(QMessageBox::Yes); // the question; the refusal comes next
        QSignalSpy trashed(window.duplicatesPanel(), &DuplicatesPanel::trashFinished);
        QVERIFY(window.duplicatesPanel()->moveToTrash(copy));
        QVERIFY(trashed.wait(20000));
        QCOMPARE(trashed.constFirst().at(1).toBool(), false);
        QCOMPARE(shown.size(), 4);
        QVERIFY(QFile::exists(copy));

        boxWatcher.stop();
        other.unlock();
        finished.clear();
        window.startRun();
        QVERIFY(finished.wait(20000));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("index.html"))));
        QCOMPARE(shown.size(), 4);
    }

    void givesTheCollectionRoomInANarrowWindow()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        MainWindow window(*m_settings);
        useCollection(window);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        QVERIFY(tabs && details && details->isVisible());
        window.resize(960, 600);
        // The sources panel and the details pane give way: the collection keeps over 40 %.
        QTRY_VERIFY2(tabs->width() >= 384,
                     qPrintable(QStringLiteral("collection %1 px, details %2 px")
                                    .arg(tabs->width())
                                    .arg(details->width())));
        QVERIFY(details->isVisible());
    }

    void keepsTheDetailsPaneBesideTheCollection()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        {
            MainWindow window(*m_settings);
            useCollection(window);
            window.resize(960, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
            auto *toggle = window.findChild<QAction *>(QStringLiteral("Details Pane"));
            QVERIFY(details && toggle);
            QVERIFY(details->isVisible());
            // The gallery gets the width the pane took: its desktop layout in a narrow window.
            const int collectionWidth = window.tabs()->width();
            window.tabs()->setCurrentWidget(window.galleryView());
            QVERIFY(!details->isVisible());
            QTRY_VERIFY(window.tabs()->width() > collectionWidth + 150);
            window.tabs()->setCurrentIndex(0);
            QVERIFY(details->isVisible());
            QVERIFY(toggle->isChecked());
            // Its close button is the user's choice: it stays closed on every tab.
            details->close();
            QVERIFY(!toggle->isChecked());
            window.tabs()->setCurrentWidget(window.galleryView());
            window.tabs()->setCurrentIndex(0);
            QVERIFY(!details->isVisible());
            window.close();
        }
        MainWindow again(*m_settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *details = again.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        auto *toggle = again.findChild<QAction *>(QStringLiteral("Details Pane"));
        QVERIFY(!details->isVisible());
        toggle->trigger();
        QVERIFY(details->isVisible());
    }

    void startsWithoutWritingTheSettingsItReadBack()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        {
            MainWindow window(*m_settings);
            useCollection(window);
        }
        const QString path = m_folder.path(QStringLiteral("settings.ini"));
        const QDateTime longAgo(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(longAgo, QFileDevice::FileModificationTime));
        }
        resetSettings(); // read from the file, as at a start
        MainWindow window(*m_settings);
        QCOMPARE(window.sourcesPanel()->sources().size(), 1);
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), longAgo);
        window.sourcesPanel()->setSources({}); // a change of the user's is saved at once
        QVERIFY(QFileInfo(path).lastModified().toUTC() > longAgo);
    }

    void remembersSourcesAndModes()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        {
            MainWindow window(*m_settings);
            useCollection(window);
            window.findChild<QCheckBox *>(QStringLiteral("onlyNew"))->setChecked(true);
            window.close();
        }
        MainWindow again(*m_settings);
        const QList<Source> sources = again.sourcesPanel()->sources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.constFirst().outputDir, m_folder.output());
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("onlyNew"))->isChecked());
        auto *central = qobject_cast<QStackedWidget *>(again.centralWidget());
        QCOMPARE(central->currentIndex(), 1); // no empty state with sources
    }

    void sendsTheApiKeyFromTheKeyStoreToCivitaiOnly()
    {
        const QByteArray known = SafetensorsFactory::build({}, 52);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known));
        m_server->addModelFile(FileHasher::hashBytes(known), 504, 604, 1);
        MainWindow window(*m_settings);
        // No keychain in tests: the key is kept for the session, and a run still uses it.
        QSignalSpy stored(window.keyStore(), &ApiKeyStore::stored);
        window.keyStore()->store(QStringLiteral("key-from-the-store"));
        QVERIFY(stored.wait(10000));
        m_server->clearRequests();
        archiveCollection(window);
        const QList<FakeCivitai::Request> requests = m_server->requests();
        QVERIFY(!requests.isEmpty());
        for (const FakeCivitai::Request &request : requests) {
            const QByteArray authorization = request.headers.value("authorization");
            if (request.path.startsWith(QLatin1String("/api/")))
                QCOMPARE(authorization, QByteArray("Bearer key-from-the-store"));
            else
                QVERIFY2(authorization.isEmpty(), qPrintable(request.path)); // the image CDN
        }
    }

    void opensEachFolderOfTheRunButNoFileAlsoWhenFiltered()
    {
        // Fed as a run feeds it: queued files, then their reports. Every folder opens, files
        // never (a tree of 100,000 files stays cheap to lay out), also after a filter change.
        MainWindow window(*m_settings);
        window.show();
        QList<FileStage> stages;
        for (const QString &folder : { QStringLiteral("/m/loras"), QStringLiteral("/m/sdxl") }) {
            for (int i = 0; i < 300; ++i)
                stages.append({ QStringLiteral("%1/f%2.safetensors").arg(folder).arg(i),
                                FileStage::Step::Queued, 0, 1000 });
        }
        Q_EMIT window.runController()->stagesChanged(stages);
        auto *tree = named<QTreeView>(window, QStringLiteral("Files of the collection"));
        QVERIFY(tree);
        QAbstractItemModel *shown = tree->model();
        const auto verifyOpen = [&](int folders, int files) {
            QCOMPARE(shown->rowCount(), folders);
            for (int row = 0; row < folders; ++row) {
                const QModelIndex folder = shown->index(row, 0);
                QVERIFY(tree->isExpanded(folder));
                QCOMPARE(shown->rowCount(folder), files);
                QVERIFY(!tree->isExpanded(shown->index(0, 0, folder)));
            }
        };
        verifyOpen(2, 300);

        FileReport failed;
        failed.path = QStringLiteral("/m/sdxl/f7.safetensors");
        failed.status = FileReport::Status::Failed;
        failed.error = QStringLiteral("HTTP 503");
        Q_EMIT window.runController()->fileFinished(failed);
        failed.path = QStringLiteral("/m/vae/v.safetensors"); // a folder new to the tree
        Q_EMIT window.runController()->fileFinished(failed);
        auto *filter = named<QComboBox>(window, QStringLiteral("Show files"));
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(QStringLiteral("failed")));
        QTRY_COMPARE(shown->rowCount(), 2);
        verifyOpen(2, 1);
        QCOMPARE(shown->index(0, 0, shown->index(0, 0)).data(ProgressModel::PathRole).toString(),
                 QStringLiteral("/m/sdxl/f7.safetensors"));
        filter->setCurrentIndex(filter->findData(QString()));
        QTRY_COMPARE(shown->rowCount(), 3);
        QVERIFY(tree->isExpanded(shown->index(2, 0)));
        QVERIFY(tree->isExpanded(shown->index(0, 0)));
    }

    void stopsARunWhenDestroyedMidway()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(SafetensorsFactory::writeSparse(
                m_folder.models(QStringLiteral("big%1.safetensors").arg(i)), qint64(1) << 30));
        {
            MainWindow window(*m_settings);
            useCollection(window);
            window.startRun();
            const QString first = m_folder.models(QStringLiteral("big0.safetensors"));
            QTRY_VERIFY_WITH_TIMEOUT(window.progressModel()->indexOfFile(first).isValid()
                                         && stateOf(window, first) == ProgressModel::State::Hashing,
                                     30000);
            QVERIFY(window.runController()->isRunning());
#ifdef Q_OS_LINUX
            QVERIFY(!openFilesUnder(m_folder.models()).isEmpty()); // the hash reads one
#endif
        } // gone mid-hash: the run is stopped, nothing crashes or hangs
        QVERIFY(QFile::exists(m_folder.models(QStringLiteral("big0.safetensors"))));
#ifdef Q_OS_LINUX
        // Stopped, not left hashing: no model file is open any more.
        QCOMPARE(openFilesUnder(m_folder.models()), QStringList());
#endif
    }

    void pausesAndResumesFromTheToolbar()
    {
        // Sparse files, different in their headers: long enough to hash that the pause lands
        // during the first one.
        for (int i = 0; i < 3; ++i) {
            const QString path = m_folder.models(QStringLiteral("m%1.safetensors").arg(i));
            QVERIFY(SafetensorsFactory::write(path, SafetensorsFactory::build({}, 16 + i)));
            QVERIFY(QFile::resize(path, qint64(256) << 20));
        }
        m_settings->setValue(Settings::HashThreads, 1);
        MainWindow window(*m_settings);
        useCollection(window);
        QAction *pause = window.findChild<QAction *>(QStringLiteral("Pause"));
        QVERIFY(pause);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.startRun();
        pause->setChecked(true);
        // The same files archived to the end by a run beside it, with the same Civitai: time
        // enough for the paused run to have done them all.
        RunOptions control;
        control.sources = { m_folder.models() };
        control.outputDir = m_folder.path(QStringLiteral("control"));
        control.apiBases = { m_server->baseUrl() };
        control.noTimeout = true;
        QCOMPARE(runToEnd(control).filesNotOnCivitai, 3);
        QSignalSpy tick(window.runController(), &RunController::progressChanged);
        QVERIFY(tick.wait()); // the paused run's stages so far have reached the window
        // None got past its hash.
        QCOMPARE(window.progressModel()->count(ProgressModel::State::Queued)
                     + window.progressModel()->count(ProgressModel::State::Hashing),
                 3);
        QVERIFY(window.runController()->isRunning());
        pause->setChecked(false);
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.progressModel()->count(ProgressModel::State::NotOnCivitai), 3);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // WebEngine wants it before the app
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
