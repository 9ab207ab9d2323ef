#include "gallerywriter.h"

#include "html.h"
#include "jsonfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

const QString ContentSecurityPolicy
    = QStringLiteral("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
                     "data:; media-src 'self'; "
                     "base-uri 'none'; form-action 'none'");

QString head(const QString &title, const QString &assets)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"civitai-data-manager %2\">\n"
               "<title>%3</title>\n<link rel=\"stylesheet\" href=\"%4/gallery.css\">\n</head>\n")
        .arg(ContentSecurityPolicy, QLatin1String(CDM_VERSION), Html::escape(title), assets);
}

QString footer()
{
    return QStringLiteral("<footer>Archived by civitai-data-manager %1. Works offline.</footer>\n")
        .arg(QLatin1String(CDM_VERSION));
}

QString formatSize(qint64 bytes)
{
    return bytes < 0 ? QString()
                     : QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
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
                                          "data-copy=\"%1\" title=\"Copy\">%1</button>")
                               .arg(Html::escape(word))
                         : QStringLiteral("<span class=\"chip\">%1</span>").arg(Html::escape(word));
    }
    return html;
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
        { "ss_network_module", "Network module" },
        { "ss_network_dim", "Network dim" },
        { "ss_network_alpha", "Network alpha" },
        { "ss_base_model_version", "Base model" },
        { "ss_sd_model_name", "Trained on" },
        { "ss_resolution", "Resolution" },
        { "ss_num_epochs", "Epochs" },
        { "ss_num_train_images", "Training images" },
        { "ss_learning_rate", "Learning rate" },
        { "ss_output_name", "Output name" },
    };
    QString rows;
    for (const auto &[key, label] : keys) {
        const QString value
            = model.trainingMetadata.value(QLatin1String(key)).toVariant().toString();
        if (!value.isEmpty())
            rows += row(QString::fromUtf8(label), Html::escape(value));
    }
    QString tags;
    for (const TagCount &tag : model.tagFrequencies.mid(0, 30))
        tags += QStringLiteral("<li><button type=\"button\" class=\"chip copy\" "
                               "data-copy=\"%1\">%1</button> <span class=\"count\">%2</span></li>")
                    .arg(Html::escape(tag.tag),
                         QString::number(tag.count)); // one pass: a tag may hold "%1"
    if (rows.isEmpty() && tags.isEmpty())
        return {};
    return QStringLiteral("<section><h2>Training metadata</h2>\n<table "
                          "class=\"facts\">\n%1</table>\n%2</section>\n")
        .arg(rows,
             tags.isEmpty()
                 ? QString()
                 : QStringLiteral("<h3>Tag frequencies (top 30)</h3><ol class=\"tags\">%1</ol>\n")
                       .arg(tags));
}

QString previewGallery(const ArchivedModel &model)
{
    if (model.previews.isEmpty())
        return {};
    QString items;
    QJsonArray generation;
    for (qsizetype i = 0; i < model.previews.size(); ++i) {
        const ArchivedPreview &preview = model.previews.at(i);
        const QString source
            = Html::escape(Html::relativeLink(preview.file.section(QLatin1Char('/'), 1)));
        const QString nsfw = preview.nsfwLevel >= 4 ? QStringLiteral(" nsfw") : QString();
        items += preview.isVideo
            ? QStringLiteral("<button type=\"button\" class=\"thumb video%3\" data-index=\"%1\" "
                             "aria-label=\"Preview %1 (video)\"><video src=\"%2\" "
                             "muted loop playsinline preload=\"metadata\"></video></button>\n")
                  .arg(i)
                  .arg(source, nsfw)
            : QStringLiteral("<button type=\"button\" class=\"thumb%3\" data-index=\"%1\"><img "
                             "src=\"%2\" loading=\"lazy\" alt=\"Preview %1\"></button>\n")
                  .arg(i)
                  .arg(source, nsfw);
        QJsonObject entry = preview.image;
        entry.insert(QStringLiteral("_src"),
                     Html::relativeLink(preview.file.section(QLatin1Char('/'), 1)));
        entry.insert(QStringLiteral("_video"), preview.isVideo);
        generation.append(entry);
    }
    return QStringLiteral(
               "<section><h2>Previews</h2>\n<div class=\"previews\">\n%1</div>\n"
               "<script type=\"application/json\" id=\"previews\">%2</script>\n</section>\n")
        .arg(items, Html::jsonForScript(generation));
}

} // namespace

