// The gallery in a real browser: headless Chromium opens the pages from file://, runs their
// scripts under the Content-Security-Policy, and must not run anything that came from data.
#include "collectionfolder.h"
#include "core/filehasher.h"
#include "core/filehistory.h"
#include "core/jsonfile.h"
#include "core/regenerategallery.h"
#include "core/runoptions.h"
#include "core/translations.h"
#include "fakecivitai.h"
#include "hostilearchive.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString dumpDom(const QString &chromium, const QString &page, const QString &profile,
                const QString &fragment = {})
{
    QUrl url = QUrl::fromLocalFile(page);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    QProcess browser;
    browser.start(chromium,
                  { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                    QStringLiteral("--no-first-run"),
                    QStringLiteral("--disable-background-networking"),
                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                    QStringLiteral("--user-data-dir=") + profile,
                    QStringLiteral("--virtual-time-budget=5000"), QStringLiteral("--dump-dom"),
                    url.toString() });
    if (!browser.waitForFinished(120000))
        return {};
    return QString::fromUtf8(browser.readAllStandardOutput());
}

// No element of the live page carries an inline event handler (text and attribute values may
// mention one: they are inert). Serialized attributes are name="value" with no raw quote inside.
void verifyNoEventHandlers(const QString &dom)
{
    static const QRegularExpression tag(
        QStringLiteral("<[a-zA-Z][^\\s>/]*((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*/?>"));
    static const QRegularExpression attribute(QStringLiteral("\\s+([^\\s=>]+)(?:=\"[^\"]*\")?"));
    for (auto tags = tag.globalMatch(dom); tags.hasNext();) {
        const QRegularExpressionMatch element = tags.next();
        for (auto attributes = attribute.globalMatch(element.captured(1)); attributes.hasNext();) {
            const QString name = attributes.next().captured(1).toLower();
            QVERIFY2(!name.startsWith(QLatin1String("on")), qPrintable(element.captured(0)));
        }
    }
}

} // namespace

class TestGalleryBrowser final : public QObject
{
    Q_OBJECT

private:
    QString m_chromium;
    CollectionFolder m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (m_chromium.isEmpty())
            QSKIP("needs Debian's chromium (.ci/install-deps installs it)");
        QVERIFY(m_folder.reset());
        const QStringList problems = HostileArchive::write(m_folder.output(), 3);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void browserRunsTheIndexAndNothingFromData()
    {
        const QString dom = dumpDom(m_chromium, m_folder.output(QStringLiteral("index.html")),
                                    m_folder.path(QStringLiteral("profile-index")));
        QVERIFY2(dom.contains(QLatin1String("data-ready=\"true\"")), qPrintable(dom.left(2000)));
        QCOMPARE(dom.count(QLatin1String("<article class=\"card\"")), 3);
        QVERIFY(dom.contains(QLatin1String("<title>Model browser</title>")));
        QVERIFY(!dom.contains(QLatin1String("<img src=\"x\"")));
        QVERIFY(!dom.contains(QLatin1String("href=\"javascript:")));
        verifyNoEventHandlers(dom);
    }

