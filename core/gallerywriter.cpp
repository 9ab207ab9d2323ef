#include "core/gallerywriter.h"

#include "core/archivelayout.h"
#include "core/changedfilewriter.h"
#include "core/civarchivesection.h"
#include "core/displayformat.h"
#include "core/displaynames.h"
#include "core/galleryhistory.h"
#include "core/galleryindex.h"
#include "core/html.h"
#include "core/jsonfile.h"
#include "core/translations.h"
#include "core/version.h"
#include "core/versionaccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

constexpr int IndexTriggerWords = 5; // on a card of the model browser

const QString ContentSecurityPolicy
    = QStringLiteral("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
                     "data:; media-src 'self'; "
                     "base-uri 'none'; form-action 'none'");

QString head(const QString &title, const QString &assets)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%5\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"civitai-data-manager %2\">\n"
               "<title>%3</title>\n<link rel=\"stylesheet\" href=\"%4/gallery.css\">\n</head>\n")
        .arg(ContentSecurityPolicy, QLatin1String(CDM_VERSION), Html::escape(title), assets,
             Translations::current().replace(QLatin1Char('_'), QLatin1Char('-')));
}

QString footer()
{
    return QStringLiteral("<footer>%1</footer>\n")
        .arg(GalleryWriter::tr("Archived by civitai-data-manager %1. Works offline.")
                 .arg(QLatin1String(CDM_VERSION)));
}

QString formatSize(qint64 bytes)
{
    // As the window and the index page show sizes: binary units, the reader's decimal mark.
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes, 1);
}

QString row(const QString &label, const QString &valueHtml)
{
    return valueHtml.isEmpty()
        ? QString()
        : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(label, valueHtml);
}

QString chips(const QStringList &words, bool copyable)
{
    QString html;
    for (const QString &word : words) {
        html += copyable ? QStringLiteral("<button type=\"button\" class=\"chip copy\" "
                                          "data-copy=\"%1\" title=\"%2\">%1</button>")
                               .arg(Html::escape(word), Html::escape(GalleryWriter::tr("Copy")))
                         : QStringLiteral("<span class=\"chip\">%1</span>").arg(Html::escape(word));
    }
    return html;
}

// A model whose type nobody recorded (a file missing from Civitai) is grouped as "Unknown".
QString typeName(const ArchivedModel &model)
{
    return DisplayNames::type(model.type);
}

// A date as the page's language writes it, one format for the whole page; "" when unknown.
QString dateText(const QDateTime &time)
{
    return time.isValid() ? DisplayFormat::date(time) : QString();
}