QString GalleryWriter::modelPage(const ArchivedModel &model)
{
    const QString title = model.versionName.isEmpty()
        ? model.modelName
        : model.modelName + QStringLiteral(" – ") + model.versionName;
    QString facts;
    facts += row(QStringLiteral("Type"), Html::escape(model.type));
    facts += row(QStringLiteral("Base model"), Html::escape(model.baseModel));
    facts += row(QStringLiteral("Creator"), Html::escape(model.creator));
    facts += row(QStringLiteral("Downloads"),
                 model.downloads >= 0 ? QLocale::c().toString(model.downloads) : QString());
    facts += row(QStringLiteral("Likes"),
                 model.thumbsUp >= 0 ? QLocale::c().toString(model.thumbsUp) : QString());
    facts
        += row(QStringLiteral("Published"), Html::escape(model.publishedAt.toString(Qt::ISODate)));
    facts += row(QStringLiteral("Updated"), Html::escape(model.updatedAt.toString(Qt::ISODate)));
    facts += row(QStringLiteral("Archived"), Html::escape(model.archivedAt.toString(Qt::ISODate)));
    facts += row(QStringLiteral("File"), Html::escape(model.fileName));
    facts += row(QStringLiteral("Size"), Html::escape(formatSize(model.fileSize)));
    facts += row(QStringLiteral("SHA-256"),
                 QStringLiteral("<code>%1</code>").arg(Html::escape(model.sha256)));
    facts += row(QStringLiteral("AutoV2"),
                 model.sha256.isEmpty()
                     ? QString()
                     : QStringLiteral("<code>%1</code>").arg(Html::escape(model.autoV2())));
    facts += row(QStringLiteral("Links"),
                 (link(model.civitaiUrl(), QStringLiteral("Civitai")) + QLatin1Char(' ')
                  + link(model.downloadUrl, QStringLiteral("Download")))
                     .trimmed());

    QString status;
    if (model.missingFromCivitai)
        status += QStringLiteral("<p class=\"badge missing\">Missing from Civitai since %1</p>\n")
                      .arg(Html::escape(model.missingSince));
    if (!model.update.isEmpty())
        status
            += QStringLiteral("<p class=\"badge update\">Newer version on Civitai: %1</p>\n")
                   .arg(link(QUrl(model.update.value(QLatin1String("civitai_url")).toString()),
                             model.update.value(QLatin1String("newest_version_name")).toString()));

    const QStringList triggers = model.triggerWords();
    const QString triggerSource = model.trainedWords.isEmpty() && !triggers.isEmpty()
        ? QStringLiteral(" <small>(from the file's training tags)</small>")
        : QString();
    const QString description = model.versionDescriptionHtml + model.modelDescriptionHtml;

    QString html = head(title, QStringLiteral("../") + assetsFolder());
    html += QStringLiteral(
        "<body class=\"model-page\">\n<header><a class=\"back\" href=\"../index.html\">← All "
        "models</a>"
        "<button type=\"button\" id=\"theme\" title=\"Dark mode\" aria-label=\"Dark "
        "mode\">◐</button></header>\n<main>\n");
    html += QStringLiteral("<h1>%1</h1>\n%2").arg(Html::escape(title), status);
    if (!triggers.isEmpty())
        html += QStringLiteral(
                    "<section><h2>Trigger words%1</h2>\n<div class=\"chips\">%2</div></section>\n")
                    .arg(triggerSource, chips(triggers, true));
    html += QStringLiteral("<section><table class=\"facts\">\n%1</table></section>\n").arg(facts);
    if (!model.tags.isEmpty())
        html += QStringLiteral("<section><h2>Tags</h2>\n<div class=\"chips\">%1</div></section>\n")
                    .arg(chips(model.tags, false));
    if (!description.isEmpty())
        html += QStringLiteral(
                    "<section><h2>Description</h2>\n<div id=\"description\" "
                    "class=\"description\"></div>\n"
                    "<script type=\"application/json\" id=\"description-html\">%1</script>\n"
                    "<noscript>The description needs JavaScript (it is sanitized before it is "
                    "shown).</noscript></section>\n")
                    .arg(Html::jsonForScript(QJsonArray { description }));
    html += previewGallery(model);
    html += trainingSummary(model);
    html += QStringLiteral("</main>\n%1<script src=\"../%2/purify.min.js\"></script>\n<script "
                           "src=\"../%2/theme.js\"></script>\n"
                           "<script src=\"../%2/model.js\"></script>\n</body>\n</html>\n")
                .arg(footer(), assetsFolder());
    return html;
}

