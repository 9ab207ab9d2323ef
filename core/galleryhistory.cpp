#include "core/galleryhistory.h"

#include "core/filehistory.h"
#include "core/html.h"

#include <QJsonArray>

namespace {

// An ISO 8601 date of file_history.json as the page's language writes a date.
QString dateText(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : iso;
}

} // namespace

QString GalleryHistory::badge(const ArchivedModel &model)
{
    const QString since = FileHistory::removedSince(model.history);
    if (since.isEmpty())
        return {};
    //: %1 is the date Civitai last knew the model file
    return QStringLiteral("<p class=\"badge removed\">%1</p>\n")
        .arg(Html::escape(tr("Removed from Civitai: last seen there on %1. Everything archived "
                             "here is kept.")
                              .arg(dateText(since))));
}

QString GalleryHistory::section(const ArchivedModel &model)
{
    const QString first = model.history.value(QLatin1String("first_archived")).toString();
    if (first.isEmpty())
        return {};
    QString items = QStringLiteral("<li><time>%1</time> %2</li>\n")
                        .arg(Html::escape(dateText(first)), Html::escape(tr("First archived")));
    const QJsonArray transitions = model.history.value(QLatin1String("transitions")).toArray();
    for (const QJsonValue &value : transitions) {
        const QJsonObject transition = value.toObject();
        items
            += QStringLiteral("<li><time>%1</time> %2</li>\n")
                   .arg(Html::escape(dateText(transition.value(QLatin1String("date")).toString())),
                        Html::escape(describe(transition)));
    }
    return QStringLiteral("<section class=\"history\"><h2>%1</h2>\n<ol>\n%2</ol></section>\n")
        .arg(Html::escape(tr("History")), items);
}

QString GalleryHistory::filter()
{
    return QStringLiteral("<label><input type=\"checkbox\" id=\"removed\"> %1</label>\n")
        .arg(Html::escape(tr("Removed from Civitai only")));
}

void GalleryHistory::addToCard(QJsonObject &card, const ArchivedModel &model)
{
    const QString since = FileHistory::removedSince(model.history);
    if (!since.isEmpty())
        card.insert(QStringLiteral("removed"), dateText(since));
}

QString GalleryHistory::describe(const QJsonObject &transition)
{
    const QString change = transition.value(QLatin1String("change")).toString();
    if (change == QLatin1String("removed_from_civitai"))
        return tr("Removed from Civitai");
    if (change == QLatin1String("found_again"))
        return tr("Found on Civitai again");
    if (change == QLatin1String("model_mode")) {
        const ModelMode::Mode mode
            = ModelMode::fromKey(transition.value(QLatin1String("to")).toString());
        return mode == ModelMode::Mode::Normal ? tr("Available on Civitai again")
                                               : ModelMode::label(mode);
    }
    if (change == QLatin1String("newer_version"))
        //: %1 is the name of the version Civitai published
        return tr("Newer version published: %1")
            .arg(transition.value(QLatin1String("version")).toString());
    if (change == QLatin1String("file_changed"))
        return tr("The model file changed on disk");
    if (change == QLatin1String("gone_from_disk"))
        return tr("The model file is gone from disk");
    if (change == QLatin1String("back_on_disk"))
        return tr("The model file is back on disk");
    return change; // from a later version of the program: its own name, escaped by the caller
}
