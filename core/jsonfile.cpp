#include "core/jsonfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>
#include <QSaveFile>
#include <QScopeGuard>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace JsonFile {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Compared a chunk at a time: a file of tens of megabytes (the gallery's index, the hash cache)
// is not read into memory whole beside the bytes about to replace it.
bool holdsBytes(const QString &path, const QByteArray &bytes)
{
    constexpr qint64 ChunkSize = 1024 * 1024;
    QFile file(path);
    if (file.size() != bytes.size() || !file.open(QIODevice::ReadOnly))
        return false;
    for (qint64 offset = 0; offset < bytes.size(); offset += ChunkSize) {
        // Asked for no more than is left: read(N) allocates N bytes, for a file of a few KB too.
        const QByteArray chunk = file.read(qMin(ChunkSize, bytes.size() - offset));
        if (chunk.isEmpty() || chunk != QByteArrayView(bytes).sliced(offset, chunk.size()))
            return false;
    }
    return file.atEnd();
}

} // namespace

QString writeError(const QString &path, const QString &reason)
{
    //: %1 is a file path, %2 the system's error message
    return QCoreApplication::translate("JsonFile", "cannot write %1: %2").arg(path, reason);
}

bool writeAll(QFileDevice &file, QByteArrayView bytes, QString *error)
{
    // QFile reports a short write (the disk filled up midway) without a reason: the next write
    // of the rest fails with it.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 result = file.write(bytes.constData() + written, bytes.size() - written);
        if (result <= 0) {
            setError(error, file.errorString());
            return false;
        }
        written += result;
    }
    return true;
}

bool flushToDisk(QFileDevice &file, QString *error)
{
    // Qt 6.4's QSaveFile::commit() and QFile::close() drop the error of their final flush and
    // sync: a full disk would leave an empty file that looks written.
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        setError(error, file.errorString());
        return false;
    }
#ifdef Q_OS_WIN
    if (!FlushFileBuffers(HANDLE(_get_osfhandle(file.handle())))) {
        setError(error, qt_error_string(int(GetLastError())));
        return false;
    }
#else
    if (::fsync(file.handle()) != 0) {
        setError(error, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
#endif
    return true;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (holdsBytes(path, bytes))
        return true;
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, writeError(path, file.errorString()));
        return false;
    }
    if (!writeAll(file, bytes, &reason) || !flushToDisk(file, &reason)) {
        file.cancelWriting(); // the old file stays as it was
        setError(error, writeError(path, reason));
        return false;
    }
    if (!file.commit()) {
        setError(error, writeError(path, file.errorString()));
        return false;
    }
    return true;
}

bool write(const QString &path, const QJsonObject &object, QString *error)
{
    return write(path, format(object), error);
}

QByteArray format(const QJsonObject &object)
{
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (bytes.endsWith('\n'))
        bytes.chop(1); // json.dump writes no final newline
    return bytes;
}

namespace {

// Stands for a streamed member's elements in the skeleton; never a path or a key of ours.
QString marker(qsizetype index)
{
    return QChar(1) + QStringLiteral("cdm-members") + QString::number(index) + QChar(1);
}

// A value's text as format() writes it `indent` bytes in: an object or array over several lines.
QByteArray valueText(const QJsonValue &value, const QByteArray &indent)
{
    QByteArray text;
    if (value.isObject() || value.isArray()) {
        text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        text.chop(1); // its final newline
        text.replace('\n', '\n' + indent);
    } else {
        text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2); // [value]
    }
    return text;
}

// The elements (or members) of `streamed` as they follow each other `indent` bytes in.
bool writeElements(const StreamedMember &streamed, const QByteArray &indent, const Sink &sink)
{
    const QByteArray separator = ",\n" + indent;
    for (qsizetype i = 0; i < streamed.count; ++i) {
        QByteArray text;
        if (streamed.member) {
            const auto [name, value] = streamed.member(i);
            text = valueText(name, indent) + ": " + valueText(value, indent);
        } else {
            text = valueText(streamed.element(i), indent);
        }
        if ((i > 0 && !sink(separator)) || !sink(text))
            return false;
    }
    return true;
}

} // namespace

