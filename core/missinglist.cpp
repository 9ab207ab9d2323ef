#include "core/missinglist.h"

#include "core/archivelayout.h"
#include "core/linetext.h"
#include "core/timestamps.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

const char Header[] = "# Files not found on Civitai\n"
                      "# Format: Timestamp | Status Code | Filename\n"
                      "# This file is automatically updated when the script runs\n"
                      "# A file is removed from this list when it becomes available again\n\n";

} // namespace

MissingList::MissingList(const QString &outputDir)
    : StateFile(ArchiveLayout(outputDir).missingList())
{ }

bool MissingList::read(QString *error)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            //: %1 is a file path, %2 the system's error message
            *error = tr("cannot read %1: %2").arg(path(), file.errorString());
        return false;
    }
    static const QRegularExpression status(QStringLiteral("^Status (\\d+)$"));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        // Only the line end goes: a name may begin or end with spaces.
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        line = line.mid(line.indexOf(trimmed.front()));
        // "timestamp | Status 404 | name": the name is everything after the second separator.
        const QStringList parts = line.split(QStringLiteral(" | "));
        Entry entry;
        entry.fileName = parts.constLast();
        if (parts.size() >= 3) {
            entry.timestamp = parts.at(0);
            const QRegularExpressionMatch match = status.match(parts.at(1));
            entry.status = match.hasMatch() ? match.captured(1).toInt() : 404;
            entry.fileName = parts.mid(2).join(QStringLiteral(" | "));
        }
        entry.fileName = LineText::unescape(entry.fileName);
        if (!contains(entry.fileName)) {
            m_names.insert(entry.fileName);
            m_entries.append(entry);
        }
    }
    return true;
}

bool MissingList::writePieces(const Sink &sink) const
{
    QList<Entry> sorted = m_entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Entry &a, const Entry &b) { return a.timestamp > b.timestamp; });
    QByteArray text(Header);
    for (const Entry &entry : std::as_const(sorted))
        text += QStringLiteral("%1 | Status %2 | %3\n") // one pass: names may hold "%1"
                    .arg(entry.timestamp, QString::number(entry.status),
                         LineText::escape(entry.fileName))
                    .toUtf8();
    return sink(text);
}

void MissingList::setUndecided(const QStringList &modelPaths)
{
    for (const QString &path : modelPaths) {
        const QString name = QFileInfo(path).fileName();
        if (contains(name))
            addNamesake(name, path);
    }
}

void MissingList::addNamesake(const QString &name, const QString &modelPath)
{
    QStringList &paths = m_maybeMissing[name];
    if (!paths.contains(modelPath))
        paths.append(modelPath);
}

void MissingList::markMissing(const QString &modelPath, int status)
{
    const QString name = QFileInfo(modelPath).fileName();
    addNamesake(name, modelPath);
    if (contains(name))
        return;
    m_names.insert(name);
    m_entries.append({ Timestamps::plainLocal(), status, name });
    setDirty();
}

void MissingList::markFound(const QString &modelPath)
{
    const QString name = QFileInfo(modelPath).fileName();
    const auto namesakes = m_maybeMissing.find(name);
    if (namesakes != m_maybeMissing.end()) {
        namesakes->removeOne(modelPath);
        if (!namesakes->isEmpty())
            return;
    }
    if (!m_names.remove(name))
        return;
    m_entries.removeIf([&](const Entry &entry) { return entry.fileName == name; });
    setDirty();
}

bool MissingList::contains(const QString &modelFileName) const
{
    return m_names.contains(modelFileName);
}
