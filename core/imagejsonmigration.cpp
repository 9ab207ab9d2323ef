#include "core/imagejsonmigration.h"

#include "core/archivewriter.h"
#include "core/jsonfile.h"

#include <QDir>
#include <QJsonArray>

int ImageJsonMigration::run(const QString &outputDir, QStringList *errors)
{
    int written = 0;
    const QStringList folders
        = QDir(outputDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        const ModelFolder folder(outputDir, name);
        const QString versionPath = folder.file(QStringLiteral("_civitai_model_version.json"));
        if (!QFile::exists(versionPath))
            continue;
        QString error;
        const auto version = JsonFile::readObject(versionPath, &error);
        if (!version) {
            errors->append(error);
            continue;
        }
        const QJsonArray images = version->value(QLatin1String("images")).toArray();
        const QStringList previews
            = QDir(folder.path()).entryList({ name + QStringLiteral("_preview_*") }, QDir::Files);
        for (qsizetype index = 0; index < images.size(); ++index) {
            const QString prefix = name + QStringLiteral("_preview_%1.").arg(index);
            const bool hasPreview
                = std::any_of(previews.cbegin(), previews.cend(), [&](const QString &file) {
                      return file.startsWith(prefix) && !file.endsWith(QLatin1String(".json"));
                  });
            if (!hasPreview)
                continue;
            if (JsonFile::write(folder.file(QStringLiteral("_preview_%1.json").arg(index)),
                                images.at(index).toObject(), &error))
                ++written;
            else
                errors->append(error);
        }
    }
    return written;
}