// missing_from_civitai.txt's "2024-11-06 15:53:56" (older lists: ISO), else as written.
QString missingSinceText(const QString &since)
{
    QDateTime time = QDateTime::fromString(since, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(since, Qt::ISODateWithMs);
    return time.isValid() ? DisplayFormat::date(time) : since;
}

// What index.js builds when a card has no "download": Civitai's download address of the version.
QString usualDownloadUrl(qint64 versionId)
{
    return versionId > 0
        ? QStringLiteral("https://civitai.com/api/download/models/%1").arg(versionId)
        : QString();
}

// The model file's own download, unless Civitai archived the model: then it offers no files.
QUrl downloadOf(const ArchivedModel &model)
{
    return model.mode == ModelMode::Mode::Archived ? QUrl() : model.downloadUrl;
}

QString themeButton()
{
    const QString label = Html::escape(GalleryWriter::tr("Dark mode"));
    return QStringLiteral("<button type=\"button\" id=\"theme\" title=\"%1\" "
                          "aria-label=\"%1\">◐</button>")
        .arg(label);
}

QString link(const QUrl &url, const QString &text)
{
    const QString href = Html::safeLink(url);
    return href.isEmpty() ? QString()
                          : QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>")
                                .arg(Html::escape(href), Html::escape(text));
}

// The kohya keys people look for, in a readable order.
QString trainingSummary(const ArchivedModel &model)
{
    static const QList<std::pair<const char *, const char *>> keys {
        { "ss_network_module", QT_TRANSLATE_NOOP("GalleryWriter", "Network module") },
        { "ss_network_dim", QT_TRANSLATE_NOOP("GalleryWriter", "Network dim") },
        { "ss_network_alpha", QT_TRANSLATE_NOOP("GalleryWriter", "Network alpha") },
        { "ss_base_model_version", QT_TRANSLATE_NOOP("GalleryWriter", "Base model") },
        { "ss_sd_model_name", QT_TRANSLATE_NOOP("GalleryWriter", "Trained on") },
        { "ss_resolution", QT_TRANSLATE_NOOP("GalleryWriter", "Resolution") },
        { "ss_num_epochs", QT_TRANSLATE_NOOP("GalleryWriter", "Epochs") },
        { "ss_num_train_images", QT_TRANSLATE_NOOP("GalleryWriter", "Training images") },
        { "ss_learning_rate", QT_TRANSLATE_NOOP("GalleryWriter", "Learning rate") },
        { "ss_output_name", QT_TRANSLATE_NOOP("GalleryWriter", "Output name") },
    };
    QString rows;
    for (const auto &[key, label] : keys) {
        const QString value
            = model.trainingMetadata.value(QLatin1String(key)).toVariant().toString();
        if (!value.isEmpty())
            rows += row(GalleryWriter::tr(label), Html::escape(value));
    }
    QString tags;
    for (const TagCount &tag : model.tagFrequencies.mid(0, 30))
        tags += QStringLiteral("<li><button type=\"button\" class=\"chip copy\" "
                               "data-copy=\"%1\">%1</button> <span class=\"count\">%2</span></li>")
                    .arg(Html::escape(tag.tag),
                         QString::number(tag.count)); // one pass: a tag may hold "%1"
    if (rows.isEmpty() && tags.isEmpty())
        return {};
    return QStringLiteral(
               "<section><h2>%1</h2>\n<table class=\"facts\">\n%2</table>\n%3</section>\n")
        .arg(GalleryWriter::tr("Training metadata"), rows,
             tags.isEmpty() ? QString()
                            : QStringLiteral("<h3>%1</h3><ol class=\"tags\">%2</ol>\n")
                                  .arg(GalleryWriter::tr("Tag frequencies (top 30)"), tags));
}

// A preview's button, which opens it in the lightbox (model.js).
QString previewThumb(const ArchivedModel &model, qsizetype i)
{
    const ArchivedPreview &preview = model.previews.at(i);
    const QString source
        = Html::escape(Html::relativeLink(preview.file.section(QLatin1Char('/'), 1)));
    const QString nsfw = preview.nsfwLevel >= 4 ? QStringLiteral(" nsfw") : QString();
    return preview.isVideo
        ? QStringLiteral("<button type=\"button\" class=\"thumb video%3\" data-index=\"%1\" "
                         "aria-label=\"%4\"><video src=\"%2\" "
                         "muted loop playsinline preload=\"metadata\"></video></button>\n")
              .arg(i)
              .arg(source, nsfw, GalleryWriter::tr("Preview %1 (video)").arg(i + 1))
        : QStringLiteral("<button type=\"button\" class=\"thumb%3\" data-index=\"%1\"><img "
                         "src=\"%2\" loading=\"lazy\" alt=\"%4\"></button>\n")
              .arg(i)
              .arg(source, nsfw, GalleryWriter::tr("Preview %1").arg(i + 1));
}

// The main preview, at the top of the model page beside its facts.
QString mainPreview(const ArchivedModel &model)
{
    return model.previews.isEmpty() ? QString()
                                    : QStringLiteral("<figure class=\"main-preview\">%1</figure>\n")
                                          .arg(previewThumb(model, 0));
}

QString previewGallery(const ArchivedModel &model)
{
    if (model.previews.isEmpty())
        return {};
    QString items;
    QJsonArray generation;
    for (qsizetype i = 0; i < model.previews.size(); ++i) {
        const ArchivedPreview &preview = model.previews.at(i);
        items += previewThumb(model, i);
        QJsonObject entry = preview.image;
        entry.insert(QStringLiteral("_src"),
                     Html::relativeLink(preview.file.section(QLatin1Char('/'), 1)));
        entry.insert(QStringLiteral("_video"), preview.isVideo);
        generation.append(entry);
    }
    return QStringLiteral(
               "<section><h2>%1</h2>\n<div class=\"previews\">\n%2</div>\n"
               "<script type=\"application/json\" id=\"previews\">%3</script>\n</section>\n")
        .arg(GalleryWriter::tr("Previews"), items, Html::jsonForScript(generation));
}

// What Civitai did with the model and its newer version, above the model page's facts.
// A file whose hash matched nothing, tied to this version by the user (manual_links.json).
QString linkedByHandBadge(const ArchivedModel &model)
{
    if (!model.linkedByHand)
        return {};
    return QStringLiteral("<p class=\"badge linked\" title=\"%2\">%1</p>\n")
        .arg(Html::escape(GalleryWriter::tr("Linked by hand")),
             Html::escape(GalleryWriter::tr(
                 "Its hash matches no file on Civitai: it was linked to this version by hand.")));
}

QString statusBadges(const ArchivedModel &model)
{
    QString status = linkedByHandBadge(model);
    if (model.missingFromCivitai)
        status += QStringLiteral("<p class=\"badge missing\">%1</p>\n")
                      .arg(Html::escape(GalleryWriter::tr("Missing from Civitai since %1")
                                            .arg(missingSinceText(model.missingSince))));
    if (model.mode != ModelMode::Mode::Normal)
        status += QStringLiteral("<p class=\"badge mode\">%1</p>\n")
                      .arg(Html::escape(ModelMode::explanation(model.mode)));
    if (!model.update.isEmpty()) {
        // An early-access or paid version: its page says how to get it; it is no download.
        const QString notice = VersionAccess::fromEntry(model.update).label();
        status
            += QStringLiteral("<p class=\"badge update\">%1 %2%3</p>\n")
                   .arg(Html::escape(GalleryWriter::tr("Newer version on Civitai:")),
                        link(QUrl(model.update.value(QLatin1String("civitai_url")).toString()),
                             model.update.value(QLatin1String("newest_version_name")).toString()),
                        notice.isEmpty() ? QString()
                                         : QStringLiteral(" <span class=\"access\">(%1)</span>")
                                               .arg(Html::escape(notice)));
    }
    return status;
}

// models.js, compared with the file there as it is made: tens of megabytes at 100,000 models.
bool writeIndexData(const QString &path, const GalleryIndex &index, QString *error)
{
    ChangedFileWriter file(path);
    QString writeError;
    if (!index.writeScript([&](QByteArrayView piece) { return file.append(piece, &writeError); })) {
        //: %1 is a file path
        *error = writeError.isEmpty()
            ? QCoreApplication::translate("GalleryWriter", "cannot read the gallery's cache for %1")
                  .arg(path)
            : writeError;
        return false;
    }
    return file.finish(error);
}

// A card's newer version: its name, its page, and "Early access until ..." when it is gated
// (in the page's language, its date as the reader's locale writes it).
QJsonObject cardUpdate(const QJsonObject &update)
{
    QJsonObject card {
        { QStringLiteral("name"), update.value(QLatin1String("newest_version_name")) },
        { QStringLiteral("url"),
          Html::safeLink(QUrl(update.value(QLatin1String("civitai_url")).toString())) },
    };
    if (const QString notice = VersionAccess::fromEntry(update).label(); !notice.isEmpty())
        card.insert(QStringLiteral("notice"), notice);
    return card;
}

} // namespace