    // Written in French, the page and what its scripts build read French in the browser.
    void browserShowsTheGalleryInTheAppsLanguage()
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("fr")),
                 QStringLiteral("fr"));
        QTemporaryDir archive;
        const QStringList problems = HostileArchive::write(archive.path(), 3);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        const QString dom = dumpDom(m_chromium, archive.filePath(QStringLiteral("index.html")),
                                    m_folder.path(QStringLiteral("profile-french")));
        QVERIFY2(dom.contains(QLatin1String("data-ready=\"true\"")), qPrintable(dom.left(2000)));
        QVERIFY(dom.contains(QLatin1String("<html lang=\"fr\">")));
        QVERIFY(dom.contains(QStringLiteral("<h1>Catalogue des modèles</h1>")));
        // From index.js through _gallery/text.js: the sort orders and the count.
        QVERIFY2(dom.contains(QStringLiteral(">Téléchargements (décroissant)</option>")),
                 qPrintable(dom.left(4000)));
        QVERIFY(dom.contains(QStringLiteral(">3 modèles</output>")));
        // Sizes as the window shows them: binary units, the language's decimal comma.
        static const QRegularExpression frenchSize(QStringLiteral("\\d,\\d MiB"));
        QVERIFY2(frenchSize.match(dom).hasMatch(), qPrintable(dom.left(6000)));
    }

    // A damaged or truncated file is no model: a whole run over two good files (one Civitai
    // knows, one it does not) and two broken ones shows two cards, counts two models, and
    // groups nothing as "Unknown".
    void browserLeavesUnreadableFilesOutOfTheModels()
    {
        CollectionFolder folder;
        QVERIFY(folder.reset());
        FakeCivitai server;
        QVERIFY(server.listen());
        const QByteArray known = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 64);
        QVERIFY(
            SafetensorsFactory::write(folder.models(QStringLiteral("known.safetensors")), known));
        server.addModelFile(FileHasher::hashBytes(known), 700, 800, 0);
        QVERIFY(SafetensorsFactory::write(folder.models(QStringLiteral("unknown.safetensors")),
                                          SafetensorsFactory::build({}, 32)));
        QVERIFY(SafetensorsFactory::write(folder.models(QStringLiteral("truncated.safetensors")),
                                          SafetensorsFactory::build({}, 4096).left(1000)));
        QVERIFY(SafetensorsFactory::write(folder.models(QStringLiteral("corrupt.safetensors")),
                                          SafetensorsFactory::withRawHeader("{not json", 8)));
        RunOptions options;
        options.sources = { folder.models() };
        options.outputDir = folder.output();
        options.apiBases = { server.baseUrl() };
        options.noTimeout = true;
        const RunSummary summary = runToEnd(options);
        QCOMPARE(summary.filesDone, 2);
        QCOMPARE(summary.failures.size(), 2);

        const QString dom = dumpDom(m_chromium, folder.output(QStringLiteral("index.html")),
                                    m_folder.path(QStringLiteral("profile-unreadable")));
        QVERIFY2(dom.contains(QLatin1String("data-ready=\"true\"")), qPrintable(dom.left(2000)));
        QCOMPARE(dom.count(QLatin1String("<article class=\"card\"")), 2);
        QVERIFY2(dom.contains(QLatin1String(">2 models</output>")), qPrintable(dom.left(4000)));
        const QString grid = dom.mid(dom.indexOf(QLatin1String("id=\"groups\"")));
        for (const char *broken : { "truncated", "corrupt", "<h2>Unknown" })
            QVERIFY2(!grid.contains(QLatin1String(broken)), broken);
        const qsizetype byType = dom.indexOf(QLatin1String(">By type</h3>"));
        QVERIFY(byType > 0);
        const QString types
            = dom.mid(byType, dom.indexOf(QLatin1String("</svg>"), byType) - byType);
        QVERIFY2(!types.contains(QLatin1String(">Unknown<")), qPrintable(types));
    }

    void browserShowsTheModelPageSafely()
    {
        const QString dom
            = dumpDom(m_chromium, m_folder.output(QStringLiteral("model_0/model_0.html")),
                      m_folder.path(QStringLiteral("profile-model")));
        QVERIFY2(dom.contains(QLatin1String("data-ready=\"true\"")), qPrintable(dom.left(2000)));
        // No script from the data ran: the title is still the (escaped) model name.
        static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"));
        const QString pageTitle = title.match(dom).captured(1);
        QVERIFY2(pageTitle.startsWith(QLatin1String("&lt;/script&gt;")), qPrintable(pageTitle));
        // The description was sanitized: its text and safe markup stay, everything active is gone.
        const qsizetype start = dom.indexOf(QLatin1String("id=\"description\""));
        QVERIFY(start > 0);
        const QString description
            = dom.mid(start, dom.indexOf(QLatin1String("</div>"), start) - start);
        QVERIFY2(description.contains(QLatin1String("<p>ok <b>bold</b></p>")),
                 qPrintable(description));
        for (const char *active :
             { "<script", "javascript:", "onerror", "onload", "<iframe", "<svg", "<img" })
            QVERIFY2(!description.contains(QLatin1String(active)), active);
        QVERIFY(!dom.contains(QLatin1String("href=\"javascript:")));
        verifyNoEventHandlers(dom);
    }

    // Issue 15 §1: index.html#removed shows the models removed from Civitai, with their badge;
    // the model page has the badge and its History.
    void browserFiltersTheModelsRemovedFromCivitai()
    {
        QTemporaryDir archive;
        QVERIFY(HostileArchive::write(archive.path(), 3).isEmpty());
        const QJsonObject removed {
            { QStringLiteral("path"), QStringLiteral("/models/model_1.safetensors") },
            { QStringLiteral("first_archived"), QStringLiteral("2026-01-02T10:00:00Z") },
            { QStringLiteral("civitai"), QStringLiteral("removed") },
            { QStringLiteral("last_confirmed"), QStringLiteral("2026-03-04T10:00:00Z") },
            { QStringLiteral("transitions"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("date"), QStringLiteral("2026-05-06T10:00:00Z") },
                  { QStringLiteral("change"), QStringLiteral("removed_from_civitai") } } } },
        };
        QVERIFY(JsonFile::write(
            archive.filePath(FileHistory::fileName()),
            QJsonObject { { QStringLiteral("version"), 1 },
                          { QStringLiteral("files"),
                            QJsonObject { { QStringLiteral("model_1"), removed } } } }));
        QVERIFY(RegenerateGallery::write(archive.path()).errors.isEmpty());

        const QString all = dumpDom(m_chromium, archive.filePath(QStringLiteral("index.html")),
                                    m_folder.path(QStringLiteral("profile-all")));
        QVERIFY2(all.contains(QLatin1String("data-ready=\"true\"")), qPrintable(all.left(2000)));
        QCOMPARE(all.count(QLatin1String("<article class=\"card\"")), 3);
        QCOMPARE(all.count(QLatin1String("class=\"badge removed\"")), 1);

        const QString dom
            = dumpDom(m_chromium, archive.filePath(QStringLiteral("index.html")),
                      m_folder.path(QStringLiteral("profile-removed")), QStringLiteral("removed"));
        QVERIFY2(dom.contains(QLatin1String("data-ready=\"true\"")), qPrintable(dom.left(2000)));
        QCOMPARE(dom.count(QLatin1String("<article class=\"card\"")), 1);
        QVERIFY2(dom.contains(QStringLiteral("Removed from Civitai · last seen ")),
                 qPrintable(dom.left(6000)));
        QVERIFY(dom.contains(QLatin1String("model_1/model_1.html")));
        QVERIFY(dom.contains(QLatin1String("<input type=\"checkbox\" id=\"removed\"")));

        const QString page
            = dumpDom(m_chromium, archive.filePath(QStringLiteral("model_1/model_1.html")),
                      m_folder.path(QStringLiteral("profile-removed-page")));
        QVERIFY2(page.contains(QLatin1String("class=\"badge removed\"")),
                 qPrintable(page.left(3000)));
        QVERIFY(page.contains(QLatin1String("<section class=\"history\">")));
        QVERIFY(page.contains(QLatin1String("First archived")));
        QVERIFY(page.contains(QLatin1String("</time> Removed from Civitai</li>")));
        verifyNoEventHandlers(dom);
    }
};

QTEST_GUILESS_MAIN(TestGalleryBrowser)
#include "tst_gallerybrowser.moc"
