#pragma once

#include "core/modelanswer.h"
#include "core/requestqueue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

// What Civitai said about one thing. Only Civitai's own "not found" answer of the route asked
// (`{"error":"Model not found"}`...) means "not there"; anything else that is not a good answer (network down, 5xx, 429 after retries, a
// Cloudflare HTML page, malformed JSON) is a Failure: retried next run, never taken as missing.
struct CivitaiResult
{
    enum class Kind
    {
        Found,
        NotFound,
        Failed
    };

    Kind kind = Kind::Failed;
    QJsonObject object;
    int status = 0;
    QString error;

    bool found() const { return kind == Kind::Found; }
};

// POST /model-versions/by-hash/ids: which hashes the host knows, without their data.
struct TriageResult
{
    struct Known
    {
        qint64 versionId = 0;
        qint64 modelId = 0; // 0: the server did not say (before 2026-07)
    };
    bool supported = true; // false: no such route here; fetch the versions instead
    QString error; // nothing can be concluded, for any of the hashes
    QHash<QString, Known> known; // lower-case SHA-256; a hash not listed is unknown to the host
};

// GET /models?ids=...: the models the host returned; an id left out may be filtered (the
// safe-for-work host) or gone: ask for it alone.
struct ModelsResult
{
    bool supported = true;
    QString error;
    QHash<qint64, ModelAnswer> models;
};

struct BatchLookupResult
{
    bool supported = true; // false: the server refused batches; look the hashes up one by one
    QString error; // the whole batch failed (network...); nothing can be concluded
    QHash<QString, QJsonObject> versions; // lower-case SHA-256 -> model-version object
};

// The Civitai REST API, in the calls the archive needs. All requests go through the RequestQueue.
class CivitaiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CivitaiClient)

public:
    static constexpr int BatchLimit = 100; // POST /model-versions/by-hash takes at most 100 hashes
    static constexpr int TriageLimit = 10000; // POST /model-versions/by-hash/ids
    static constexpr int ModelBatchLimit = 100; // GET /models?ids=...&limit=100

    CivitaiClient(RequestQueue *queue, const QUrl &apiBase, QObject *parent = nullptr);

    const QUrl &apiBase() const { return m_apiBase; }

    void lookupVersions(const QStringList &sha256s, QObject *context,
                        std::function<void(const BatchLookupResult &)> done);
    void triageHashes(const QStringList &sha256s, QObject *context,
                      std::function<void(const TriageResult &)> done);
    // Asked with nsfw=true: without it Civitai leaves mature models out.
    void fetchModels(const QList<qint64> &modelIds, QObject *context,
                     std::function<void(const ModelsResult &)> done);
    void lookupVersion(const QString &sha256, QObject *context,
                       std::function<void(const CivitaiResult &)> done);
    void fetchModel(qint64 modelId, QObject *context,
                    std::function<void(const CivitaiResult &)> done);
    // GET /model-versions/{id}: a version linked by hand, asked for by its id.
    void fetchVersion(qint64 versionId, QObject *context,
                      std::function<void(const CivitaiResult &)> done);
    // Streams `url` into `partPath`, refused beyond `maxBytes`; the caller checks what it is and
    // renames it.
    void download(const QUrl &url, const QString &partPath, qint64 maxBytes, QObject *context,
                  std::function<void(const NetworkResponse &)> done);

    // The CDN serves thumbnails at /width=N/; the full-size image is at /original=true/.
    static QUrl fullSizeImageUrl(const QUrl &url);
    // Some old original=true links are gone while a resized one still works.
    static QUrl resizedImageUrl(const QUrl &url, int width = 1024);

    // A by-hash lookup's answer: a version, Civitai's "not found", or a failure.
    static CivitaiResult parseVersionResponse(const NetworkResponse &response);
    // GET /models/{modelId}: found only when it is that model.
    static CivitaiResult parseModelResponse(const NetworkResponse &response, qint64 modelId);
    // GET /model-versions/{id}: found only when it is that version.
    static CivitaiResult parseVersionByIdResponse(const NetworkResponse &response,
                                                  qint64 versionId);
    static TriageResult parseTriageResponse(const NetworkResponse &response);
    static ModelsResult parseModelsResponse(const NetworkResponse &response);
    static BatchLookupResult parseBatchResponse(const NetworkResponse &response,
                                                const QStringList &sha256s);
    // Why `version` cannot be archived (ids that are no positive numbers, fields of the wrong
    // type), or empty when it can.
    static QString versionProblem(const QJsonObject &version);
    static QString modelProblem(const QJsonObject &model, qint64 modelId);
    // Whether modelProblem() looks at the model's member `key`: a model read from its text is
    // checked with those members alone.
    static bool isCheckedModelField(QByteArrayView key);

private:
    // Whether a batch request was answered (200); else says why the answer is unusable,
    // `*supported` false when the route does not exist there.
    static bool batchAnswered(const NetworkResponse &response, bool *supported, QString *error);
    // The list a 200 answer is, or none with `error` set.
    static std::optional<QJsonArray> batchList(const NetworkResponse &response, bool *supported,
                                               QString *error);
    static CivitaiResult parseObjectResponse(const NetworkResponse &response,
                                             const QStringList &notFoundAnswers);

    QUrl endpoint(const QString &path) const;

    RequestQueue *m_queue;
    QUrl m_apiBase;
};
