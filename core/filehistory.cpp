#include "core/filehistory.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/runreport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString FilesKey = QStringLiteral("files");
const QString CivitaiKey = QStringLiteral("civitai");
const QString LastConfirmedKey = QStringLiteral("last_confirmed");
const QString RemovedValue = QStringLiteral("removed");
constexpr int FormatVersion = 1;
constexpr qint64 UnixEpochJulianDay = 2440588;

// Kept for every file: QString::toUtf8() keeps room for three bytes a character.
QByteArray exactUtf8(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.squeeze();
    return bytes;
}

QString isoDate(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)
                    : QString();
}

// A date as this file writes them, "2026-06-01T10:00:00Z" or a day "2026-06-01" (its start, in
// UTC), read by hand: QDateTime::fromString costs a time zone look-up (seconds for 100,000
// files), and reads a bare day as local midnight, the day before east of Greenwich.
qint64 secsOfText(const QString &text)
{
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    if (!day.isValid())
        return 0;
    const qint64 dayStart = (day.toJulianDay() - UnixEpochJulianDay) * 86400;
    if (text.size() == 10)
        return dayStart;
    const QTime time = QTime::fromString(text.mid(11, 8), Qt::ISODate);
    if (text.size() == 20 && text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('Z')
        && time.isValid())
        return dayStart + time.msecsSinceStartOfDay() / 1000;
    const QDateTime other = QDateTime::fromString(text, Qt::ISODate); // an offset, milliseconds
    return other.isValid() ? other.toSecsSinceEpoch() : 0;
}

// The same for a date's JSON value: the two forms this file writes are read from their digits,
// anything else as above.
qint64 secsOf(QByteArrayView value)
{
    QByteArray decoded;
    const QByteArrayView text = JsonStream::utf8(value, decoded);
    const auto number = [&text](qsizetype at, qsizetype digits) {
        int number = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            if (text.at(i) < '0' || text.at(i) > '9')
                return -1;
            number = number * 10 + (text.at(i) - '0');
        }
        return number;
    };
    const bool dayForm = text.size() >= 10 && text.at(4) == '-' && text.at(7) == '-';
    const bool timeForm = text.size() == 20 && dayForm && text.at(10) == 'T' && text.at(13) == ':'
        && text.at(16) == ':' && text.at(19) == 'Z';
    const QDate day = dayForm ? QDate(number(0, 4), number(5, 2), number(8, 2)) : QDate();
    if (day.isValid() && day.year() > 0 && (text.size() == 10 || timeForm)) {
        const qint64 dayStart = (day.toJulianDay() - UnixEpochJulianDay) * 86400;
        if (text.size() == 10)
            return dayStart;
        const int hour = number(11, 2);
        const int minute = number(14, 2);
        const int second = number(17, 2);
        if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60)
            return dayStart + hour * 3600 + minute * 60 + second;
    }
    return secsOfText(JsonStream::string(value));
}

// The last confirmation is kept to the day: a re-run the same day has nothing to write.
qint64 dayOf(qint64 secs)
{
    return secs - secs % 86400;
}

QString isoDay(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date().toString(Qt::ISODate)
                    : QString();
}

QString modeName(ModelMode::Mode mode)
{
    return mode == ModelMode::Mode::Normal ? QStringLiteral("normal") : ModelMode::key(mode);
}

} // namespace

FileHistory::FileHistory(const QString &outputDir)
    : StreamedJsonStateFile(QDir(outputDir).filePath(fileName()))
    , m_outputDir(outputDir)
{ }

QString FileHistory::fileName()
{
    return QStringLiteral("file_history.json");
}

bool FileHistory::note(FileReport &report, const QDateTime &nowUtc)
{
    if (report.status != FileReport::Status::Done || report.folder.isEmpty())
        return false;
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const auto [it, added] = m_entries.try_emplace(report.folder);
    Entry &entry = it->second;
    if (added) {
        entry.firstArchived = now;
        setDirty();
    }
    entry.seen = true;
    if (entry.path != report.path) { // new, or moved: the folder followed it
        entry.path = report.path;
        setDirty();
    }
    if (!std::exchange(entry.onDisk, true)) {
        addTransition(entry, now, QStringLiteral("back_on_disk"));
        setDirty();
    }
    const Sha256Digest sha256 = Sha256Digest::fromHex(report.sha256.toLatin1());
    const bool changed = !entry.sha256.isEmpty() && entry.sha256 != sha256 && !sha256.isEmpty();
    if (changed) {
        addTransition(
            entry, now, QStringLiteral("file_changed"),
            { { QStringLiteral("from_sha256"), QString::fromLatin1(entry.sha256.toHex()) },
              { QStringLiteral("to_sha256"), QString::fromLatin1(sha256.toHex()) } });
        // Another file in the same place: what Civitai said of the old one is not its story.
        const Entry fresh;
        entry.civitai = fresh.civitai;
        entry.lastConfirmed = fresh.lastConfirmed;
        entry.host.clear();
        entry.mode = fresh.mode;
        entry.newestVersionUrl.clear();
    }
    if (entry.sha256 != sha256 && !sha256.isEmpty()) {
        entry.sha256 = sha256;
        setDirty();
    }
    const bool removedNow = noteCivitai(entry, report, now, !changed);
    report.removedSince
        = entry.civitai == OnCivitai::Removed ? isoDay(entry.lastConfirmed) : QString();
    return removedNow;
}

