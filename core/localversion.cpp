#include "core/localversion.h"

#include "core/archivedmodel.h"
#include "core/timestamps.h"

LocalVersion LocalVersion::of(const QJsonObject &version)
{
    return { qint64(version.value(QLatin1String("id")).toDouble()),
             version.value(QLatin1String("name")).toString(),
             publishedMsOf(version.value(QLatin1String("publishedAt")).toString(),
                           version.value(QLatin1String("createdAt")).toString()),
             version.value(ArchivedModel::SourceHostKey).toString() };
}

std::optional<qint64> LocalVersion::publishedMsOf(const QString &publishedAt,
                                                  const QString &createdAt)
{
    return Timestamps::utcMsecs(publishedAt.isEmpty() ? createdAt : publishedAt);
}
