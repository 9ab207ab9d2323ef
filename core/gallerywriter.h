#pragma once

#include "core/archivedmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class GalleryIndex;

// The offline gallery: index.html (the model browser) and <name>/<name>.html (one page per
// model), working from file:// with nothing from the internet. Assets go to _gallery/, a name no
// model folder can take (the sanitizer strips leading underscores). Text from Civitai or a model
// file is escaped here; description HTML is sanitized in the page by the vendored DOMPurify;
// a Content-Security-Policy forbids inline scripts and event handlers.
class GalleryWriter final
{
    Q_DECLARE_TR_FUNCTIONS(GalleryWriter) // pages are written in the app's language

public:
    // Writes everything; returns the errors (an unwritable page does not stop the others).
    static QStringList write(const QString &outputDir, const QList<ArchivedModel> &models);
    // The same in two parts, so the pages can be written a batch at a time: the models' pages,
    // then index.html and _gallery/ from the index of every model.
    static QStringList writePages(const QString &outputDir, const QList<ArchivedModel> &models);
    static QStringList writeIndex(const QString &outputDir, const GalleryIndex &index);
    // A model's card in the model browser (models.js).
    static QJsonObject indexCard(const ArchivedModel &model);

    static QString modelPage(const ArchivedModel &model);
    static QString indexPage(const QList<ArchivedModel> &models);
    static QString indexData(const QList<ArchivedModel> &models); // _gallery/models.js
    static QString scriptText(); // _gallery/text.js: the scripts' text in the app's language
    // Every qsTr('…') in the gallery's scripts: (context = the script's name, English text).
    static QList<std::pair<QString, QString>> scriptSources();
};