QString GalleryWriter::modelPage(const ArchivedModel &model)
{
    const QString title = model.versionName.isEmpty()
        ? model.modelName
        : model.modelName + QStringLiteral(" – ") + model.versionName;
    QString facts;
    facts += row(tr("Type"), Html::escape(typeName(model)));
    facts += row(tr("Base model"), Html::escape(DisplayNames::baseModel(model.baseModel)));
    facts += row(tr("Creator"), Html::escape(model.creator));
    // Numbers as the page's language writes them ("18 342", "18.342"), like the model browser.
    facts += row(tr("Downloads"),
                 model.downloads >= 0 ? QLocale().toString(model.downloads) : QString());
    facts += row(tr("Likes"), model.thumbsUp >= 0 ? QLocale().toString(model.thumbsUp) : QString());
    facts += row(tr("Published"), Html::escape(dateText(model.publishedAt)));
    facts += row(tr("Updated"), Html::escape(dateText(model.updatedAt)));
    facts += row(tr("Archived"), Html::escape(dateText(model.archivedAt)));
    facts += row(tr("File"), Html::escape(model.fileName));
    facts += row(tr("Size"), Html::escape(formatSize(model.fileSize)));
    facts += row(QStringLiteral("SHA-256"),
                 QStringLiteral("<code>%1</code>").arg(Html::escape(model.sha256)));
    facts += row(QStringLiteral("AutoV2"),
                 model.sha256.isEmpty()
                     ? QString()
                     : QStringLiteral("<code>%1</code>").arg(Html::escape(model.autoV2())));
    facts += row(tr("Links"),
                 (link(model.civitaiUrl(), QStringLiteral("Civitai")) + QLatin1Char(' ')
                  + link(downloadOf(model), tr("Download")))
                     .trimmed());

    const QString status = GalleryHistory::badge(model) + statusBadges(model)
        + CivArchiveSection::sourceBadge(model);

    const QStringList triggers = model.triggerWords();
    const QString triggerSource = model.trainedWords.isEmpty() && !triggers.isEmpty()
        ? QStringLiteral(" <small>%1</small>").arg(tr("(from the file's training tags)"))
        : QString();
    const QString description = model.versionDescriptionHtml + model.modelDescriptionHtml;

    QString html = head(title, QStringLiteral("../") + ArchiveLayout::assetsFolderName());
    html += QStringLiteral("<body class=\"model-page\">\n<header><a class=\"back\" "
                           "href=\"../%3\">← %1</a>%2</header>\n<main>\n")
                .arg(tr("All models"), themeButton(), ArchiveLayout::indexPageName());
    html += QStringLiteral("<h1>%1</h1>\n%2").arg(Html::escape(title), status);
    // The main preview first, the trigger words and facts beside it, then every preview.
    html += QStringLiteral("<div class=\"summary\">\n%1<div class=\"summary-text\">\n")
                .arg(mainPreview(model));
    if (!triggers.isEmpty())
        html += QStringLiteral("<section><h2>%1%2</h2>\n<div class=\"chips\">%3</div></section>\n")
                    .arg(tr("Trigger words"), triggerSource, chips(triggers, true));
    html += QStringLiteral("<section><table class=\"facts\">\n%1</table></section>\n</div></div>\n")
                .arg(facts);
    html += previewGallery(model);
    if (!model.tags.isEmpty())
        html += QStringLiteral("<section><h2>%1</h2>\n<div class=\"chips\">%2</div></section>\n")
                    .arg(tr("Tags"), chips(model.tags, false));
    if (!description.isEmpty())
        html += QStringLiteral(
                    "<section><h2>%1</h2>\n<div id=\"description\" "
                    "class=\"description\"></div>\n"
                    "<script type=\"application/json\" id=\"description-html\">%2</script>\n"
                    "<noscript>%3</noscript></section>\n")
                    .arg(tr("Description"), Html::jsonForScript(QJsonArray { description }),
                         tr("The description needs JavaScript (it is sanitized before it is "
                            "shown)."));
    html += CivArchiveSection::copies(model);
    html += trainingSummary(model);
    html += GalleryHistory::section(model);
    html += QStringLiteral("</main>\n%1<script src=\"../%2/purify.min.js\"></script>\n"
                           "<script src=\"../%2/text.js\"></script>\n<script "
                           "src=\"../%2/theme.js\"></script>\n"
                           "<script src=\"../%2/model.js\"></script>\n</body>\n</html>\n")
                .arg(footer(), ArchiveLayout::assetsFolderName());
    return html;
}

