#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/displayformat.h"
#include "core/failedfiles.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "core/settings.h"
#include "fakecivitai.h"
#include "hostilearchive.h"
#include "runtoend.h"
#include "safetensorsfactory.h"
#include "ui/collectionfilter.h"
#include "ui/collectionloader.h"
#include "ui/collectionview.h"
#include "ui/detailspane.h"
#include "ui/duplicatespanel.h"
#include "ui/mainwindow.h"
#include "ui/missingpanel.h"
#include "ui/progressmodel.h"
#include "ui/runcontroller.h"
#include "ui/sourcespanel.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>

// The window as the home of a collection: what the archive knows is there at start, sorted,
// searched, detailed; errors stand out.
class TestCollectionView final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    std::unique_ptr<FakeCivitai> m_server;
    std::unique_ptr<Settings> m_settings;

    void resetSettings()
    {
        m_settings = std::make_unique<Settings>(m_folder.path(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::ApiBases, QStringList { m_server->baseUrl().toString() });
        m_settings->setValue(Settings::MinPauseSeconds, 0.0);
        m_settings->setValue(Settings::MaxPauseSeconds, 0.0);
    }

    // The window's one source is models/, archived into out/.
    void useCollection(MainWindow &window)
    {
        window.addSources({ m_folder.models() });
        QList<Source> sources = window.sourcesPanel()->sources();
        sources.first().outputDir = m_folder.output();
        window.sourcesPanel()->setSources(sources);
    }

    static QModelIndex fileIndex(MainWindow &window, const QString &path, int column = 0)
    {
        return window.progressModel()->indexOfFile(path, column);
    }

    static ProgressModel::State stateOf(MainWindow &window, const QString &path)
    {
        return fileIndex(window, path).data(ProgressModel::StateRole).value<ProgressModel::State>();
    }

    // The names of the file rows the tree shows, top to bottom.
    static QStringList shownFiles(QTreeView *tree)
    {
        QStringList names;
        const QAbstractItemModel *model = tree->model();
        for (int folder = 0; folder < model->rowCount(); ++folder) {
            const QModelIndex parent = model->index(folder, 0);
            for (int row = 0; row < model->rowCount(parent); ++row)
                names.append(model->index(row, 0, parent).data().toString());
        }
        return names;
    }

    // An archive written as a run writes it: processed_files.json maps each model file to its
    // folder; the folders hold what HostileArchive writes.
    void writeArchive(const QStringList &folders)
    {
        QJsonObject map;
        QJsonArray files;
        for (int i = 0; i < folders.size(); ++i) {
            HostileArchive::writeModel(m_folder.output(), folders.at(i), i + 1);
            const QString path = m_folder.models(folders.at(i) + QStringLiteral(".safetensors"));
            // Sizes whose order is neither the names' nor their digits' ("980" > "5080").
            const qint64 bytes = folders.at(i) == QLatin1String("bravo") ? 50
                : folders.at(i) == QLatin1String("alpha")                ? 900
                                                                         : 5000;
            QVERIFY(SafetensorsFactory::write(path, SafetensorsFactory::build({}, bytes)));
            map.insert(path, folders.at(i));
            files.append(path);
        }
        QVERIFY(JsonFile::write(ArchiveLayout(m_folder.output()).processedFiles(),
                                QJsonObject { { QStringLiteral("files"), files },
                                              { QStringLiteral("folders"), map } }));
    }

    // More models than a few of the loader's batches.
    QStringList writeLargeArchive()
    {
        QStringList folders;
        for (int i = 0; i < 1600; ++i)
            folders.append(QStringLiteral("model_%1").arg(i));
        writeArchive(folders);
        return folders;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<FakeCivitai>();
        QVERIFY(m_server->listen());
    }

    void init()
    {
        QVERIFY(m_folder.reset());
        resetSettings();
    }

    void showsTheArchivedCollectionAtStartWithoutARun()
    {
        const QByteArray known = SafetensorsFactory::build({}, 40);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known));
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("copy.safetensors")), known));
        QVERIFY(SafetensorsFactory::write(
            m_folder.models(QStringLiteral("deleted.safetensors")),
            SafetensorsFactory::build(SafetensorsFactory::loraMetadata())));
        m_server->addModelFile(FileHasher::hashBytes(known), 501, 601, 1);
        {
            MainWindow first(*m_settings);
            useCollection(first);
            QSignalSpy finished(&first, &MainWindow::runFinished);
            first.startRun();
            QVERIFY(finished.wait(60000));
            // One line says how the run went.
            QCOMPARE(first.news(), QStringLiteral("Finished: 2 done, 1 not on Civitai."));
        }

        MainWindow window(*m_settings); // a restart: the same settings, no run
        const QString knownPath = m_folder.models(QStringLiteral("known.safetensors"));
        QTRY_VERIFY_WITH_TIMEOUT(fileIndex(window, knownPath).isValid(), 10000);
        QTRY_COMPARE(window.progressModel()->fileCount(), 3);
        QVERIFY(!window.runController()->isRunning());
        QCOMPARE(stateOf(window, knownPath), ProgressModel::State::Done);
        QCOMPARE(stateOf(window, m_folder.models(QStringLiteral("deleted.safetensors"))),
                 ProgressModel::State::NotOnCivitai);
        QCOMPARE(fileIndex(window, knownPath, ProgressModel::CivitaiColumn).data().toString(),
                 QStringLiteral("Model 501 · v601"));
        QVERIFY(!fileIndex(window, knownPath, ProgressModel::CheckedColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QVERIFY(!fileIndex(window, knownPath, ProgressModel::CoverRole)
                     .data(ProgressModel::CoverRole)
                     .toString()
                     .isEmpty());
        // The folder counts its files by outcome.
        QCOMPARE(window.progressModel()->index(0, ProgressModel::StatusColumn).data().toString(),
                 QStringLiteral("2 done · 1 not on Civitai"));
        // The status filter counts too, and the tabs.
        auto *status = window.collectionView()->findChild<QComboBox *>();
        QTRY_COMPARE(status->itemText(0), QStringLiteral("All files (3)"));
        QTabWidget *tabs = window.tabs();
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(window.missingPanel())),
                     QStringLiteral("&Missing from Civitai (1)"));
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(window.duplicatesPanel())),
                     QStringLiteral("&Duplicates (1)"));
    }

    // Civitai forgets a model: the row says so with the day it was last seen, during the run and
    // after a restart, the status filter offers "Removed from Civitai", and the run's line says it.
    void showsFilesRemovedFromCivitaiDuringARunAndAfterARestart()
    {
        const QByteArray bytes = SafetensorsFactory::build({}, 48);
        const QString path = m_folder.models(QStringLiteral("vanishing.safetensors"));
        QVERIFY(SafetensorsFactory::write(path, bytes));
        m_server->addModelFile(FileHasher::hashBytes(bytes), 701, 801, 1);
        const auto run = [](MainWindow &window, void (MainWindow::*start)()) {
            QSignalSpy finished(&window, &MainWindow::runFinished);
            (window.*start)();
            QVERIFY(finished.wait(60000));
        };
        const QString removedText = QStringLiteral("Removed from Civitai · last seen %1")
                                        .arg(DisplayFormat::date(QDateTime::currentDateTime()));
        {
            MainWindow window(*m_settings);
            useCollection(window);
            run(window, &MainWindow::startRun);
            QCOMPARE(stateOf(window, path), ProgressModel::State::Done);
            m_server->forgetModel(701);
            run(window, &MainWindow::recheckAll); // the Run menu's "Re-check on Civitai"
            QCOMPARE(stateOf(window, path), ProgressModel::State::Removed);
            QCOMPARE(fileIndex(window, path, ProgressModel::StatusColumn).data().toString(),
                     removedText);
            QCOMPARE(window.news(),
                     QStringLiteral("Finished: 0 done, 1 removed from Civitai (see "
                                    "the Removed filter)."));
        }
        MainWindow window(*m_settings);
        QTRY_VERIFY_WITH_TIMEOUT(fileIndex(window, path).isValid(), 10000);
        QCOMPARE(stateOf(window, path), ProgressModel::State::Removed);
        QCOMPARE(fileIndex(window, path, ProgressModel::StatusColumn).data().toString(),
                 removedText);
        auto *status = window.collectionView()->findChild<QComboBox *>();
        QTRY_VERIFY(status->findText(QStringLiteral("Removed from Civitai (1)")) >= 0);
    }

    // Qt's raster engine splits large fills over its global thread pool and waits for them: a
    // window that read its archives there held every paint until a read ended (a 100-300 ms
    // stall at 10,000 models). With that pool taken by someone else, the window still reads.
    void readsTheCollectionWithoutQtsGlobalThreadPool()
    {
        writeArchive({ QStringLiteral("alpha"), QStringLiteral("bravo") });
        QThreadPool *global = QThreadPool::globalInstance();
        QSemaphore release;
        const int threads = global->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            global->start([&release] { release.acquire(); });
        const auto freeThePool = qScopeGuard([&] {
            release.release(threads);
            global->waitForDone();
        });
        MainWindow window(*m_settings);
        QSignalSpy missingLoaded(window.missingPanel(), &MissingPanel::loaded);
        useCollection(window);
        QTRY_COMPARE_WITH_TIMEOUT(window.progressModel()->fileCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!missingLoaded.isEmpty(), 10000);
    }

    // A window busy with its first rows does not find the rest of the collection queued for it:
    // the reader waits. The window stays busy while the reader could overrun it (2 s to read a
    // few hundred models more), and looks at what waits.
    void handsTheCollectionOverNoFasterThanTheWindowShowsIt()
    {
        const QStringList folders = writeLargeArchive();
        CollectionLoader loader;
        int files = 0;
        int mostWaiting = 0;
        connect(&loader, &CollectionLoader::batchRead, this, [&](const QList<ArchivedFile> &batch) {
            if (files == 0) {
                QDeadlineTimer busy(2000);
                while (loader.batchesWaiting() <= CollectionLoader::MaxBatchesWaiting
                       && !busy.hasExpired())
                    QThread::msleep(10);
            }
            mostWaiting = qMax(mostWaiting, loader.batchesWaiting());
            files += int(batch.size());
        });
        QSignalSpy finished(&loader, &CollectionLoader::finished);
        loader.load({ m_folder.output() });
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(files, folders.size());
        QVERIFY(mostWaiting > 0); // it read on while the window was busy
        QVERIFY2(mostWaiting <= CollectionLoader::MaxBatchesWaiting,
                 qPrintable(QString::number(mostWaiting)));
    }

    // A new load (as when a run ends) while the reader waits for the window: it stops waiting.
    void loadsAgainWhileTheReaderWaitsForTheWindow()
    {
        const QStringList folders = writeLargeArchive();
        CollectionLoader loader;
        int batches = 0;
        int files = 0;
        connect(&loader, &CollectionLoader::batchRead, this, [&](const QList<ArchivedFile> &batch) {
            if (++batches == 1) {
                QDeadlineTimer ahead(10000); // until it read the one batch it may
                while (loader.batchesWaiting() < CollectionLoader::MaxBatchesWaiting - 1
                       && !ahead.hasExpired())
                    QThread::msleep(5);
                QThread::msleep(1000); // and has read the next, and waits to hand it over
                loader.load({ m_folder.output() });
                return;
            }
            files += int(batch.size());
        });
        QSignalSpy finished(&loader, &CollectionLoader::finished);
        loader.load({ m_folder.output() });
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(files, folders.size()); // all of them, once, from the second load
        QCOMPARE(finished.size(), 1);
    }

    // What the loader reads of an archive's state: the Python tool recorded its files without
    // folders (found by file name), the history says which Civitai forgot; damaged state files
    // say nothing rather than something wrong.
    void readsTheStateOfAPythonToolArchive()
    {
        const QString output = m_folder.output();
        for (const QString &name : { QStringLiteral("synthwave"), QStringLiteral("odd \"one\"") }) {
            QVERIFY(QDir().mkpath(output + QLatin1Char('/') + name));
            QVERIFY(JsonFile::write(
                output + QLatin1Char('/') + name + QLatin1Char('/') + name
                    + QStringLiteral("_hash.json"),
                QJsonObject {
                    { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
                    { QStringLiteral("hash_value"), QString(64, QLatin1Char('a')) },
                    { QStringLiteral("filename"), name + QStringLiteral(".safetensors") } }));
        }
        const QString synthwave = QStringLiteral("/loras/synthwave.safetensors");
        const QString odd = QStringLiteral("/loras/elsewhere/odd \"one\".safetensors");
        const QString processed = ArchiveLayout(output).processedFiles();
        QVERIFY(JsonFile::write(
            processed,
            QJsonObject {
                { QStringLiteral("files"), QJsonArray { synthwave, QStringLiteral("/b.pt") } },
                { QStringLiteral("folders"),
                  QJsonObject { { odd, QStringLiteral("odd \"one\"") },
                                { QStringLiteral("/b.pt"), QStringLiteral("b") } } } }));
        const QJsonObject removed { { QStringLiteral("civitai"), QStringLiteral("removed") },
                                    { QStringLiteral("last_confirmed"),
                                      QStringLiteral("2026-03-04") } };
        const QString history = output + QStringLiteral("/file_history.json");
        QVERIFY(JsonFile::write(
            history,
            QJsonObject { { QStringLiteral("version"), 1 },
                          { QStringLiteral("files"),
                            QJsonObject { { QStringLiteral("odd \"one\""), removed } } } }));
        const auto read = [&output] {
            QHash<QString, ArchivedFile> files;
            const std::atomic_bool cancelled = false;
            CollectionLoader::read(
                output, 100,
                [&files](QList<ArchivedFile> &batch) {
                    for (const ArchivedFile &file : batch)
                        files.insert(file.path, file);
                },
                cancelled);
            return files;
        };
        QHash<QString, ArchivedFile> files = read();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.value(synthwave).folder, QStringLiteral("synthwave"));
        QVERIFY(files.value(synthwave).removedSince.isEmpty());
        QCOMPARE(files.value(odd).folder, QStringLiteral("odd \"one\""));
        QCOMPARE(files.value(odd).removedSince, QStringLiteral("2026-03-04"));

        const auto cutShort = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadWrite) && file.resize(file.size() - 3);
        };
        QVERIFY(cutShort(history));
        files = read();
        QCOMPARE(files.size(), 2);
        QVERIFY(files.value(odd).removedSince.isEmpty());
        QVERIFY(cutShort(processed));
        QVERIFY(read().isEmpty());
    }

    void sortsBySizeAndFindsByText()
    {
        writeArchive(
            { QStringLiteral("bravo"), QStringLiteral("alpha"), QStringLiteral("Charlie") });
        MainWindow window(*m_settings);
        useCollection(window);
        QTRY_COMPARE_WITH_TIMEOUT(window.progressModel()->fileCount(), 3, 10000);
        QTreeView *tree = window.collectionView()->tree();
        // By name without regard to case (an upper-case letter does not come first).
        QCOMPARE(
            shownFiles(tree),
            (QStringList { QStringLiteral("alpha.safetensors"), QStringLiteral("bravo.safetensors"),
                           QStringLiteral("Charlie.safetensors") }));
        // A click on Size sorts by bytes, not by the text.
        window.show();
        QHeaderView *header = tree->header();
        const int x = header->sectionViewportPosition(ProgressModel::SizeColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(ProgressModel::SizeColumn));
        QCOMPARE(
            shownFiles(tree),
            (QStringList { QStringLiteral("bravo.safetensors"), QStringLiteral("alpha.safetensors"),
                           QStringLiteral("Charlie.safetensors") }));
        // Ctrl+F goes to the text filter; every word must match.
        window.activateWindow();
        QAction *find = window.findChild<QAction *>(QStringLiteral("Find"));
        QVERIFY(find);
        find->trigger();
        QLineEdit *search = window.collectionView()->searchField();
        QTest::keyClicks(search, QStringLiteral("CHAR safet"));
        QCOMPARE(shownFiles(tree), QStringList { QStringLiteral("Charlie.safetensors") });
        search->clear();
        QCOMPARE(shownFiles(tree).size(), 3);
    }

    void showsAHostileModelAsPlainTextInTheDetails()
    {
        writeArchive({ QStringLiteral("model_0") });
        MainWindow window(*m_settings);
        useCollection(window);
        QTRY_COMPARE_WITH_TIMEOUT(window.progressModel()->fileCount(), 1, 10000);
        QTreeView *tree = window.collectionView()->tree();
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        const QString versionName = QStringLiteral("<img src=x onerror=\"document.title='%1'\">")
                                        .arg(HostileArchive::Marker);
        DetailsPane *details = window.detailsPane();
        QLabel *shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shown = [&]() -> QLabel * {
                                     for (QLabel *label : details->findChildren<QLabel *>()) {
                                         if (label->text() == versionName)
                                             return label;
                                     }
                                     return nullptr;
                                 }()),
                                 10000);
        QCOMPARE(shown->textFormat(), Qt::PlainText);
        for (const QLabel *label : details->findChildren<QLabel *>()) {
            if (label->text().contains(HostileArchive::Marker))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        // Trigger words are buttons that copy them, named as written (long ones elided on the
        // button, whole in the tooltip), and they fit the pane of a narrow window.
        const QList<QToolButton *> chips = details->findChildren<QToolButton *>();
        QCOMPARE(chips.size(), 2);
        QVERIFY(chips.constFirst()->accessibleName().contains(HostileArchive::Marker));
        window.resize(960, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QToolButton *chip : chips) { // a tooltip shows markup as it is, too
            QTextDocument shownTip;
            shownTip.setHtml(chip->toolTip());
            QVERIFY2(shownTip.toPlainText().contains(chip->accessibleName()),
                     qPrintable(chip->toolTip()));
            const QRect inPane(chip->mapTo(details, QPoint(0, 0)), chip->size());
            QVERIFY2(details->rect().contains(inPane),
                     qPrintable(QStringLiteral("%1 px chip at x %2 in a %3 px pane")
                                    .arg(inPane.width())
                                    .arg(inPane.x())
                                    .arg(details->width())));
        }
        for (const QLabel *label : details->findChildren<QLabel *>()) {
            if (label->text() == QLatin1String("Trigger words:"))
                QVERIFY2(label->width() >= label->sizeHint().width(),
                         qPrintable(QString::number(label->width())));
        }
    }

    void showsOnlyTheDetailsAFileHas()
    {
        writeArchive({ QStringLiteral("model_0") });
        // A file hashed but not looked up yet: its folder holds only _hash.json.
        const QString loosePath = m_folder.models(QStringLiteral("loose.safetensors"));
        QVERIFY(SafetensorsFactory::write(loosePath, SafetensorsFactory::build()));
        const QString hashFile = ModelFolder(m_folder.output(), QStringLiteral("loose")).hashFile();
        QVERIFY(QDir().mkpath(QFileInfo(hashFile).absolutePath()));
        QVERIFY(JsonFile::write(
            hashFile,
            QJsonObject { { QStringLiteral("filename"), QStringLiteral("loose.safetensors") },
                          { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
                          { QStringLiteral("hash_value"), QString(64, QLatin1Char('a')) } }));
        const QString processed = ArchiveLayout(m_folder.output()).processedFiles();
        QJsonObject state = JsonFile::readObject(processed).value_or(QJsonObject());
        QJsonObject folders = state.value(QLatin1String("folders")).toObject();
        folders.insert(loosePath, QStringLiteral("loose"));
        state.insert(QStringLiteral("folders"), folders);
        QVERIFY(JsonFile::write(processed, state));
        MainWindow window(*m_settings);
        useCollection(window);
        QTRY_COMPARE_WITH_TIMEOUT(window.progressModel()->fileCount(), 2, 10000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DetailsPane *details = window.detailsPane();
        const auto visibleLabel = [details](const QString &text) {
            for (const QLabel *label : details->findChildren<QLabel *>()) {
                if (label->text() == text && label->isVisible())
                    return true;
            }
            return false;
        };
        const auto visibleButtons = [details] {
            int count = 0;
            for (const QPushButton *button : details->findChildren<QPushButton *>())
                count += button->isVisible() ? 1 : 0;
            return count;
        };
        // Nothing selected: what the pane is for, no empty fields, no dead buttons.
        QVERIFY(visibleLabel(QStringLiteral("Select a file in the collection to see its cover, "
                                            "names, trigger words and hash here.")));
        QVERIFY(!visibleLabel(QStringLiteral("Version:")));
        QCOMPARE(visibleButtons(), 0);

        // A file Civitai was never asked about: its status and what can be done, no version.
        QTreeView *tree = window.collectionView()->tree();
        const QStringList shown = shownFiles(tree);
        const int loose = int(shown.indexOf(QStringLiteral("loose.safetensors")));
        QVERIFY(loose >= 0);
        tree->setCurrentIndex(tree->model()->index(loose, 0, tree->model()->index(0, 0)));
        QTRY_VERIFY(visibleLabel(QStringLiteral("Status:")));
        QVERIFY(!visibleLabel(QStringLiteral("Version:")));
        QVERIFY(!visibleLabel(QStringLiteral("Creator:")));
        QVERIFY(visibleButtons() > 0);

        // A file Civitai knows: its version and creator too.
        tree->setCurrentIndex(tree->model()->index(1 - loose, 0, tree->model()->index(0, 0)));
        QTRY_VERIFY(visibleLabel(QStringLiteral("Version:")));
        QVERIFY(visibleLabel(QStringLiteral("Creator:")));
    }

    void tellsTheTruthBeforeAnyRun()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")),
                                          SafetensorsFactory::build()));
        MainWindow window(*m_settings);
        QSignalSpy loaded(window.missingPanel(), &MissingPanel::loaded);
        useCollection(window);
        QVERIFY(loaded.wait(10000));
        const QList<QLabel *> labels = window.missingPanel()->findChildren<QLabel *>();
        QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("Civitai knows every archived file"));
        }));
        QAction *clean = window.findChild<QAction *>(QStringLiteral("Clean Archive"));
        QVERIFY(!clean->isEnabled()); // nothing to clean
        QAction *start = window.findChild<QAction *>(QStringLiteral("Start"));
        QVERIFY(start->isEnabled());
    }

    void offersRecentFoldersAfterARestart()
    {
        {
            MainWindow first(*m_settings);
            useCollection(first);
        }
        MainWindow window(*m_settings);
        window.sourcesPanel()->setSources({});
        QMenu *recent = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            if (menu->title() == QLatin1String("&Recent folders"))
                recent = menu;
        }
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 1);
        QCOMPARE(recent->actions().constFirst()->text(),
                 QDir::toNativeSeparators(QDir::cleanPath(m_folder.models())));
        recent->actions().constFirst()->trigger();
        QCOMPARE(window.sourcesPanel()->sources().size(), 1);
    }

    void followsTheDarkThemeWithItsIcons()
    {
        auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
        Theme::apply(*application, Settings::Theme::Dark);
        MainWindow window(*m_settings);
        QAction *start = window.findChild<QAction *>(QStringLiteral("Start"));
        const QImage icon = start->icon().pixmap(QSize(16, 16)).toImage();
        Theme::apply(*application, Settings::Theme::Light);
        // The play icon's drawn pixels are light on the dark window, not black.
        int drawn = 0;
        int light = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QColor pixel = icon.pixelColor(x, y);
                if (pixel.alpha() > 128) {
                    ++drawn;
                    light += pixel.lightness() > 128;
                }
            }
        }
        QVERIFY(drawn > 0);
        QCOMPARE(light, drawn);
        QCOMPARE(Theme::styleName(), QStringLiteral("fusion"));
    }

    // A run fails on two files: Civitai answers 500 to every try for one, the other cannot be
    // read. After a restart both still show failed, with the day and the run's reason; a later
    // run that archives the first clears its failure, not the other's.
    void remembersFailuresAcrossARestart()
    {
        const QByteArray bytes = SafetensorsFactory::build({}, 56);
        const QString lookedUp = m_folder.models(QStringLiteral("unlucky.safetensors"));
        QVERIFY(SafetensorsFactory::write(lookedUp, bytes));
        m_server->addModelFile(FileHasher::hashBytes(bytes), 901, 902, 1);
        const QString unreadable = m_folder.models(QStringLiteral("truncated.safetensors"));
        QFile broken(unreadable); // a header that says it is longer than the file
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray("\xff\xff\x00\x00\x00\x00\x00\x00{\"a\":", 13));
        broken.close();
        const auto run = [](MainWindow &window) {
            QSignalSpy finished(&window, &MainWindow::runFinished);
            window.startRun();
            QVERIFY(finished.wait(60000));
        };
        const auto statusOf = [](MainWindow &window, const QString &path) {
            return fileIndex(window, path, ProgressModel::StatusColumn).data().toString();
        };
        const auto loaded = [this](MainWindow &window) {
            useCollection(window);
            QTRY_VERIFY_WITH_TIMEOUT(!window.collectionLoader()->isLoading()
                                         && window.progressModel()->fileCount() == 2,
                                     10000);
        };
        const QString errorPrefix = QStringLiteral("Error: ");
        QString lookupReason;
        QString readReason;
        m_server->injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::status(500), 1000);
        {
            MainWindow window(*m_settings);
            useCollection(window);
            run(window);
            QCOMPARE(stateOf(window, lookedUp), ProgressModel::State::Failed);
            QCOMPARE(stateOf(window, unreadable), ProgressModel::State::Failed);
            lookupReason = statusOf(window, lookedUp).mid(errorPrefix.size());
            readReason = statusOf(window, unreadable).mid(errorPrefix.size());
            QVERIFY(!lookupReason.isEmpty() && !readReason.isEmpty());
        }
        m_server->clearFaults();
        const QString today = DisplayFormat::date(QDateTime::currentDateTime());
        {
            MainWindow window(*m_settings); // a restart
            loaded(window);
            QCOMPARE(stateOf(window, lookedUp), ProgressModel::State::FailedEarlier);
            QCOMPARE(statusOf(window, lookedUp),
                     QStringLiteral("Failed on %1: %2").arg(today, lookupReason));
            QCOMPARE(stateOf(window, unreadable), ProgressModel::State::FailedEarlier);
            QCOMPARE(statusOf(window, unreadable),
                     QStringLiteral("Failed on %1: %2").arg(today, readReason));
            // Red, with the whole status in the tooltip, and counted with the errors.
            const QModelIndex status = fileIndex(window, unreadable, ProgressModel::StatusColumn);
            QVERIFY(status.data(Qt::ForegroundRole).value<QColor>().red() > 150);
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(status.data(Qt::ToolTipRole).toString().contains(statusOf(window, unreadable)));
            auto *filter = window.collectionView()->findChild<QComboBox *>();
            QTRY_VERIFY(filter->findText(QStringLiteral("Errors (2)")) >= 0);
            run(window); // Civitai answers this time
            QCOMPARE(stateOf(window, lookedUp), ProgressModel::State::Done);
        }
        MainWindow window(*m_settings);
        loaded(window);
        QCOMPARE(stateOf(window, lookedUp), ProgressModel::State::Done);
        QCOMPARE(stateOf(window, unreadable), ProgressModel::State::FailedEarlier);
    }

    // A file a run failed on before the archive had a folder for it is listed all the same,
    // while it is on disk.
    void listsFailedFilesTheArchiveHasNoFolderFor()
    {
        const QString onDisk = m_folder.models(QStringLiteral("unreadable.safetensors"));
        QVERIFY(SafetensorsFactory::write(onDisk, SafetensorsFactory::build({}, 30)));
        QVERIFY(QDir().mkpath(m_folder.output()));
        FailedFiles failed(m_folder.output());
        for (const QString &path :
             { onDisk, m_folder.models(QStringLiteral("gone.safetensors")) }) {
            FileReport report;
            report.path = path;
            report.status = FileReport::Status::Failed;
            report.error = QStringLiteral("Permission denied");
            failed.note(report, QDate(2026, 11, 2));
        }
        QVERIFY(failed.save());
        QList<ArchivedFile> files;
        const std::atomic_bool cancelled = false;
        CollectionLoader::read(
            m_folder.output(), 100, [&files](QList<ArchivedFile> &batch) { files += batch; },
            cancelled);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().path, onDisk);
        QCOMPARE(files.first().status, ArchivedFile::Status::Failed);
        QCOMPARE(files.first().failure, QStringLiteral("Permission denied"));
        QCOMPARE(files.first().failedOn, QDate(2026, 11, 2));
    }

    void showsFailedFilesInRedWithTheirReason()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("good.safetensors")),
                                          SafetensorsFactory::build()));
        // A header that says it is longer than the file: the file cannot be read.
        QFile broken(m_folder.models(QStringLiteral("broken.safetensors")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray("\xff\xff\x00\x00\x00\x00\x00\x00{\"a\":", 13));
        broken.close();
        MainWindow window(*m_settings);
        useCollection(window);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.startRun();
        QVERIFY(finished.wait(60000));
        const QString path = m_folder.models(QStringLiteral("broken.safetensors"));
        QCOMPARE(stateOf(window, path), ProgressModel::State::Failed);
        const QModelIndex status = fileIndex(window, path, ProgressModel::StatusColumn);
        QVERIFY(status.data(Qt::ForegroundRole).value<QColor>().red() > 150);
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(status.data(Qt::ToolTipRole)
                    .toString()
                    .contains(status.data().toString().mid(QStringLiteral("Error: ").size())));
        const QModelIndex folder = window.progressModel()->index(0, ProgressModel::StatusColumn);
        QCOMPARE(folder.data().toString(), QStringLiteral("1 not on Civitai · 1 failed"));
        QCOMPARE(folder.data(ProgressModel::FractionRole).toDouble(), -1.0); // no full bar
        QVERIFY(window.news().contains(QLatin1String("1 failed")));
    }
};

QTEST_MAIN(TestCollectionView)
#include "tst_collectionview.moc"