bool FileHistory::noteCivitai(Entry &entry, const FileReport &report, qint64 now, bool askArchive)
{
    switch (report.civitai) {
    case FileReport::Civitai::NotChecked:
        return false;
    case FileReport::Civitai::Archived:
    case FileReport::Civitai::UpToDate:
        noteFound(entry, report, now);
        return false;
    case FileReport::Civitai::NotFound:
        break;
    }
    if (entry.civitai == OnCivitai::NeverFound && askArchive) {
        // An archive older than its history: an archived version says the file was found then.
        entry.lastConfirmed = dayOf(archivedVersionDate(report.folder));
        if (entry.lastConfirmed > 0)
            entry.civitai = OnCivitai::Found;
    }
    if (entry.civitai != OnCivitai::Found)
        return false;
    entry.civitai = OnCivitai::Removed;
    addTransition(entry, now, QStringLiteral("removed_from_civitai"));
    setDirty();
    return true;
}

void FileHistory::noteFound(Entry &entry, const FileReport &report, qint64 now)
{
    const bool knownBefore = entry.civitai != OnCivitai::NeverFound;
    bool changed = entry.civitai != OnCivitai::Found || entry.lastConfirmed != dayOf(now)
        || entry.host != report.sourceHost;
    if (entry.civitai == OnCivitai::Removed)
        addTransition(entry, now, QStringLiteral("found_again"));
    entry.civitai = OnCivitai::Found;
    entry.lastConfirmed = dayOf(now);
    entry.host = interned(report.sourceHost);
    if (entry.mode != report.modelMode) {
        if (knownBefore)
            addTransition(entry, now, QStringLiteral("model_mode"),
                          { { QStringLiteral("from"), modeName(entry.mode) },
                            { QStringLiteral("to"), modeName(report.modelMode) } });
        entry.mode = report.modelMode;
        changed = true;
    }
    const QByteArray newest
        = report.updateAvailable ? exactUtf8(report.newerVersionUrl) : QByteArray();
    if (entry.newestVersionUrl != newest) {
        if (knownBefore && !newest.isEmpty())
            addTransition(entry, now, QStringLiteral("newer_version"),
                          { { QStringLiteral("version"), report.newerVersion },
                            { QStringLiteral("url"), report.newerVersionUrl } });
        entry.newestVersionUrl = newest;
        changed = true;
    }
    if (changed)
        setDirty();
}

void FileHistory::noteGoneFiles(const QDateTime &nowUtc)
{
    const qint64 now = nowUtc.toSecsSinceEpoch();
    for (auto &[folder, entry] : m_entries) {
        if (entry.seen || !entry.onDisk || entry.path.isEmpty())
            continue;
        const QFileInfo file(entry.path);
        if (file.exists() || !file.dir().exists())
            continue;
        entry.onDisk = false;
        addTransition(entry, now, QStringLiteral("gone_from_disk"));
        setDirty();
    }
}

void FileHistory::addTransition(Entry &entry, qint64 now, const QString &change,
                                const QJsonObject &details)
{
    QJsonArray transitions = QJsonDocument::fromJson(entry.transitions).array();
    QJsonObject transition = details;
    transition.insert(QStringLiteral("date"), isoDate(now));
    transition.insert(QStringLiteral("change"), change);
    transitions.append(transition);
    entry.transitions = QJsonDocument(transitions).toJson(QJsonDocument::Compact);
}

// When the archived version was written: the closest the archive knows to "last confirmed".
qint64 FileHistory::archivedVersionDate(const QString &folder) const
{
    const QString versionFile = ModelFolder(m_outputDir, folder).versionFile();
    const auto version = JsonFile::readObject(versionFile);
    if (!version || !version->value(QLatin1String("id")).isDouble())
        return 0;
    return QFileInfo(versionFile).lastModified().toSecsSinceEpoch();
}

