#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <variant>

// What a user means by "this file is that Civitai version": a model-version id, or a model (its
// latest version), as written on Civitai's pages.
struct CivitaiLinkTarget
{
    qint64 modelId = 0; // 0: not said (a version id or a download link)
    qint64 versionId = 0; // 0: the model's latest version
    QUrl site; // the site the address names (scheme and host), empty for a bare id
};

// Reads what a user pasted to link a file by hand, strictly: a version id ("456"), or an address
// on civitai.com or civitai.red (or one of the configured API hosts):
//   /models/123, /models/123/name, /models/123?modelVersionId=456, /api/download/models/456,
//   /api/v1/model-versions/456, /api/v1/models/123.
// Anything else (another site, user names or passwords in the address, odd ports, ids that are
// no plain positive numbers, unknown paths) is refused with a sentence saying why.
class CivitaiUrl final
{
    Q_DECLARE_TR_FUNCTIONS(CivitaiUrl)

public:
    // `apiBases`: the run's API hosts, accepted besides Civitai's own sites.
    static std::variant<CivitaiLinkTarget, QString> parse(const QString &text,
                                                          const QList<QUrl> &apiBases);

    // Civitai's ids are JavaScript numbers: at most 2^53.
    static constexpr qint64 MaxId = qint64(1) << 53;
    static constexpr qsizetype MaxLength = 2048;

private:
    static qint64 parseId(const QString &text);
    static bool isAcceptedHost(const QUrl &url, const QList<QUrl> &apiBases);
};
