// The gallery's HTML from hostile data: nothing from Civitai or a model file may become markup
// or script. (Behaviour in a real browser is checked by the browser tests.)
#include "core/gallerywriter.h"
#include "core/html.h"
#include "core/version.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Script = QStringLiteral("</script><script>alert(1)</script>");
const QString Img = QStringLiteral("<img src=x onerror=alert(2)>");

ArchivedModel hostileModel()
{
    ArchivedModel model;
    model.folder = QStringLiteral("FLUX_1_dev_-_LoRa_Style_SPECTRUM_0001");
    model.fileName
        = QStringLiteral("[FLUX.1 [dev] - LoRa] [Style] 'True' \"x\" #1 %20 ?.safetensors");
    model.sha256 = QString(64, QLatin1Char('a'));
    model.hasCivitaiData = true;
    model.modelId = 1;
    model.versionId = 2;
    model.modelName = Script;
    model.versionName = Img;
    model.type = QStringLiteral("LORA\"><script>alert(3)</script>");
    model.creator = QStringLiteral("' onmouseover='alert(4)");
    model.tags = { Img, QStringLiteral("\u2028line") };
    model.trainedWords = { QStringLiteral("\" onclick=\"alert(5)"), Script };
    model.modelDescriptionHtml
        = QStringLiteral("<p>ok</p><script>alert(6)</script><a href=\"javascript:alert(7)\">x</a>")
        + Img;
    model.downloadUrl = QUrl(QStringLiteral("javascript:alert(8)"));
    model.trainingMetadata = { { QStringLiteral("ss_network_dim"), Script } };
    model.tagFrequencies = { { Img, 3 } };
    ArchivedPreview preview;
    preview.index = 0;
    preview.file
        = model.folder + QStringLiteral("/") + model.folder + QStringLiteral("_preview_0.jpeg");
    preview.image
        = { { QStringLiteral("meta"), QJsonObject { { QStringLiteral("prompt"), Script } } } };
    model.previews = { preview };
    model.update = { { QStringLiteral("newest_version_name"), Img },
                     { QStringLiteral("civitai_url"), QStringLiteral("javascript:alert(9)") } };
    return model;
}