QString FileHistory::interned(const QString &host)
{
    return host.isEmpty() ? QString() : m_hosts.shared(host);
}

QJsonObject FileHistory::entry(const QString &folder) const
{
    const auto found = m_entries.find(folder);
    return found != m_entries.cend() ? toJson(found->second) : QJsonObject();
}

QJsonObject FileHistory::entryForPath(const QString &modelPath) const
{
    for (const auto &[folder, entry] : m_entries) {
        if (entry.path == modelPath)
            return toJson(entry);
    }
    return {};
}

bool FileHistory::saveChanges(QString *error)
{
    return m_unreadable || !isDirty() || save(error);
}

QByteArray FileHistory::galleryStamp(const QString &folder) const
{
    const auto found = m_entries.find(folder);
    if (found == m_entries.cend())
        return {};
    const Entry &entry = found->second;
    const qint64 removedSince = entry.civitai == OnCivitai::Removed ? entry.lastConfirmed : 0;
    return "history:" + QByteArray::number(entry.firstArchived) + '\0'
        + QByteArray::number(removedSince) + '\0' + entry.transitions + '\n';
}

QString FileHistory::removedSince(const QJsonObject &entry)
{
    return entry.value(CivitaiKey).toString() == RemovedValue
        ? entry.value(LastConfirmedKey).toString()
        : QString();
}

QHash<QString, QString> FileHistory::removedFiles(const QString &outputDir)
{
    QHash<QString, QString> removed;
    StateFileBytes file(QDir(outputDir).filePath(fileName()));
    if (!file.open(nullptr))
        return removed;
    QString host;
    // In one pass that gives the file's pages back as it goes: at 100,000 files it is 40 MB,
    // read at the end of every run of the window.
    const bool read = JsonStream::readObjectOf(
        file.bytes(), FilesKey.toLatin1(), [&](QByteArrayView folder, QByteArrayView text) {
            file.forgetBefore(text.data());
            const Entry entry = fromText(text, host);
            if (entry.civitai == OnCivitai::Removed)
                removed.insert(QString::fromUtf8(folder), isoDay(entry.lastConfirmed));
        });
    if (!read)
        removed.clear(); // as load() would have it: a damaged history says nothing
    return removed;
}

QJsonObject FileHistory::toJson(const Entry &entry)
{
    static const QStringList civitaiNames { QStringLiteral("never_found"), QStringLiteral("found"),
                                            RemovedValue };
    QJsonObject object { { QStringLiteral("path"), entry.path },
                         { QStringLiteral("sha256"), QString::fromLatin1(entry.sha256.toHex()) },
                         { QStringLiteral("first_archived"), isoDate(entry.firstArchived) },
                         { CivitaiKey, civitaiNames.at(int(entry.civitai)) } };
    if (entry.lastConfirmed > 0)
        object.insert(LastConfirmedKey, isoDay(entry.lastConfirmed));
    if (!entry.host.isEmpty())
        object.insert(QStringLiteral("last_confirmed_host"), entry.host);
    if (entry.mode != ModelMode::Mode::Normal)
        object.insert(QStringLiteral("model_mode"), ModelMode::key(entry.mode));
    if (!entry.newestVersionUrl.isEmpty())
        object.insert(QStringLiteral("newest_version_url"),
                      QString::fromUtf8(entry.newestVersionUrl));
    if (!entry.onDisk)
        object.insert(QStringLiteral("on_disk"), false);
    object.insert(QStringLiteral("transitions"),
                  QJsonDocument::fromJson(entry.transitions).array());
    return object;
}

