#include "core/foldernames.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

constexpr qsizetype MaxBaseNameBytes
    = 180; // leaves room for ModelFolder's longest suffix under 255

bool isWordCharacter(char32_t c)
{
    // Python's \w: letters and numbers of any script, and '_'. Marks (Mn/Mc) are not included.
    return c == U'_' || QChar::isLetterOrNumber(c);
}

// Folder names are compared case-insensitively: macOS and Windows file systems do.
QString folded(const QString &folder)
{
    return folder.toCaseFolded();
}

} // namespace

QString FolderNames::sanitize(const QString &stem)
{
    QString sanitized;
    sanitized.reserve(stem.size());
    const QList<uint> codePoints = stem.toUcs4();
    for (const uint c : codePoints) {
        if (c == U'-' || isWordCharacter(c))
            sanitized.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        else
            sanitized.append(QLatin1Char('_'));
    }

    // strip('._') happens before the collapse, as in the Python tool.
    qsizetype begin = 0;
    qsizetype end = sanitized.size();
    while (begin < end && sanitized.at(begin) == QLatin1Char('_'))
        ++begin;
    while (end > begin && sanitized.at(end - 1) == QLatin1Char('_'))
        --end;
    sanitized = sanitized.mid(begin, end - begin);

    static const QRegularExpression underscoreRuns(QStringLiteral("_+"));
    sanitized.replace(underscoreRuns, QStringLiteral("_"));
    return sanitized;
}

QString FolderNames::baseName(const QString &stem)
{
    QString name = sanitize(stem);
    if (name.isEmpty())
        return QStringLiteral("unnamed_model");

    static const QRegularExpression windowsDevice(
        QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    if (windowsDevice.match(name).hasMatch())
        name.append(QLatin1Char('_'));

    while (name.toUtf8().size() > MaxBaseNameBytes)
        name.chop(name.size() >= 2 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    return name;
}

FolderNames::FolderNames(QString outputDir, QHash<QString, QString> assigned)
    : m_outputDir(std::move(outputDir))
    , m_assigned(std::move(assigned))
{
    for (const QString &folder : std::as_const(m_assigned))
        m_taken.insert(folded(folder));
}

QString FolderNames::folderFor(const QString &sourcePath)
{
    const auto known = m_assigned.constFind(sourcePath);
    if (known != m_assigned.constEnd())
        return known.value();

    const QFileInfo source(sourcePath);
    const QString base = baseName(source.completeBaseName());
    QString folder = base;
    for (int n = 2; !isFreeFor(folder, source.fileName()); ++n)
        folder = base + QLatin1Char('_') + QString::number(n);

    m_assigned.insert(sourcePath, folder);
    m_taken.insert(folded(folder));
    return folder;
}

bool FolderNames::isFreeFor(const QString &folder, const QString &fileName) const
{
    if (m_taken.contains(folded(folder)))
        return false;
    const ModelFolder archive(m_outputDir, folder);
    if (!QFileInfo::exists(archive.path()))
        return true;
    // A folder from an earlier run we have no record of (the Python tool kept none): it is ours
    // when its hash file names this file, or when it has no hash file to say otherwise.
    const QString hashFile = archive.hashFile();
    if (!QFileInfo::exists(hashFile))
        return true;
    const auto hash = JsonFile::readObject(hashFile);
    return hash && hash->value(QLatin1String("filename")).toString() == fileName;
}
