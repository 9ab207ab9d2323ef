#pragma once

#include "core/archivedmodel.h"

#include <QCoreApplication>
#include <QString>

// The gallery's CivArchive parts of a model page (HTML, every value escaped): the label saying
// its data came from CivArchive, and "Where this file still exists", the copies it listed.
class CivArchiveSection final
{
    Q_DECLARE_TR_FUNCTIONS(CivArchiveSection)

public:
    static QString sourceBadge(const ArchivedModel &model);
    static QString copies(const ArchivedModel &model);
    // A copy's address: CivArchive's relative paths are on https://civarchive.com; only
    // http(s) addresses, else empty.
    static QString copyLink(const QString &url);
};
