#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A whole file's bytes, or nothing when it cannot be read: tests compare archive files byte for
// byte.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