QString GalleryWriter::indexData(const QList<ArchivedModel> &models)
{
    QJsonArray cards;
    for (const ArchivedModel &model : models) {
        const ArchivedPreview *cover
            = model.previews.isEmpty() ? nullptr : &model.previews.constFirst();
        QJsonObject card {
            { QStringLiteral("page"),
              Html::relativeLink(model.folder + QLatin1Char('/') + model.folder
                                 + QStringLiteral(".html")) },
            { QStringLiteral("name"), model.modelName },
            { QStringLiteral("version"), model.versionName },
            { QStringLiteral("file"), model.fileName },
            { QStringLiteral("type"), model.type },
            { QStringLiteral("base"), model.baseModel },
            { QStringLiteral("creator"), model.creator },
            { QStringLiteral("downloads"), model.downloads },
            { QStringLiteral("size"), model.fileSize },
            { QStringLiteral("added"), model.archivedAt.toString(Qt::ISODate) },
            { QStringLiteral("tags"), QJsonArray::fromStringList(model.tags) },
            { QStringLiteral("triggers"), QJsonArray::fromStringList(model.triggerWords(5)) },
            { QStringLiteral("missing"), model.missingFromCivitai },
            { QStringLiteral("modelId"), model.modelId },
            { QStringLiteral("versionId"), model.versionId },
            { QStringLiteral("download"), Html::safeLink(model.downloadUrl) },
        };
        if (cover) {
            card.insert(QStringLiteral("cover"), Html::relativeLink(cover->file));
            card.insert(QStringLiteral("coverVideo"), cover->isVideo);
            card.insert(QStringLiteral("nsfw"), cover->nsfwLevel);
        }
        if (!model.update.isEmpty())
            card.insert(
                QStringLiteral("update"),
                QJsonObject {
                    { QStringLiteral("name"),
                      model.update.value(QLatin1String("newest_version_name")) },
                    { QStringLiteral("url"),
                      Html::safeLink(
                          QUrl(model.update.value(QLatin1String("civitai_url")).toString())) } });
        cards.append(card);
    }
    QSet<QString> hashes;
    int duplicates = 0;
    for (const ArchivedModel &model : models) {
        if (model.sha256.isEmpty())
            continue;
        if (hashes.contains(model.sha256))
            ++duplicates;
        else
            hashes.insert(model.sha256);
    }
    const QString json = Html::jsonForScript(QJsonObject {
        { QStringLiteral("version"), QLatin1String(CDM_VERSION) },
        { QStringLiteral("duplicates"), duplicates },
        { QStringLiteral("models"), cards },
    });
    // JSON.parse of a string literal is much quicker for the browser than an object literal of
    // megabytes. Inside '...' only backslashes and single quotes need escaping.
    QString literal = json;
    literal.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    literal.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QStringLiteral("window.CDM_GALLERY = JSON.parse('%1');\n").arg(literal);
}