bool writeWithMembers(const Sink &sink, QJsonObject root, const QList<StreamedMember> &streamed)
{
    struct Hole
    {
        qsizetype at = 0; // in the skeleton
        qsizetype size = 0;
        const StreamedMember *member = nullptr;
    };
    QList<Hole> holes;
    QList<QByteArray> markerTexts;
    for (qsizetype i = 0; i < streamed.size(); ++i) {
        const StreamedMember &member = streamed.at(i);
        const QString text = marker(i);
        if (member.count == 0) {
            root.insert(member.key,
                        member.member ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray()));
        } else if (member.member) {
            root.insert(member.key, QJsonObject { { text, 0 } });
            markerTexts.append(valueText(text, {}) + ": 0");
            holes.append({ 0, 0, &member });
        } else {
            root.insert(member.key, QJsonArray { text });
            markerTexts.append(valueText(text, {}));
            holes.append({ 0, 0, &member });
        }
    }
    const QByteArray skeleton = format(root);
    for (qsizetype i = 0; i < holes.size(); ++i) {
        holes[i].at = skeleton.indexOf(markerTexts.at(i));
        holes[i].size = markerTexts.at(i).size();
    }
    std::sort(holes.begin(), holes.end(), [](const Hole &a, const Hole &b) { return a.at < b.at; });
    qsizetype written = 0;
    for (const Hole &hole : std::as_const(holes)) {
        const QByteArray indent(hole.at - (skeleton.lastIndexOf('\n', hole.at) + 1), ' ');
        if (!sink(QByteArrayView(skeleton).sliced(written, hole.at - written))
            || !writeElements(*hole.member, indent, sink))
            return false;
        written = hole.at + hole.size;
    }
    return sink(QByteArrayView(skeleton).sliced(written));
}

bool writeWithArray(const Sink &sink, QJsonObject root, const QString &key, qsizetype count,
                    const std::function<QJsonValue(qsizetype)> &element)
{
    return writeWithMembers(sink, std::move(root), { { key, count, element, {} } });
}

bool writeWithObject(const Sink &sink, QJsonObject root, const QString &key, qsizetype count,
                     const std::function<std::pair<QString, QJsonValue>(qsizetype)> &member)
{
    return writeWithMembers(sink, std::move(root), { { key, count, {}, member } });
}

namespace {

std::optional<QByteArray> cannotRead(const QString &path, const QString &reason, QString *error)
{
    //: %1 is a file path, %2 the system's error message
    setError(error,
             QCoreApplication::translate("JsonFile", "cannot read %1: %2").arg(path, reason));
    return std::nullopt;
}

} // namespace

#ifndef Q_OS_WIN
// Four system calls (open, fstat, one read, close) where QFile makes nine: an unchanged re-run
// reads a small file for each of 100,000 model files, and in a virtual machine each call counts.
std::optional<QByteArray> readBytes(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return cannotRead(path, qt_error_string(errno), error);
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    struct stat status;
    if (::fstat(fd, &status) != 0)
        return cannotRead(path, qt_error_string(errno), error);
    // One byte more than its size: a regular file read short is read to its end.
    QByteArray bytes(qsizetype(status.st_size) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        const ssize_t got = ::read(fd, bytes.data() + filled, size_t(bytes.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return cannotRead(path, qt_error_string(errno), error);
        filled += got;
        if (got == 0 || (S_ISREG(status.st_mode) && filled < bytes.size()))
            break;
        if (filled == bytes.size()) // it grew meanwhile, or is not a regular file
            bytes.resize(bytes.size() * 2);
    }
    bytes.truncate(filled);
    return bytes;
}
#else
std::optional<QByteArray> readBytes(const QString &path, QString *error)
{
    QFile file(path);
    // Unbuffered: the file is read whole at its size, and a buffer costs a 16 KB allocation for
    // each of the many small files an unchanged re-run checks.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return cannotRead(path, file.errorString(), error);
    QByteArray bytes = file.read(file.size());
    if (bytes.size() == file.size() && file.atEnd())
        return bytes;
    bytes += file.readAll(); // it grew meanwhile, or is not a regular file
    if (file.error() == QFileDevice::NoError)
        return bytes;
    return cannotRead(path, file.errorString(), error);
}
#endif

QString notAnObjectError(const QString &path, const QString &reason)
{
    //: %1 is a file path, %2 the JSON parser's error message
    return QCoreApplication::translate("JsonFile", "%1 is not a JSON object: %2").arg(path, reason);
}

std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = readBytes(path, error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject()) {
        setError(error, notAnObjectError(path, parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

} // namespace JsonFile
