#include "core/manuallinks.h"

#include "core/jsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace {

const QLatin1String LinksKey("links");
const QLatin1String FileKey("file");
const QLatin1String VersionKey("model_version_id");
const QLatin1String ModelKey("model_id");
const QLatin1String HostKey("source_host");
const QLatin1String GivenKey("given");
const QLatin1String HashKey("sha256");
const QLatin1String FolderKey("folder");
const QLatin1String LinkedAtKey("linked_at");

QJsonObject toJson(const ManualLink &link)
{
    return { { FileKey, link.file },     { VersionKey, link.versionId },
             { ModelKey, link.modelId }, { HostKey, link.sourceHost },
             { GivenKey, link.given },   { HashKey, link.sha256 },
             { FolderKey, link.folder }, { LinkedAtKey, link.linkedAt } };
}

std::optional<ManualLink> fromJson(const QJsonObject &object)
{
    ManualLink link;
    link.file = object.value(FileKey).toString();
    link.versionId = qint64(object.value(VersionKey).toDouble());
    link.modelId = qint64(object.value(ModelKey).toDouble());
    link.sourceHost = object.value(HostKey).toString();
    link.given = object.value(GivenKey).toString();
    link.sha256 = object.value(HashKey).toString().toLower();
    link.folder = object.value(FolderKey).toString();
    link.linkedAt = object.value(LinkedAtKey).toString();
    if (link.file.isEmpty() || link.versionId <= 0)
        return std::nullopt; // edited by hand into something that links nothing
    return link;
}

} // namespace

ManualLinks::ManualLinks(QString outputDir)
    : m_outputDir(std::move(outputDir))
{ }

QString ManualLinks::path() const
{
    return QDir(m_outputDir).filePath(fileName());
}

bool ManualLinks::load(QString *error)
{
    m_links.clear();
    if (!QFileInfo::exists(path()))
        return true;
    QString readError;
    const auto root = JsonFile::readObject(path(), &readError);
    if (!root) {
        if (error)
            //: %1 is the file, %2 why it cannot be read
            *error = tr("Cannot read the manual links in %1: %2").arg(path(), readError);
        return false;
    }
    const QJsonArray links = root->value(LinksKey).toArray();
    for (const QJsonValue &value : links) {
        if (const auto link = fromJson(value.toObject()))
            set(*link);
    }
    return true;
}

bool ManualLinks::save(QString *error) const
{
    QJsonArray links;
    for (const ManualLink &link : m_links)
        links.append(toJson(link));
    return JsonFile::write(path(), QJsonObject { { LinksKey, links } }, error);
}

const ManualLink *ManualLinks::find(const QString &path, const QString &sha256) const
{
    const auto byPath = std::find_if(m_links.cbegin(), m_links.cend(),
                                     [&path](const ManualLink &link) { return link.file == path; });
    if (byPath != m_links.cend())
        return &*byPath;
    if (sha256.isEmpty())
        return nullptr;
    const auto byHash = std::find_if(m_links.cbegin(), m_links.cend(), [&](const ManualLink &link) {
        return link.sha256 == sha256.toLower() && !QFileInfo::exists(link.file);
    });
    return byHash != m_links.cend() ? &*byHash : nullptr;
}

void ManualLinks::set(const ManualLink &link)
{
    const auto at = std::lower_bound(
        m_links.begin(), m_links.end(), link.file,
        [](const ManualLink &existing, const QString &file) { return existing.file < file; });
    if (at != m_links.end() && at->file == link.file)
        *at = link;
    else
        m_links.insert(at, link);
}

bool ManualLinks::remove(const QString &path)
{
    return m_links.removeIf([&path](const ManualLink &link) { return link.file == path; }) > 0;
}