QJsonObject GalleryWriter::indexCard(const ArchivedModel &model)
{
    const ArchivedPreview *cover
        = model.previews.isEmpty() ? nullptr : &model.previews.constFirst();
    QJsonObject card {
        { QStringLiteral("page"), Html::relativeLink(ArchiveLayout::pageLink(model.folder)) },
        { QStringLiteral("name"), model.modelName },
        { QStringLiteral("version"), model.versionName },
        { QStringLiteral("file"), model.fileName },
        { QStringLiteral("type"), typeName(model) },
        { QStringLiteral("base"), DisplayNames::baseModel(model.baseModel) },
        { QStringLiteral("creator"), model.creator },
        { QStringLiteral("downloads"), model.downloads },
        { QStringLiteral("size"), model.fileSize },
        { QStringLiteral("added"), model.archivedAt.toString(Qt::ISODate) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(model.tags) },
        { QStringLiteral("triggers"),
          QJsonArray::fromStringList(model.triggerWords(IndexTriggerWords)) },
        { QStringLiteral("modelId"), model.modelId },
        { QStringLiteral("versionId"), model.versionId },
    };
    // models.js is parsed before the page can be used: what the page can tell by itself is
    // left out (false flags, level 0, Civitai's usual download address: 600 KB at 10,000).
    if (model.missingFromCivitai)
        card.insert(QStringLiteral("missing"), true);
    if (model.linkedByHand)
        card.insert(QStringLiteral("linked"), true);
    // The host of its "Civitai" link, when not civitai.com (mature models: civitai.red).
    if (const QUrl host = model.pageHost(); host != QUrl(QStringLiteral("https://civitai.com")))
        card.insert(QStringLiteral("site"), Html::safeLink(host));
    const QString download = Html::safeLink(downloadOf(model));
    if (download != usualDownloadUrl(model.versionId))
        card.insert(QStringLiteral("download"), download);
    if (model.mode != ModelMode::Mode::Normal)
        card.insert(QStringLiteral("mode"), ModelMode::key(model.mode));
    if (model.fromCivArchive)
        card.insert(QStringLiteral("source"), QStringLiteral("civarchive"));
    if (cover) {
        card.insert(QStringLiteral("cover"), Html::relativeLink(cover->file));
        if (cover->isVideo)
            card.insert(QStringLiteral("coverVideo"), true);
        if (cover->nsfwLevel > 0)
            card.insert(QStringLiteral("nsfw"), cover->nsfwLevel);
    }
    if (!model.update.isEmpty())
        card.insert(QStringLiteral("update"), cardUpdate(model.update));
    GalleryHistory::addToCard(card, model);
    return card;
}

