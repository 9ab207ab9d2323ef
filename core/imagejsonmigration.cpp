#include "core/imagejsonmigration.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>

int ImageJsonMigration::run(const QString &outputDir, QStringList *errors)
{
    int written = 0;
    const QStringList folders
        = QDir(outputDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        const ModelFolder folder(outputDir, name);
        const QString versionPath = folder.versionFile();
        if (!QFile::exists(versionPath))
            continue;
        QString error;
        const auto version = JsonFile::readObject(versionPath, &error);
        if (!version) {
            errors->append(error);
            continue;
        }
        const QJsonArray images = version->value(QLatin1String("images")).toArray();
        QSet<int> hasPreview;
        for (const ModelFolder::Preview &preview : folder.previews())
            hasPreview.insert(preview.index);
        for (qsizetype index = 0; index < images.size(); ++index) {
            if (!hasPreview.contains(int(index)))
                continue;
            if (JsonFile::write(folder.previewSidecar(int(index)), images.at(index).toObject(),
                                &error))
                ++written;
            else
                errors->append(error);
        }
    }
    return written;
}
