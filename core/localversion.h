#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// What "is there a newer version?" needs of the archived version a model file is: kept for every
// file of a run, so a few fields, not the version's JSON.
struct LocalVersion
{
    qint64 id = 0;
    QString name;
    std::optional<qint64> publishedMs; // `publishedAt`, else `createdAt`; nullopt when unreadable
    QString sourceHost; // the API host that knew it, where recorded

    static LocalVersion of(const QJsonObject &version);
    // `publishedAt` or `createdAt` as Civitai writes it.
    static std::optional<qint64> publishedMsOf(const QString &publishedAt, const QString &createdAt);

    bool operator==(const LocalVersion &) const = default;
};