QString GalleryWriter::indexData(const QList<ArchivedModel> &models)
{
    GalleryIndex index;
    for (const ArchivedModel &model : models)
        index.add(model);
    return QString::fromUtf8(index.script());
}

QString GalleryWriter::indexPage(const QList<ArchivedModel> &models)
{
    Q_UNUSED(models); // the cards come from models.js
    const auto escaped = [](const QString &text) {
        return Html::escape(text);
    };
    QString html = head(tr("Model browser"), ArchiveLayout::assetsFolderName());
    html += QStringLiteral(
                "<body class=\"index-page\">\n<header>\n<div class=\"bar\">\n<h1>%1</h1>\n"
                "<output id=\"count\" role=\"status\"></output>\n"
                "<input type=\"search\" id=\"search\" placeholder=\"%2\" aria-label=\"%3\">\n"
                // On a phone the controls fold behind this button; wider, it is hidden.
                "<button type=\"button\" id=\"filters-toggle\" aria-expanded=\"false\" "
                "aria-controls=\"controls\">%4</button>\n</div>\n"
                "<div id=\"controls\" role=\"group\" aria-label=\"%5\">\n"
                "<select id=\"sort\" aria-label=\"%6\"></select>\n")
                .arg(escaped(tr("Model browser")),
                     escaped(tr("Search name, file, tags, creator, trigger words, base model (a, "
                                "b: all must match)")),
                     escaped(tr("Search")), escaped(tr("Filters")),
                     escaped(tr("Sort, filters and display")), escaped(tr("Sort")));
    html += QStringLiteral(
                "<select id=\"type\" aria-label=\"%1\"><option value=\"\">%2</option></select>\n"
                "<select id=\"base\" aria-label=\"%3\"><option value=\"\">%4</option></select>\n"
                "<select id=\"creator\" aria-label=\"%5\"><option value=\"\">%6</option>"
                "</select>\n")
                .arg(escaped(tr("Type")), escaped(tr("All types")), escaped(tr("Base model")),
                     escaped(tr("All base models")), escaped(tr("Creator")),
                     escaped(tr("All creators")));
    html += QStringLiteral(
                "<label><input type=\"checkbox\" id=\"updates\"> %1</label>\n%8"
                "<label><input type=\"checkbox\" id=\"covers\" checked> %2</label>\n"
                "<label><input type=\"checkbox\" id=\"blur\" checked> %3</label>\n%4</div>\n"
                "</header>\n<details id=\"overview\"><summary>%5</summary>"
                "<div id=\"overview-body\"></div></details>\n"
                "<main id=\"groups\"><noscript>%6</noscript></main>\n"
                "<p id=\"empty\" hidden>%7</p>\n")
                .arg(escaped(tr("New versions only")), escaped(tr("Covers")),
                     escaped(tr("Blur NSFW")), themeButton(), escaped(tr("Collection overview")),
                     escaped(tr("The model browser needs JavaScript. Each model's page works "
                                "without it: open its folder.")),
                     escaped(tr("No model matches.")), GalleryHistory::filter());
    html += footer();
    html += QStringLiteral("<script src=\"%1/models.js\"></script>\n<script "
                           "src=\"%1/text.js\"></script>\n<script src=\"%1/theme.js\"></script>\n"
                           "<script src=\"%1/index.js\"></script>\n</body>\n</html>\n")
                .arg(ArchiveLayout::assetsFolderName());
    return html;
}

