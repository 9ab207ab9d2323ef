#pragma once

#include "core/archivedmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What the gallery shows of a model file's history (file_history.json, FileHistory): the
// "Removed from Civitai" badge with the date it was last seen there, and the page's History
// section. Everything in it is escaped.
class GalleryHistory final
{
    Q_DECLARE_TR_FUNCTIONS(GalleryHistory) // pages are written in the app's language

public:
    // The model page's badge; empty unless the file was removed from Civitai.
    static QString badge(const ArchivedModel &model);
    // The model page's History section: first archived, then each change; empty without history.
    static QString section(const ArchivedModel &model);
    // The model browser's filter: only the models removed from Civitai (index.html#removed).
    static QString filter();
    // The card's "removed": the date last seen on Civitai, for the badge and the Removed filter.
    static void addToCard(QJsonObject &card, const ArchivedModel &model);

private:
    static QString describe(const QJsonObject &transition);
};
