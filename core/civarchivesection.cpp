#include "core/civarchivesection.h"

#include "core/html.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace {

const QUrl Site(QStringLiteral("https://civarchive.com/"));

// "huggingface" -> "Hugging Face": the names people know; others as CivArchive writes them.
QString sourceName(const QString &source)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("civitai"), QStringLiteral("Civitai") },
        { QStringLiteral("huggingface"), QStringLiteral("Hugging Face") },
        { QStringLiteral("modelscope"), QStringLiteral("ModelScope") },
        { QStringLiteral("tensorfiles"), QStringLiteral("TensorFiles") },
        { QStringLiteral("civarchive"), QStringLiteral("CivArchive") },
    };
    return names.value(source.toLower(), source);
}

QString copyItem(const QJsonObject &copy)
{
    const QString name = copy.value(QLatin1String("filename")).toString();
    const QString href = CivArchiveSection::copyLink(copy.value(QLatin1String("url")).toString());
    const QString text = Html::escape(name.isEmpty() ? href : name);
    QString item
        = QStringLiteral("<strong>%1</strong> ")
              .arg(Html::escape(sourceName(copy.value(QLatin1String("source")).toString())));
    item += href.isEmpty() ? text
                           : QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>")
                                 .arg(Html::escape(href), text);
    QStringList notes;
    if (copy.value(QLatin1String("is_gated")).toBool())
        notes.append(CivArchiveSection::tr("gated: sign-in or approval needed"));
    if (copy.value(QLatin1String("is_paid")).toBool())
        notes.append(CivArchiveSection::tr("paid"));
    const QString deleted = copy.value(QLatin1String("deleted_at")).toString();
    if (!deleted.isEmpty()) {
        const QDateTime when = QDateTime::fromString(deleted, Qt::ISODate);
        //: %1 is the date the copy was removed
        notes.append(CivArchiveSection::tr("removed on %1")
                         .arg(when.isValid() ? QLocale().toString(when.date(), QLocale::ShortFormat)
                                             : deleted));
    }
    if (!notes.isEmpty())
        item += QStringLiteral(" <span class=\"access\">(%1)</span>")
                    .arg(Html::escape(notes.join(QStringLiteral(", "))));
    return QStringLiteral("<li%1>%2</li>\n")
        .arg(deleted.isEmpty() ? QString() : QStringLiteral(" class=\"removed\""), item);
}

} // namespace

QString CivArchiveSection::copyLink(const QString &url)
{
    return url.isEmpty() ? QString() : Html::safeLink(Site.resolved(QUrl(url)));
}

QString CivArchiveSection::sourceBadge(const ArchivedModel &model)
{
    if (!model.fromCivArchive)
        return {};
    const QString page = copyLink(model.civArchivePage.toString());
    const QString label = Html::escape(
        tr("From CivArchive: Civitai no longer knows this file, CivArchive kept its model."));
    return page.isEmpty()
        ? QStringLiteral("<p class=\"badge source\">%1</p>\n").arg(label)
        : QStringLiteral("<p class=\"badge source\"><a href=\"%1\" rel=\"noopener noreferrer\">"
                         "%2</a></p>\n")
              .arg(Html::escape(page), label);
}

QString CivArchiveSection::copies(const ArchivedModel &model)
{
    if (model.copies.isEmpty())
        return {};
    QString items;
    for (const QJsonValue &copy : model.copies)
        items += copyItem(copy.toObject());
    return QStringLiteral("<section class=\"copies\"><h2>%1</h2>\n<p><small>%2</small></p>\n"
                          "<ul>\n%3</ul></section>\n")
        .arg(Html::escape(tr("Where this file still exists")),
             Html::escape(tr("As listed by CivArchive; removed copies are kept as a record.")),
             items);
}
