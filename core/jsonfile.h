#pragma once

#include <QByteArrayView>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// Whole-file reads and atomic writes. Every archive file goes through here (or QSaveFile
// directly), so a crash, Ctrl-C or full disk leaves the previous version intact.
namespace JsonFile {

// Writes atomically; skips the write when the file already holds exactly these bytes, so an
// unchanged re-run does not churn the archive (or its modification times).
bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
bool write(const QString &path, const QJsonObject &object, QString *error = nullptr);

// "cannot write PATH: REASON", the message of every failed write of an archive file.
QString writeError(const QString &path, const QString &reason);

// Writes all of `bytes`, or fails with the system's reason (a short write alone has none).
bool writeAll(QFileDevice &file, QByteArrayView bytes, QString *error = nullptr);

// Writes what Qt still buffers and syncs it to the disk; false (with the system's reason) when
// the disk is full or failing. Call before QSaveFile::commit() or renaming a finished file.
bool flushToDisk(QFileDevice &file, QString *error = nullptr);

// The Python tool's layout: json.dump(indent=4).
QByteArray format(const QJsonObject &object);

// format(root) with members written a piece at a time: each streamed member is an array of
// `count` elements made one at a time by `element`, or (with `member` instead) an object of
// `count` members given in key order. Handed to `sink` a piece at a time: a state file of 100,000
// entries is written from its text alone, never whole, and without a JSON document of every entry
// beside it. False when the sink failed.
using Sink = std::function<bool(QByteArrayView)>;
struct StreamedMember
{
    QString key;
    qsizetype count = 0;
    std::function<QJsonValue(qsizetype)> element;
    std::function<std::pair<QString, QJsonValue>(qsizetype)> member;
};
bool writeWithMembers(const Sink &sink, QJsonObject root, const QList<StreamedMember> &streamed);
bool writeWithArray(const Sink &sink, QJsonObject root, const QString &key, qsizetype count,
                    const std::function<QJsonValue(qsizetype)> &element);
bool writeWithObject(const Sink &sink, QJsonObject root, const QString &key, qsizetype count,
                     const std::function<std::pair<QString, QJsonValue>(qsizetype)> &member);

// nullopt when the file is missing, unreadable or not a JSON object (with `error` set).
std::optional<QJsonObject> readObject(const QString &path, QString *error = nullptr);
// The file's bytes, read in one piece of its size (readAll() grows a buffer of up to twice it);
// nullopt when it cannot be read (with `error` set).
std::optional<QByteArray> readBytes(const QString &path, QString *error = nullptr);
// The message for a file that is not the JSON object it should be; `reason` says where.
QString notAnObjectError(const QString &path, const QString &reason);

} // namespace JsonFile
