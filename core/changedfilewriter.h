#pragma once

#include <QByteArrayView>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

// Writes a file atomically from pieces (JsonFile::write's promise), only when the bytes differ
// from the file already there: the pieces are compared with it as they come, so a file of tens
// of megabytes (the gallery's index) is neither built in memory nor read whole to be compared.
// Once a piece differs, the bytes that matched are copied from the old file into the new one.
class ChangedFileWriter final
{
public:
    explicit ChangedFileWriter(QString path);
    ~ChangedFileWriter();

    // False (with `error` set) when the new file cannot be written; nothing changes on disk then.
    bool append(QByteArrayView bytes, QString *error = nullptr);
    // Commits the new file if it differs from the old; false (with `error` set) if that failed.
    bool finish(QString *error = nullptr);

private:
    bool diverge(QString *error);

    QString m_path;
    QFile m_old;
    qint64 m_oldSize = 0;
    qint64 m_matched = 0; // bytes of the old file the pieces repeated so far
    std::unique_ptr<QSaveFile> m_new; // once the bytes differ
};
