#pragma once

#include <QString>
#include <QStringList>

// The folders in a folder by name, in one pass over it: on Unix the kind of each entry comes with
// its name, where QDir looks up every one again (100,000 model folders in the archive).
namespace FolderListing {

// What QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name) lists: folders and
// links to folders (followed), not hidden ones, sorted by name; nothing when it cannot be read.
QStringList folders(const QString &folder);

} // namespace FolderListing