QString GalleryWriter::indexPage(const QList<ArchivedModel> &models)
{
    QString html = head(QStringLiteral("Model browser"), assetsFolder());
    html += QStringLiteral(
        "<body class=\"index-page\">\n<header>\n<div class=\"bar\">\n<h1>Model browser</h1>\n"
        "<output id=\"count\" role=\"status\"></output>\n"
        "<input type=\"search\" id=\"search\" placeholder=\"Search name, file, tags, creator, "
        "trigger words, base model (a, b: all must match)\" aria-label=\"Search\">\n"
        // On a phone the controls fold behind this button; wider, it is hidden and they show.
        "<button type=\"button\" id=\"filters-toggle\" aria-expanded=\"false\" "
        "aria-controls=\"controls\">Filters</button>\n</div>\n"
        "<div id=\"controls\" role=\"group\" aria-label=\"Sort, filters and display\">\n"
        "<select id=\"sort\" aria-label=\"Sort\"></select>\n"
        "<select id=\"type\" aria-label=\"Type\"><option value=\"\">All types</option></select>\n"
        "<select id=\"base\" aria-label=\"Base model\"><option value=\"\">All base "
        "models</option></select>\n"
        "<select id=\"creator\" aria-label=\"Creator\"><option value=\"\">All "
        "creators</option></select>\n"
        "<label><input type=\"checkbox\" id=\"updates\"> New versions only</label>\n"
        "<label><input type=\"checkbox\" id=\"covers\" checked> Covers</label>\n"
        "<label><input type=\"checkbox\" id=\"blur\" checked> Blur NSFW</label>\n"
        "<button type=\"button\" id=\"theme\" title=\"Dark mode\" aria-label=\"Dark "
        "mode\">◐</button>\n</div>\n"
        "</header>\n<details id=\"overview\" open><summary>Collection overview</summary><div "
        "id=\"overview-body\"></div></details>\n"
        "<main id=\"groups\"><noscript>The model browser needs JavaScript. Each model's page works "
        "without it: open its folder.</noscript></main>\n"
        "<p id=\"empty\" hidden>No model matches.</p>\n");
    html += footer();
    html += QStringLiteral(
                "<script src=\"%1/models.js\"></script>\n<script src=\"%1/theme.js\"></script>\n"
                "<script src=\"%1/index.js\"></script>\n</body>\n</html>\n")
                .arg(assetsFolder());
    Q_UNUSED(models);
    return html;
}

QStringList GalleryWriter::write(const QString &outputDir, const QList<ArchivedModel> &models)
{
    QStringList errors;
    QString error;
    const QString assets = outputDir + QLatin1Char('/') + assetsFolder();
    if (!QDir().mkpath(assets))
        return { QStringLiteral("cannot create %1").arg(assets) };
    const QStringList files = QDir(QStringLiteral(":/gallery")).entryList(QDir::Files);
    for (const QString &file : files) {
        QFile resource(QStringLiteral(":/gallery/") + file);
        if (!resource.open(QIODevice::ReadOnly)
            || !JsonFile::write(assets + QLatin1Char('/') + file, resource.readAll(), &error))
            errors.append(error.isEmpty()
                              ? QStringLiteral("cannot read the gallery asset %1").arg(file)
                              : error);
    }
    if (!JsonFile::write(assets + QStringLiteral("/models.js"), indexData(models).toUtf8(), &error))
        errors.append(error);
    if (!JsonFile::write(outputDir + QStringLiteral("/index.html"), indexPage(models).toUtf8(),
                         &error))
        errors.append(error);
    // Each page is written atomically, and that means a sync to disk per file: in parallel, the
    // waits overlap (10,000 pages take seconds, not tens of seconds).
    QMutex mutex;
    QThreadPool writers; // waiting on the disk, not the CPU: more threads than cores pay off
    writers.setMaxThreadCount(16);
    QtConcurrent::blockingMap(&writers, models, [&](const ArchivedModel &model) {
        const QString page = outputDir + QLatin1Char('/') + model.folder + QLatin1Char('/')
            + model.folder + QStringLiteral(".html");
        QString pageError;
        if (!JsonFile::write(page, modelPage(model).toUtf8(), &pageError)) {
            const QMutexLocker lock(&mutex);
            errors.append(pageError);
        }
    });
    return errors;
}