// Every <script> element in the page is ours: an external file, or inert JSON.
void verifyOnlyOurScripts(const QString &html)
{
    static const QRegularExpression scriptTag(QStringLiteral("<script[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    auto it = scriptTag.globalMatch(html);
    while (it.hasNext()) {
        const QString tag = it.next().captured(0);
        QVERIFY2(
            tag.startsWith(QLatin1String("<script src=\""))
                || tag == QLatin1String("<script type=\"application/json\" id=\"previews\">")
                || tag
                    == QLatin1String("<script type=\"application/json\" id=\"description-html\">"),
            qPrintable(tag));
    }
}

} // namespace

class TestGalleryWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Civitai's words as readers call them, dates in the page's language, and the main preview
    // before the facts and the description; the archive's own data is left as written.
    void showsDisplayNamesDatesAndThePreviewFirst()
    {
        ArchivedModel model;
        model.folder = QStringLiteral("styled");
        model.hasCivitaiData = true;
        model.modelId = 3;
        model.versionId = 4;
        model.modelName = QStringLiteral("Styled");
        model.type = QStringLiteral("LoCon");
        model.baseModel = QStringLiteral("sdxl_base_v1-0");
        model.publishedAt = QDateTime(QDate(2026, 12, 31), QTime(12, 0));
        model.modelDescriptionHtml = QStringLiteral("<p>about</p>");
        ArchivedPreview preview;
        preview.file = QStringLiteral("styled/styled_preview_0.jpeg");
        model.previews = { preview };

        const QJsonObject card = GalleryWriter::indexCard(model);
        QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("LyCORIS"));
        QCOMPARE(card.value(QLatin1String("base")).toString(), QStringLiteral("SDXL 1.0"));
        QCOMPARE(model.type, QStringLiteral("LoCon"));

        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        const QString page = GalleryWriter::modelPage(model);
        QVERIFY2(page.contains(QLatin1String("<td>LyCORIS</td>")), qPrintable(page));
        QVERIFY(page.contains(QLatin1String("<td>SDXL 1.0</td>")));
        QVERIFY2(page.contains(QLatin1String("<td>31.12.2026</td>")), qPrintable(page));
        const qsizetype preview0 = page.indexOf(QLatin1String("styled_preview_0.jpeg"));
        QVERIFY(preview0 > 0);
        QVERIFY(preview0 < page.indexOf(QLatin1String("class=\"facts\"")));
        QVERIFY(preview0 < page.indexOf(QLatin1String("id=\"description\"")));
    }

    void escapesText()
    {
        QCOMPARE(Html::escape(QStringLiteral("<a href=\"x\">'&'</a>")),
                 QStringLiteral("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
        const QString json = Html::jsonForScript(QJsonArray { Script + QChar(0x2028) });
        QVERIFY(!json.contains(QLatin1Char('<')));
        QVERIFY(!json.contains(QChar(0x2028)));
        QVERIFY(Html::safeLink(QUrl(QStringLiteral("javascript:alert(1)"))).isEmpty());
        QVERIFY(Html::safeLink(QUrl(QStringLiteral("data:text/html,x"))).isEmpty());
        QCOMPARE(Html::safeLink(QUrl(QStringLiteral("https://civitai.com/models/1"))),
                 QStringLiteral("https://civitai.com/models/1"));
        QCOMPARE(Html::relativeLink(QStringLiteral("a #1/b%?.html")),
                 QStringLiteral("a%20%231/b%25%3F.html"));
    }

    void modelPageTurnsNothingIntoMarkup()
    {
        const QString fullPage = GalleryWriter::modelPage(hostileModel());
        verifyOnlyOurScripts(fullPage);
        // The description travels as inert JSON to DOMPurify in the page; everything else must be
        // clean.
        static const QRegularExpression descriptionData(QStringLiteral(
            "<script type=\"application/json\" id=\"description-html\">.*?</script>"));
        QString page = fullPage;
        QVERIFY(page.remove(descriptionData).size() < fullPage.size());
        for (const char *forbidden : { "<script>alert", "<img src=x", "onclick=\"alert",
                                       "onmouseover='alert", "javascript:" })
            QVERIFY2(!page.contains(QString::fromUtf8(forbidden)), forbidden);
        QVERIFY(page.contains(QLatin1String("Content-Security-Policy")));
        QVERIFY(page.contains(QLatin1String(
            "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))); // shown, as text
        QVERIFY(page.contains(QLatin1String("data-copy=\"&quot; onclick=&quot;alert(5)\"")));
    }

    void indexDataIsInertJson()
    {
        const QString data = GalleryWriter::indexData({ hostileModel() });
        const QString prefix = QStringLiteral("window.CDM_GALLERY = JSON.parse('");
        const QString suffix = QStringLiteral("');\n");
        QVERIFY(data.startsWith(prefix));
        QVERIFY(data.endsWith(suffix));
        // The creator's quote (' onmouseover=...) cannot end the string literal early.
        const QString literal
            = data.mid(prefix.size(), data.size() - prefix.size() - suffix.size());
        static const QRegularExpression bareQuote(QStringLiteral("(?<!\\\\)'"));
        QVERIFY(!bareQuote.match(literal).hasMatch());
        QVERIFY(literal.contains(QLatin1String("\\' onmouseover=\\'alert(4)")));
        QVERIFY(!data.contains(QLatin1Char('<')));
        QVERIFY(!data.contains(QLatin1String("javascript:")));
        const QString index = GalleryWriter::indexPage({ hostileModel() });
        verifyOnlyOurScripts(index);
        QVERIFY(index.contains(QLatin1String("Content-Security-Policy")));
    }

    // A gated newer version says so, in the reader's locale, next to its page link; an archived
    // model offers no download on its page or its card; Civitai's names stay text.
    void showsGatedVersionsAndTheModelsMode()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        ArchivedModel model = hostileModel();
        model.downloadUrl = QUrl(QStringLiteral("https://civitai.com/api/download/models/2"));
        model.mode = ModelMode::Mode::Archived;
        model.fileSize = 228476108;
        model.update.insert(QStringLiteral("civitai_url"),
                            QStringLiteral("https://civitai.com/models/1?modelVersionId=3"));
        model.update.insert(QStringLiteral("access"), QStringLiteral("early_access"));
        model.update.insert(QStringLiteral("access_ends_at"),
                            QStringLiteral("2099-12-31T12:00:00Z"));
        const QString page = GalleryWriter::modelPage(model);
        QVERIFY2(page.contains(QLatin1String("<p class=\"badge mode\">Civitai archived this model: "
                                             "its files can no longer be downloaded.</p>")),
                 qPrintable(page));
        QVERIFY2(page.contains(QLatin1String(
                     "modelVersionId=3\" rel=\"noopener noreferrer\">&lt;img src=x "
                     "onerror=alert(2)&gt;</a> <span class=\"access\">(Early access until "
                     "31.12.2099)</span>")),
                 qPrintable(page));
        QVERIFY(!page.contains(QLatin1String("/api/download/")));
        QVERIFY2(page.contains(QLatin1String("<td>217,9 MiB</td>")), qPrintable(page)); // as the window

        const QString data = GalleryWriter::indexData({ model });
        QVERIFY2(data.contains(QLatin1String("\"notice\":\"Early access until 31.12.2099\"")),
                 qPrintable(data));
        QVERIFY(data.contains(QLatin1String("\"mode\":\"archived\"")));
        QVERIFY(data.contains(QLatin1String("\"download\":\"\"")));

        model.mode = ModelMode::Mode::TakenDown;
        model.update.insert(QStringLiteral("access"), QStringLiteral("paid"));
        model.update.remove(QStringLiteral("access_ends_at"));
        const QString takenDown = GalleryWriter::modelPage(model);
        QVERIFY(takenDown.contains(QLatin1String("its images are no longer shown.")));
        QVERIFY(takenDown.contains(QLatin1String("<span class=\"access\">(Paid)</span>")));
        QVERIFY(takenDown.contains(QLatin1String("/api/download/models/2"))); // its own file
    }

    // The index is written a card at a time (GalleryIndex): it must read as one JSON document,
    // escaped as a whole, with the duplicates counted.
    void indexDataIsOneDocumentBuiltACardAtATime()
    {
        ArchivedModel twin = hostileModel();
        twin.folder += QStringLiteral("_2");
        twin.modelName += QStringLiteral(" \\ ' \u2028 </script>");
        const QList<ArchivedModel> models { hostileModel(), twin, ArchivedModel() };
        QJsonArray cards;
        for (const ArchivedModel &model : models)
            cards.append(GalleryWriter::indexCard(model));
        QString whole = Html::jsonForScript(QJsonObject {
            { QStringLiteral("version"), QLatin1String(CDM_VERSION) },
            { QStringLiteral("duplicates"), 1 }, // the twin has the same file
            { QStringLiteral("models"), cards },
        });
        whole.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        whole.replace(QLatin1Char('\''), QLatin1String("\\'"));
        QCOMPARE(GalleryWriter::indexData(models),
                 QStringLiteral("window.CDM_GALLERY = JSON.parse('%1');\n").arg(whole));
    }

    void writesPagesAndAssets()
    {
        QTemporaryDir dir;
        ArchivedModel model = hostileModel();
        QVERIFY(QDir(dir.path()).mkpath(model.folder));
        QVERIFY(GalleryWriter::write(dir.path(), { model }).isEmpty());
        for (const QString &file :
             { QStringLiteral("index.html"), QStringLiteral("_gallery/models.js"),
               QStringLiteral("_gallery/index.js"), QStringLiteral("_gallery/model.js"),
               QStringLiteral("_gallery/theme.js"), QStringLiteral("_gallery/gallery.css"),
               QStringLiteral("_gallery/purify.min.js"),
               QStringLiteral("_gallery/DOMPurify-LICENSE.txt"),
               model.folder + QLatin1Char('/') + model.folder + QStringLiteral(".html") })
            QVERIFY2(QFileInfo(dir.filePath(file)).size() > 0, qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestGalleryWriter)
#include "tst_gallerywriter.moc"
