// Takes screenshots of every screen of the window on the offline demo collection, to look at
// (and for the documentation):  cdm-ui-screenshots OUTPUT_FOLDER
#include "core/settings.h"
#include "core/translations.h"
#include "democollection.h"
#include "fakecivitai.h"
#include "ui/collectionloader.h"
#include "ui/collectionview.h"
#include "ui/detailspane.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "ui/missingpanel.h"
#include "ui/progressmodel.h"
#include "ui/runcontroller.h"
#include "ui/sourcespanel.h"
#include "ui/theme.h"
#include "ui/thumbnailcache.h"
#include "webpagescript.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWebEngineView>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <memory>

namespace {

void save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    widget->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

// The window started again on the archive (the collection, no run), with a file selected, at a
// large and a small size, light and dark.
bool restarted(Settings &settings, const QDir &out)
{
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    for (const Settings::Theme theme : { Settings::Theme::Light, Settings::Theme::Dark }) {
        Theme::apply(*application, theme);
        for (const QSize size : { QSize(1600, 1000), QSize(960, 600) }) {
            MainWindow window(settings);
            // Its last batch is queued before this: the whole collection is in the tree.
            bool loaded = false;
            QObject::connect(window.collectionLoader(), &CollectionLoader::finished,
                             [&loaded] { loaded = true; });
            window.resize(size);
            window.show();
            // The status filter counts a moment later (at most five times a second).
            const auto *status = window.collectionView()->findChild<QComboBox *>();
            const auto counted = [&] {
                const int files = window.progressModel()->fileCount();
                return files > 0
                    && status->itemText(0).endsWith(QStringLiteral("(%1)").arg(files));
            };
            if (!QTest::qWaitFor([&] { return loaded && counted(); }, 20000))
                return false;
            QTreeView *tree = window.collectionView()->tree();
            const QModelIndex folder = tree->model()->index(0, 0);
            tree->setCurrentIndex(tree->model()->index(0, 0, folder));
            // The details pane reads the file's model off the UI thread; its hash shows it came.
            const auto *hash = window.detailsPane()->findChild<QLineEdit *>();
            if (!hash || !QTest::qWaitFor([hash] { return !hash->text().isEmpty(); }, 20000))
                return false;
            // The rows' covers are decoded off the UI thread once painted: all of them in.
            const auto *covers = window.findChild<ThumbnailCache *>();
            window.repaint();
            if (!covers || !QTest::qWaitFor([covers] { return !covers->isDecoding(); }, 20000))
                return false;
            const QString suffix = QStringLiteral("%1x%2-%3.png")
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(theme == Settings::Theme::Dark ? QLatin1String("dark")
                                                                           : QLatin1String("light"));
            save(&window, out.filePath(QStringLiteral("collection-") + suffix));
            // The gallery tab at the same size and theme, once its page has loaded and painted.
            bool pageLoaded = false;
            QObject::connect(window.galleryView(), &GalleryView::pageLoaded,
                             [&pageLoaded](bool ok) { pageLoaded = ok; });
            window.tabs()->setCurrentWidget(window.galleryView());
            // The index builds its cards after the load, then marks the body ready.
            QWebEnginePage *page = window.galleryView()->webView()->page();
            const auto ready = [page] {
                return evaluate(page, QStringLiteral("document.body.dataset.ready || ''"))
                    == QStringLiteral("true");
            };
            if (!QTest::qWaitFor([&] { return pageLoaded && ready(); }, 20000))
                return false;
            save(&window, out.filePath(QStringLiteral("gallery-") + suffix));
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fputs("usage: cdm-ui-screenshots OUTPUT_FOLDER [LANGUAGE]\n", stderr);
        return 2;
    }
    Translations::install(app, argc == 3 ? QString::fromLatin1(argv[2]) : QStringLiteral("en"));
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir work;
    QString error;
    if (!DemoCollection::write(work.filePath(QStringLiteral("models")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    FakeCivitai civitai;
    if (!civitai.listen())
        return 1;
    DemoCollection::publish(civitai);

    Settings settings(work.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::ApiBases, QStringList { civitai.baseUrl().toString() });
    settings.setValue(Settings::MinPauseSeconds, 0.15);
    settings.setValue(Settings::MaxPauseSeconds, 0.15);
    settings.setValue(Settings::Previews, int(RunOptions::Previews::All));
    auto window = std::make_unique<MainWindow>(settings);
    window->resize(1280, 800);
    window->show();
    QTest::qWait(300);
    save(window.get(), out.filePath(QStringLiteral("window-1-empty.png")));

    window->addSources({ work.filePath(QStringLiteral("models")) });
    QList<Source> sources = window->sourcesPanel()->sources();
    sources.first().outputDir = work.filePath(QStringLiteral("archive"));
    window->sourcesPanel()->setSources(sources);
    window->startRun();
    QTest::qWait(1200);
    save(window.get(), out.filePath(QStringLiteral("window-2-running.png")));
    if (!QTest::qWaitFor([&] { return !window->runController()->isRunning(); }, 120000))
        return 1;
    QTest::qWait(800);
    save(window.get(), out.filePath(QStringLiteral("window-3-finished.png")));

    const char *tabs[] = { "progress", "missing", "duplicates", "gallery", "log" };
    for (int tab = 1; tab < window->tabs()->count(); ++tab) {
        window->tabs()->setCurrentIndex(tab);
        if (window->tabs()->currentWidget() == window->galleryView()) {
            window->galleryView()->setArchive(work.filePath(QStringLiteral("archive")));
            QTest::qWait(3000);
        } else {
            QTest::qWait(300);
        }
        save(window.get(),
             out.filePath(
                 QStringLiteral("window-%1-%2.png").arg(tab + 3).arg(QLatin1String(tabs[tab]))));
    }
    window.reset(); // one window at a time: each installs the log panel's handler
    return restarted(settings, out) ? 0 : 1;
}
