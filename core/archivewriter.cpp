#include "core/archivewriter.h"

#include "core/jsonfile.h"
#include "core/timestamps.h"

#include <QDir>

bool ArchiveWriter::ensureFolder(const ModelFolder &folder, QString *error)
{
    if (QDir().mkpath(folder.path()))
        return true;
    if (error)
        *error = tr("cannot create folder %1").arg(folder.path());
    return false;
}

bool ArchiveWriter::writeHash(const ModelFolder &folder, const QString &fileName,
                              const QString &sha256, QString *error)
{
    const auto existing = JsonFile::readObject(folder.hashFile());
    if (existing && existing->value(QLatin1String("filename")).toString() == fileName
        && existing->value(QLatin1String("hash_value"))
                .toString()
                .compare(sha256, Qt::CaseInsensitive)
            == 0)
        return true;

    const QJsonObject hash {
        { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
        { QStringLiteral("hash_value"), sha256 },
        { QStringLiteral("filename"), fileName },
        { QStringLiteral("timestamp"), Timestamps::isoLocal() },
    };
    return ensureFolder(folder, error) && JsonFile::write(folder.hashFile(), hash, error);
}

bool ArchiveWriter::writeMetadata(const ModelFolder &folder, const SafetensorsHeader &header,
                                  QString *error)
{
    return JsonFile::write(folder.metadataFile(),
                           header.hasMetadata ? header.metadata : header.header, error);
}
