#pragma once

#include <QList>
#include <QString>

// The files of one folder with their sizes and modification times, in one pass: on Unix each is
// looked up relative to the open folder (fstatat), not by its whole path again, which is most of
// the cost of checking 100,000 archive folders.
namespace FolderListing {

struct File
{
    QString name;
    qint64 size = 0;
    qint64 modifiedMs = 0; // since the epoch, as QFileInfo::lastModified() gives it
};

// What QDir(folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name) lists: files and links
// to files (followed), hidden ones too, sorted by name; nothing when the folder cannot be read.
QList<File> files(const QString &folder);

} // namespace FolderListing
