#include "core/archivewriter.h"

#include "core/jsonfile.h"
#include "core/jsonstream.h"
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

namespace {

// Read as the state files' entries are, not into a document: an unchanged re-run checks one hash
// file for each model file.
bool hashFileHolds(const QString &path, const QString &fileName, const QString &sha256)
{
    const std::optional<QByteArray> bytes = JsonFile::readBytes(path);
    if (!bytes)
        return false;
    QString heldName;
    QString heldHash;
    const bool readable
        = JsonStream::readObject(*bytes, [&](QByteArrayView key, QByteArrayView value) {
              if (key == "filename")
                  heldName = JsonStream::string(value);
              else if (key == "hash_value")
                  heldHash = JsonStream::string(value);
          });
    return readable && heldName == fileName && heldHash.compare(sha256, Qt::CaseInsensitive) == 0;
}

} // namespace

bool ArchiveWriter::writeHash(const ModelFolder &folder, const QString &fileName,
                              const QString &sha256, QString *error)
{
    if (hashFileHolds(folder.hashFile(), fileName, sha256))
        return true;

    const QJsonObject hash {
        { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
        { QStringLiteral("hash_value"), sha256 },
        { QStringLiteral("filename"), fileName },
        { QStringLiteral("timestamp"), Timestamps::isoLocal() },
    };
    return ensureFolder(folder, error) && JsonFile::write(folder.hashFile(), hash, error);
}

QString ArchiveWriter::archivedSha256(const ModelFolder &folder)
{
    const auto hash = JsonFile::readObject(folder.hashFile());
    return hash ? hash->value(QLatin1String("hash_value")).toString().toLower() : QString();
}

bool ArchiveWriter::writeMetadata(const ModelFolder &folder, const SafetensorsHeader &header,
                                  QString *error)
{
    return JsonFile::write(folder.metadataFile(),
                           header.hasMetadata ? header.metadata : header.header, error);
}
