#include "core/archivelayout.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QLatin1String PreviewInfix("_preview_");

} // namespace

ArchiveLayout::ArchiveLayout(QString outputDir)
    : m_outputDir(std::move(outputDir))
{ }

QString ArchiveLayout::file(const QString &name) const
{
    return m_outputDir + QLatin1Char('/') + name;
}

QString ArchiveLayout::indexPage() const
{
    return file(indexPageName());
}

QString ArchiveLayout::assetsFolder() const
{
    return file(assetsFolderName());
}

QString ArchiveLayout::processedFiles() const
{
    return file(processedFilesName());
}

QString ArchiveLayout::missingList() const
{
    return file(missingListName());
}

QString ArchiveLayout::updatesAvailable() const
{
    return file(updatesAvailableName());
}

QString ArchiveLayout::hashCache() const
{
    return file(hashCacheName());
}

QString ArchiveLayout::duplicatesReport() const
{
    return file(duplicatesReportName());
}

QString ArchiveLayout::lockFile() const
{
    return file(lockFileName());
}

QString ArchiveLayout::indexPageName()
{
    return QStringLiteral("index.html");
}

QString ArchiveLayout::assetsFolderName()
{
    return QStringLiteral("_gallery");
}

QString ArchiveLayout::processedFilesName()
{
    return QStringLiteral("processed_files.json");
}

QString ArchiveLayout::missingListName()
{
    return QStringLiteral("missing_from_civitai.txt");
}

QString ArchiveLayout::updatesAvailableName()
{
    return QStringLiteral("updates_available.json");
}

QString ArchiveLayout::hashCacheName()
{
    return QStringLiteral("hash_cache.json");
}

QString ArchiveLayout::duplicatesReportName()
{
    return QStringLiteral("duplicate_models.txt");
}

QString ArchiveLayout::lockFileName()
{
    return QStringLiteral(".cdm.lock");
}

QString ArchiveLayout::modelStamps() const
{
    return file(modelStampsName());
}

QString ArchiveLayout::modelStampsName()
{
    return QStringLiteral("model_stamps.jsonl");
}

QString ArchiveLayout::pageLink(const QString &folder)
{
    return folder + QLatin1Char('/') + folder + QStringLiteral(".html");
}

ModelFolder::ModelFolder(const QString &outputDir, const QString &name)
    : m_name(name)
    , m_path(outputDir + QLatin1Char('/') + name)
{ }

QString ModelFolder::file(const QString &suffix) const
{
    return m_path + QLatin1Char('/') + m_name + suffix;
}

QString ModelFolder::hashFile() const
{
    return file(QStringLiteral("_hash.json"));
}

QString ModelFolder::metadataFile() const
{
    return file(QStringLiteral("_metadata.json"));
}

QString ModelFolder::versionFile() const
{
    return file(QStringLiteral("_civitai_model_version.json"));
}

QString ModelFolder::modelFile() const
{
    return file(QStringLiteral("_civitai_model.json"));
}

QString ModelFolder::civArchiveFile() const
{
    return file(QStringLiteral("_civarchive.json"));
}

QString ModelFolder::page() const
{
    return file(QStringLiteral(".html"));
}

QString ModelFolder::previewFile(int index, const QString &extension) const
{
    return file(PreviewInfix + QString::number(index) + extension);
}

QString ModelFolder::previewSidecar(int index) const
{
    return previewFile(index, QStringLiteral(".json"));
}

QString ModelFolder::previewPart(int index) const
{
    return m_path + QStringLiteral("/.") + m_name + PreviewInfix + QString::number(index)
        + QStringLiteral(".part");
}

QList<ModelFolder::Preview> ModelFolder::previews() const
{
    // <name>_preview_<N>.<ext>, where <ext> is neither json (the sidecar) nor part
    static const QRegularExpression indexAndSuffix(QStringLiteral("^(\\d+)\\.([^.]+)$"));
    const QString prefix = m_name + PreviewInfix;
    QList<Preview> found;
    const QStringList files = QDir(m_path).entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match
            = indexAndSuffix.match(QStringView(name).mid(prefix.size()));
        if (!match.hasMatch() || match.captured(2) == QLatin1String("json")
            || match.captured(2) == QLatin1String("part"))
            continue;
        bool isNumber = false;
        const int index = match.captured(1).toInt(&isNumber);
        if (isNumber)
            found.append({ index, m_path + QLatin1Char('/') + name });
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Preview &a, const Preview &b) { return a.index < b.index; });
    return found;
}

QStringList ModelFolder::previewFiles(int index) const
{
    QStringList files;
    const QList<Preview> all = previews();
    for (const Preview &preview : all) {
        if (preview.index == index)
            files.append(preview.path);
    }
    return files;
}

bool ModelFolder::isOurFile(const QString &fileName) const
{
    static const QRegularExpression ourSuffix(QStringLiteral(
        "^(?:_hash\\.json|_metadata\\.json|_civitai_model_version\\.json|_civitai_model\\.json"
        "|_civarchive\\.json"
        "|_preview_\\d+\\.[A-Za-z0-9]{1,5}|\\.html)(?:\\.[A-Za-z0-9]{6})?$"));
    static const QRegularExpression partSuffix(QStringLiteral("^_preview_\\d+\\.part$"));
    if (fileName.startsWith(m_name))
        return ourSuffix.match(QStringView(fileName).mid(m_name.size())).hasMatch();
    const QString hidden = QLatin1Char('.') + m_name;
    return fileName.startsWith(hidden)
        && partSuffix.match(QStringView(fileName).mid(hidden.size())).hasMatch();
}

bool ModelFolder::isRecordFile(const QString &fileName) const
{
    const QString path = m_path + QLatin1Char('/') + fileName;
    return path == hashFile() || path == versionFile();
}
