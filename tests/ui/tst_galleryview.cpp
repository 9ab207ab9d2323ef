// The gallery inside the app: Qt WebEngine (offscreen) renders the generated pages, runs their
// own scripts under the Content-Security-Policy, and runs nothing that came from data. The view
// loads nothing from the network and shows no file outside the archive.
#include "collectionfolder.h"
#include "core/displayformat.h"
#include "core/gallerywriter.h"
#include "core/jsonfile.h"
#include "core/settings.h"
#include "core/translations.h"
#include "fakecivitai.h"
#include "hostilearchive.h"
#include "ui/galleryview.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "webpagescript.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

class TestGalleryView final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    // True once the page's own scripts have run to their end.
    static bool pageIsReady(QWebEnginePage *page)
    {
        return QTest::qWaitFor(
            [&] {
                return evaluate(page,
                                QStringLiteral("document.body && "
                                               "document.body.getAttribute('data-ready')"))
                           .toString()
                    == QLatin1String("true");
            },
            20000);
    }

    static void verifyNothingActive(QWebEnginePage *page)
    {
        // A script from the data would have set the title to exactly the marker.
        QVERIFY(page->title() != HostileArchive::Marker);
        QCOMPARE(evaluate(page,
                          QStringLiteral("Array.from(document.querySelectorAll('*')).filter("
                                         "e => Array.from(e.attributes).some("
                                         "a => a.name.toLowerCase().startsWith('on')))"
                                         ".length"))
                     .toInt(),
                 0);
        QCOMPARE(evaluate(page,
                          QStringLiteral("document.querySelectorAll("
                                         "'a[href^=\"javascript:\" i]').length"))
                     .toInt(),
                 0);
    }

    // Shows `archive`'s index in `view`; the page once its scripts have run, else null.
    static QWebEnginePage *showIndex(GalleryView &view, const QString &archive)
    {
        view.resize(1000, 700);
        view.show();
        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.setArchive(archive);
        QWebEnginePage *page = view.webView()->page();
        return loaded.wait(30000) && pageIsReady(page) ? page : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.reset());
        const QStringList problems = HostileArchive::write(m_folder.output(), 3);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void rendersTheIndexAndRunsNothingFromData()
    {
        GalleryView view;
        view.resize(1000, 700);
        view.show();
        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.setArchive(m_folder.output());
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.constFirst().constFirst().toBool());
        QWebEnginePage *page = view.webView()->page();
        QVERIFY(pageIsReady(page));
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('article.card').length"))
                     .toInt(),
                 3);
        QCOMPARE(page->title(), QStringLiteral("Model browser"));
        verifyNothingActive(page);
    }

    void showsAModelPageWithItsDescriptionSanitized()
    {
        GalleryView view;
        view.show();
        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.setArchive(m_folder.output());
        QVERIFY(loaded.wait(30000));
        view.openPage(m_folder.output(QStringLiteral("model_0/model_0.html")));
        QVERIFY(loaded.wait(30000));
        QWebEnginePage *page = view.webView()->page();
        QVERIFY(pageIsReady(page));
        QVERIFY2(page->title().startsWith(QLatin1String("</script>")), qPrintable(page->title()));
        const QString description
            = evaluate(page, QStringLiteral("document.getElementById('description').innerHTML"))
                  .toString();
        QVERIFY2(description.contains(QLatin1String("<p>ok <b>bold</b></p>")),
                 qPrintable(description));
        for (const char *active : { "<script", "javascript:", "onerror", "<iframe", "<svg" })
            QVERIFY2(!description.contains(QLatin1String(active)), active);
        verifyNothingActive(page);
    }

    // The card of a model Civitai archived, whose newer version is early access: both say so,
    // as text, and the card offers no download.
    void showsAGatedNewerVersionAndTheModelsModeOnTheCard()
    {
        CollectionFolder folder;
        QVERIFY(folder.reset());
        const QString hostileName = QStringLiteral("<img src=x onerror=\"document.title='%1'\">")
                                        .arg(HostileArchive::Marker);
        ArchivedModel model;
        model.folder = QStringLiteral("shelved");
        model.hasCivitaiData = true;
        model.modelId = 7;
        model.versionId = 8;
        model.modelName = QStringLiteral("Shelved");
        model.mode = ModelMode::Mode::Archived;
        model.downloadUrl = QUrl(QStringLiteral("https://civitai.com/api/download/models/8"));
        model.update = { { QStringLiteral("newest_version_name"), hostileName },
                         { QStringLiteral("civitai_url"),
                           QStringLiteral("https://civitai.com/models/7?modelVersionId=9") },
                         { QStringLiteral("access"), QStringLiteral("early_access") } };
        QVERIFY(QDir().mkpath(folder.output(model.folder)));
        const QStringList errors = GalleryWriter::write(folder.output(), { model });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        GalleryView view;
        view.show();
        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.setArchive(folder.output());
        QVERIFY(loaded.wait(30000));
        QWebEnginePage *page = view.webView()->page();
        QVERIFY(pageIsReady(page));
        const auto text = [page](const char *selector) {
            return evaluate(page,
                            QStringLiteral("(document.querySelector('%1') || {}).textContent")
                                .arg(QLatin1String(selector)))
                .toString();
        };
        QCOMPARE(text(".card .badge.update"),
                 QStringLiteral("New version: %1 (Early access)").arg(hostileName));
        QCOMPARE(text(".card .badge.mode"), QStringLiteral("Archived on Civitai"));
        QCOMPARE(evaluate(page,
                          QStringLiteral("Array.from(document.querySelectorAll('.card .links "
                                         "a')).map(a => a.textContent).join()"))
                     .toString(),
                 QStringLiteral("Civitai"));
        verifyNothingActive(page);
    }

    // A window in German opens an archive whose gallery was written in English: the gallery is
    // written again in German, and the tab shows it.
    void theGalleryIsWrittenInTheWindowsLanguage()
    {
        CollectionFolder folder;
        QVERIFY(folder.reset());
        QVERIFY(HostileArchive::write(folder.output(), 2).isEmpty());
        QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        const auto english
            = qScopeGuard([] { Translations::install(*qApp, QStringLiteral("en")); });
        const QString title = QCoreApplication::translate("GalleryWriter", "Model browser");
        QVERIFY(title != QLatin1String("Model browser"));

        Settings settings(folder.path(QStringLiteral("settings.ini")));
        settings.setValue(Settings::SourcePaths, { folder.models() });
        settings.setValue(Settings::SourceOutputs, { folder.output() });
        MainWindow window(settings);
        window.resize(1200, 800);
        window.show();
        QWebEnginePage *page = window.galleryView()->webView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(page->title(), title, 60000);
        QFile index(folder.output(QStringLiteral("index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QVERIFY(index.readAll().contains("<html lang=\"de\">"));
    }

    // In a dark window the embedded gallery is dark, whatever WebEngine thinks of the system;
    // the window's search box drives it, and the page shows no search box of its own.
    void theEmbeddedPageFollowsTheWindowsThemeAndSearch()
    {
        const QPalette original = qApp->palette();
        qApp->setPalette(Theme::darkPalette());
        const auto restore = qScopeGuard([&] { qApp->setPalette(original); });
        GalleryView view;
        QWebEnginePage *page = showIndex(view, m_folder.output());
        QVERIFY(page);
        const auto background = [page] {
            return evaluate(page, QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                .toString();
        };
        QCOMPARE(background(), QStringLiteral("rgb(20, 23, 28)"));
        QCOMPARE(evaluate(page,
                          QStringLiteral("getComputedStyle(document.getElementById('search'))"
                                         ".display"))
                     .toString(),
                 QStringLiteral("none"));

        auto *field = view.findChild<QLineEdit *>();
        QVERIFY(field);
        field->setText(QStringLiteral("model_1"));
        QTRY_COMPARE(evaluate(page,
                              QStringLiteral("document.querySelectorAll('article.card')"
                                             ".length"))
                         .toInt(),
                     1);

        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.reloadArchive(); // after a run: the index comes back with the tab's search applied
        QVERIFY(loaded.wait(30000));
        QVERIFY(pageIsReady(page));
        QTRY_COMPARE(evaluate(page,
                              QStringLiteral("document.querySelectorAll('article.card')"
                                             ".length"))
                         .toInt(),
                     1);

        qApp->setPalette(original); // light again: the page follows without a reload
        QTRY_COMPARE(background(), QStringLiteral("rgb(246, 247, 249)"));
    }

    // The models come first (the overview folded), the card density is a remembered choice, and
    // a single preview opens in an opaque lightbox without previous/next arrows.
    void foldsTheOverviewOffersDensityAndShowsOnePreviewAlone()
    {
        CollectionFolder folder;
        QVERIFY(folder.reset());
        ArchivedModel model;
        model.folder = QStringLiteral("single");
        model.hasCivitaiData = true;
        model.modelId = 5;
        model.versionId = 6;
        model.modelName = QStringLiteral("Single");
        model.trainedWords = { QStringLiteral("single style") };
        model.archivedAt = QDateTime(QDate(2026, 12, 31), QTime(12, 0));
        // English text in a British locale: both pages write the date as the locale does.
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        const QString archived = DisplayFormat::date(model.archivedAt);
        ArchivedPreview preview;
        preview.file = QStringLiteral("single/single_preview_0.jpeg");
        model.previews = { preview };
        QVERIFY(QDir().mkpath(folder.output(model.folder)));
        QVERIFY(JsonFile::write(folder.output(preview.file), FakeCivitai::jpegBytes()));
        QVERIFY(GalleryWriter::write(folder.output(), { model }).isEmpty());

        GalleryView view;
        QWebEnginePage *page = showIndex(view, folder.output());
        QVERIFY(page);
        QCOMPARE(
            evaluate(page, QStringLiteral("document.getElementById('overview').open")).toBool(),
            false);
        QVERIFY2(evaluate(page, QStringLiteral("document.querySelector('.card').textContent"))
                     .toString()
                     .contains(archived),
                 qPrintable(archived));
        evaluate(page,
                 QStringLiteral("var d = document.getElementById('density');"
                                " d.value = 'compact'; d.dispatchEvent(new Event('change'));"));
        QVERIFY(evaluate(page,
                         QStringLiteral("document.body.classList.contains('compact') && "
                                        "localStorage.getItem('cdm.density') === 'compact'"))
                    .toBool());

        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.openPage(folder.output(QStringLiteral("single/single.html")));
        QVERIFY(loaded.wait(30000));
        QVERIFY(pageIsReady(page));
        QVERIFY(evaluate(page, QStringLiteral("document.querySelector('.facts').textContent"))
                    .toString()
                    .contains(archived));
        evaluate(page, QStringLiteral("document.querySelector('.thumb').click()"));
        QTRY_VERIFY(
            !evaluate(page, QStringLiteral("document.getElementById('lightbox').hidden")).toBool());
        QCOMPARE(
            evaluate(page, QStringLiteral("document.querySelectorAll('#lightbox .nav').length"))
                .toInt(),
            0);
        QCOMPARE(evaluate(page,
                          QStringLiteral("getComputedStyle(document.getElementById("
                                         "'lightbox')).backgroundColor"))
                     .toString(),
                 QStringLiteral("rgb(11, 13, 16)"));
    }

    void loadsNothingFromTheNetwork()
    {
        // Even a page inside the archive without the gallery's CSP cannot reach out.
        FakeCivitai server;
        QVERIFY(server.listen());
        const QString remote = server.baseUrl().toString();
        const QByteArray html
            = QStringLiteral("<!doctype html><title>plain</title><script>var failed = 0;</script>"
                             "<img src=\"%1/images/a.png\" onerror=\"++failed\">"
                             "<script src=\"%1/x.js\" onerror=\"++failed\"></script>"
                             "<link rel=\"stylesheet\" href=\"%1/s.css\" onerror=\"++failed\">")
                  .arg(remote)
                  .toUtf8();
        QVERIFY(JsonFile::write(m_folder.output(QStringLiteral("plain.html")), html));
        GalleryView view;
        view.show();
        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.setArchive(m_folder.output());
        QVERIFY(loaded.wait(30000));
        view.openPage(m_folder.output(QStringLiteral("plain.html")));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(view.webView()->page()->title(), QStringLiteral("plain"));
        // Each of the three loads has ended, and none reached the server.
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(view.webView()->page(), QStringLiteral("failed")).toInt(), 3, 10000);
        QCOMPARE(server.requestCount(), 0);
    }

    void showsNoFileOutsideTheArchive()
    {
        QVERIFY(JsonFile::write(m_folder.path(QStringLiteral("outside.html")),
                                QByteArrayLiteral("<title>outside</title>")));
        GalleryView view;
        view.show();
        QSignalSpy loaded(&view, &GalleryView::pageLoaded);
        view.setArchive(m_folder.output());
        QVERIFY(loaded.wait(30000));
        const QUrl index = view.webView()->url();
        view.openPage(m_folder.path(QStringLiteral("outside.html")));
        // The refused navigation ends as a load that failed, and the view stayed on the index.
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.constLast().constFirst().toBool(), false);
        QCOMPARE(view.webView()->url(), index);
        QVERIFY(view.webView()->page()->title() != QLatin1String("outside"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestGalleryView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_galleryview.moc"