// One entry's text, read field by field; one that is not a valid object is an empty entry, as
// its JSON document would have been.
FileHistory::Entry FileHistory::fromText(QByteArrayView text, QString &host)
{
    Entry entry;
    QByteArray decoded;
    const bool read = JsonStream::readObject(text, [&](QByteArrayView key, QByteArrayView value) {
        if (key == "path") {
            entry.path = JsonStream::string(value);
        } else if (key == "sha256") {
            entry.sha256 = Sha256Digest::fromHex(JsonStream::latin1(value, decoded));
        } else if (key == "first_archived") {
            entry.firstArchived = secsOf(value);
        } else if (key == "last_confirmed") {
            entry.lastConfirmed = secsOf(value);
        } else if (key == "last_confirmed_host") {
            host = JsonStream::string(value);
        } else if (key == "civitai") {
            const QByteArrayView civitai = JsonStream::utf8(value, decoded);
            entry.civitai = civitai == "removed" ? OnCivitai::Removed
                : civitai == "found"             ? OnCivitai::Found
                                                 : OnCivitai::NeverFound;
        } else if (key == "model_mode") {
            entry.mode = ModelMode::fromKey(JsonStream::string(value));
        } else if (key == "newest_version_url") {
            entry.newestVersionUrl = JsonStream::utf8(value, decoded).toByteArray(); // exact
        } else if (key == "on_disk") {
            entry.onDisk = JsonStream::boolean(value).value_or(true);
        } else if (key == "transitions") {
            const QJsonArray transitions
                = value == "[]" ? QJsonArray() : JsonStream::parse(value).toArray();
            entry.transitions = transitions.isEmpty()
                ? QByteArray()
                : QJsonDocument(transitions).toJson(QJsonDocument::Compact);
        }
    });
    if (read)
        return entry;
    host.clear();
    return {};
}

bool FileHistory::readMember(const QString &key, QByteArrayView value, QString *error)
{
    if (key != FilesKey || !value.startsWith('{'))
        return true;
    m_filesRead = true;
    // At most an entry a brace: growing to 100,000 would hash every folder many times.
    m_entries.reserve(m_entries.size() + StateFileBytes::count(value, '{'));
    return JsonStream::forEachMember(
        value, [this](const QString &folder, QByteArrayView entry) { insert(folder, entry); },
        error);
}

bool FileHistory::membersRead(QString *error)
{
    if (std::exchange(m_filesRead, false))
        return true;
    if (error)
        //: %1 is a file path
        *error = tr("%1 is not a file history: it is left as it is").arg(path());
    return false;
}

void FileHistory::insert(const QString &folder, QByteArrayView text)
{
    QString host;
    Entry entry = fromText(text, host);
    entry.path = shared(entry.path);
    entry.host = interned(host);
    m_entries.emplace(shared(folder), std::move(entry));
}

// One file a line, its entry compact: readable, easy to search, and 100,000 entries are written
// from the structs directly, without a JSON document of each.
bool FileHistory::writePieces(const Sink &sink) const
{
    QStringList folders;
    folders.reserve(qsizetype(m_entries.size()));
    for (const auto &[folder, entry] : m_entries)
        folders.append(folder);
    folders.sort();
    if (!sink("{\n    \"version\": " + QByteArray::number(FormatVersion) + ",\n    \"files\": {"))
        return false;
    QByteArray line;
    for (const QString &folder : std::as_const(folders)) {
        line = &folder == &folders.constFirst() ? "\n        " : ",\n        ";
        appendLine(line, folder, m_entries.find(folder)->second);
        if (!sink(line))
            return false;
    }
    return sink(folders.isEmpty() ? "}\n}\n" : "\n    }\n}\n");
}

void FileHistory::appendLine(QByteArray &text, const QString &folder, const Entry &entry)
{
    static const char *const civitaiNames[] = { "never_found", "found", "removed" };
    const auto string = [&text](const QString &value) {
        appendString(text, value.toUtf8());
    };
    string(folder);
    text += ": {\"path\": ";
    string(entry.path);
    text += ", \"sha256\": \"" + entry.sha256.toHex() + "\", \"first_archived\": ";
    string(isoDate(entry.firstArchived));
    text += ", \"civitai\": \"" + QByteArray(civitaiNames[int(entry.civitai)]) + '"';
    if (entry.lastConfirmed > 0)
        text += ", \"last_confirmed\": \"" + isoDay(entry.lastConfirmed).toLatin1() + '"';
    if (!entry.host.isEmpty()) {
        text += ", \"last_confirmed_host\": ";
        string(entry.host);
    }
    if (entry.mode != ModelMode::Mode::Normal)
        text += ", \"model_mode\": \"" + ModelMode::key(entry.mode).toLatin1() + '"';
    if (!entry.newestVersionUrl.isEmpty()) {
        text += ", \"newest_version_url\": ";
        appendString(text, entry.newestVersionUrl);
    }
    if (!entry.onDisk)
        text += ", \"on_disk\": false";
    text += ", \"transitions\": " + (entry.transitions.isEmpty() ? "[]" : entry.transitions) + '}';
}

// A JSON string of UTF-8 `value`: quotes, backslashes and control characters escaped.
void FileHistory::appendString(QByteArray &text, const QByteArray &value)
{
    text += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\') {
            text += '\\';
            text += c;
        } else if (uchar(c) < 0x20) {
            text += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        } else {
            text += c;
        }
    }
    text += '"';
}
