#include "jsonfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonParseError>
#include <QSaveFile>

namespace JsonFile {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool holdsBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.size() == bytes.size() && file.open(QIODevice::ReadOnly) && file.readAll() == bytes;
}

} // namespace

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (holdsBytes(path, bytes))
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path, %2 the system's error message
        setError(error,
                 QCoreApplication::translate("JsonFile", "cannot write %1: %2")
                     .arg(path, file.errorString()));
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file path, %2 the system's error message
        setError(error,
                 QCoreApplication::translate("JsonFile", "cannot write %1: %2")
                     .arg(path, file.errorString()));
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

std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's error message
        setError(error,
                 QCoreApplication::translate("JsonFile", "cannot read %1: %2")
                     .arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        //: %1 is a file path, %2 the JSON parser's error message
        setError(error,
                 QCoreApplication::translate("JsonFile", "%1 is not a JSON object: %2")
                     .arg(path, parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

} // namespace JsonFile