QList<std::pair<QString, QString>> GalleryWriter::scriptSources()
{
    // The scripts say qsTr('…'), which lupdate reads with the script's file name as context.
    static const QRegularExpression call(QStringLiteral(R"(qsTr\('([^'\\]*)'\))"));
    QList<std::pair<QString, QString>> sources;
    const QStringList scripts
        = QDir(QStringLiteral(":/gallery")).entryList({ QStringLiteral("*.js") }, QDir::Files);
    for (const QString &script : scripts) {
        QFile file(QStringLiteral(":/gallery/") + script);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString context = QFileInfo(script).completeBaseName();
        const QString code = QString::fromUtf8(file.readAll());
        for (auto match = call.globalMatch(code); match.hasNext();)
            sources.append({ context, match.next().captured(1) });
    }
    return sources;
}

QString GalleryWriter::scriptText()
{
    QJsonObject table;
    for (const auto &[context, source] : scriptSources()) {
        const QString translated = QCoreApplication::translate(context.toUtf8().constData(),
                                                               source.toUtf8().constData());
        if (translated != source)
            table.insert(source, translated);
    }
    // Dates as the model pages write them (DisplayFormat::date): one format in the whole gallery.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QJsonArray months;
    for (int month = 1; month <= 12; ++month)
        months.append(QLocale().monthName(month, QLocale::ShortFormat));
    const QJsonObject date { { QStringLiteral("format"), dateFormat },
                             { QStringLiteral("months"), months } };
    return QStringLiteral("window.CDM_TEXT = %1;\nwindow.CDM_DATE = %2;\n")
        .arg(Html::jsonForScript(table), Html::jsonForScript(date));
}

QStringList GalleryWriter::write(const QString &outputDir, const QList<ArchivedModel> &models)
{
    GalleryIndex index;
    QList<ArchivedModel> readable = models;
    readable.removeIf([&](const ArchivedModel &model) { return index.setAsideUnreadable(model); });
    for (const ArchivedModel &model : std::as_const(readable))
        index.add(model);
    return writeIndex(outputDir, index) + writePages(outputDir, readable);
}

QStringList GalleryWriter::writeIndex(const QString &outputDir, const GalleryIndex &index)
{
    QStringList errors;
    QString error;
    const ArchiveLayout layout(outputDir);
    const QString assets = layout.assetsFolder();
    if (!QDir().mkpath(assets))
        return { tr("cannot create %1").arg(assets) };
    const QStringList files = QDir(QStringLiteral(":/gallery")).entryList(QDir::Files);
    for (const QString &file : files) {
        QFile resource(QStringLiteral(":/gallery/") + file);
        if (!resource.open(QIODevice::ReadOnly)
            || !JsonFile::write(assets + QLatin1Char('/') + file, resource.readAll(), &error))
            errors.append(error.isEmpty() ? tr("cannot read the gallery asset %1").arg(file)
                                          : error);
    }
    if (!writeIndexData(assets + QStringLiteral("/models.js"), index, &error))
        errors.append(error);
    if (!JsonFile::write(assets + QStringLiteral("/text.js"), scriptText().toUtf8(), &error))
        errors.append(error);
    if (!JsonFile::write(layout.indexPage(), indexPage({}).toUtf8(), &error))
        errors.append(error);
    return errors;
}

QStringList GalleryWriter::writePages(const QString &outputDir, const QList<ArchivedModel> &models)
{
    QStringList errors;
    // Each page is written atomically, and that means a sync to disk per file: in parallel, the
    // waits overlap (10,000 pages take seconds, not tens of seconds).
    QMutex mutex;
    QThreadPool writers; // waiting on the disk, not the CPU: more threads than cores pay off
    writers.setMaxThreadCount(16);
    QtConcurrent::blockingMap(&writers, models, [&](const ArchivedModel &model) {
        const QString page = ModelFolder(outputDir, model.folder).page();
        QString pageError;
        if (!JsonFile::write(page, modelPage(model).toUtf8(), &pageError)) {
            const QMutexLocker lock(&mutex);
            errors.append(pageError);
        }
    });
    return errors;
}
