#include "core/civitaiclient.h"

#include "core/jsonstream.h"
#include "core/runthen.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <span>

Q_LOGGING_CATEGORY(lcCivitai, "cdm.civitai")

namespace {

// Batch answers are parsed on a thread of their own: 100 models are megabytes of JSON, and the
// run's thread has the archive to write meanwhile (the parse's short-lived memory then also stays
// out from between the run's long-lived records). One thread: answers come one after another.
class AnswerPool final : public QThreadPool
{
public:
    AnswerPool() { setMaxThreadCount(1); }
};
Q_GLOBAL_STATIC(AnswerPool, answerPool)

// Sends `request`; `parse` reads its answer on the answer thread, and `done` gets the result on
// `context`'s.
template<typename Parse, typename Result>
void enqueueParsed(RequestQueue *queue, const NetworkRequest &request, QObject *context,
                   Parse parse, std::function<void(const Result &)> done)
{
    queue->enqueue(request, context,
                   [context, parse = std::move(parse),
                    done = std::move(done)](const NetworkResponse &response) {
                       runThen(
                           answerPool(), context, [parse, response] { return parse(response); },
                           done);
                   });
}

QJsonDocument parseJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = QCoreApplication::translate("CivitaiClient", "malformed JSON from Civitai: %1")
                     .arg(parseError.errorString());
    return document;
}

// The SHA-256 values a model-version object lists for its files, lower case.
QSet<QString> fileHashes(const QJsonObject &version)
{
    QSet<QString> hashes;
    const QJsonArray files = version.value(QLatin1String("files")).toArray();
    for (const QJsonValue &file : files) {
        const QString sha = file.toObject()
                                .value(QLatin1String("hashes"))
                                .toObject()
                                .value(QLatin1String("SHA256"))
                                .toString();
        if (!sha.isEmpty())
            hashes.insert(sha.toLower());
    }
    return hashes;
}

bool isPositiveId(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 1 && number <= 9007199254740992.0
        && number == double(qint64(number));
}

using FieldType = std::pair<QLatin1String, QJsonValue::Type>;

// The fields of a version and of a model that are checked for the type Civitai sends, when there.
constexpr FieldType VersionFieldTypes[] = {
    { QLatin1String("name"), QJsonValue::String },
    { QLatin1String("updatedAt"), QJsonValue::String },
    { QLatin1String("publishedAt"), QJsonValue::String },
    { QLatin1String("model"), QJsonValue::Object },
    { QLatin1String("files"), QJsonValue::Array },
    { QLatin1String("images"), QJsonValue::Array },
};
constexpr FieldType ModelFieldTypes[] = {
    { QLatin1String("name"), QJsonValue::String },
    { QLatin1String("type"), QJsonValue::String },
    { QLatin1String("description"), QJsonValue::String },
    { QLatin1String("creator"), QJsonValue::Object },
    { QLatin1String("stats"), QJsonValue::Object },
};
constexpr QLatin1String ModelIdKey("id");
constexpr QLatin1String ModelVersionsKey("modelVersions");

// Names the first field of `object` that is there but not of the type Civitai sends.
QString wrongTypeField(const QJsonObject &object, std::span<const FieldType> fields)
{
    for (const auto &[name, type] : fields) {
        const QJsonValue value = object.value(name);
        if (!value.isUndefined() && !value.isNull() && value.type() != type)
            return name;
    }
    return {};
}

QString unexpectedAnswer(const QString &why)
{
    //: %1 says what is wrong with the answer
    return QCoreApplication::translate("CivitaiClient", "unexpected answer from Civitai: %1")
        .arg(why);
}

} // namespace

CivitaiClient::CivitaiClient(RequestQueue *queue, const QUrl &apiBase, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_apiBase(apiBase)
{
    m_queue->addApiBase(apiBase);
}

QUrl CivitaiClient::endpoint(const QString &path) const
{
    QUrl url = m_apiBase;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QString CivitaiClient::versionProblem(const QJsonObject &version)
{
    if (!isPositiveId(version.value(QLatin1String("id"))))
        return unexpectedAnswer(tr("the version's id is not a positive number"));
    if (!isPositiveId(version.value(QLatin1String("modelId"))))
        return unexpectedAnswer(tr("the version's model id is not a positive number"));
    const QString field = wrongTypeField(version, VersionFieldTypes);
    if (!field.isEmpty())
        //: %1 is the name of a field in Civitai's answer, like "files"
        return unexpectedAnswer(tr("the version's field \"%1\" has the wrong type").arg(field));
    const QJsonArray images = version.value(QLatin1String("images")).toArray();
    for (const QJsonValue &image : images) {
        if (!image.isObject())
            return unexpectedAnswer(tr("an image of the version is not an object"));
    }
    return {};
}

bool CivitaiClient::isCheckedModelField(QByteArrayView key)
{
    const auto is = [key](QLatin1String name) {
        return JsonStream::isKey(key, name);
    };
    return is(ModelIdKey) || is(ModelVersionsKey)
        || std::any_of(std::begin(ModelFieldTypes), std::end(ModelFieldTypes),
                       [&is](const auto &field) { return is(field.first); });
}

QString CivitaiClient::modelProblem(const QJsonObject &model, qint64 modelId)
{
    if (!isPositiveId(model.value(ModelIdKey))
        || qint64(model.value(ModelIdKey).toDouble()) != modelId)
        //: %1 is the model id that was asked for
        return unexpectedAnswer(tr("not the model %1 that was asked for").arg(modelId));
    if (!model.value(ModelVersionsKey).isArray())
        return unexpectedAnswer(tr("the model's list of versions is missing"));
    const QString field = wrongTypeField(model, ModelFieldTypes);
    if (!field.isEmpty())
        //: %1 is the name of a field in Civitai's answer, like "stats"
        return unexpectedAnswer(tr("the model's field \"%1\" has the wrong type").arg(field));
    const QJsonArray versions = model.value(ModelVersionsKey).toArray();
    for (const QJsonValue &version : versions) {
        if (!version.isObject() || !isPositiveId(version.toObject().value(QLatin1String("id"))))
            return unexpectedAnswer(tr("a version in the model's list has no id"));
    }
    return {};
}

CivitaiResult CivitaiClient::parseVersionResponse(const NetworkResponse &response)
{
    // The by-hash route's two "not found" answers (API notes: no version has the hash, or its
    // version has no primary file).
    CivitaiResult result = parseObjectResponse(
        response, { QStringLiteral("Model not found"), QStringLiteral("Missing model file") });
    if (result.found()) {
        if (const QString problem = versionProblem(result.object); !problem.isEmpty()) {
            result.kind = CivitaiResult::Kind::Failed;
            result.error = problem;
            result.object = {};
        }
    }
    return result;
}

CivitaiResult CivitaiClient::parseModelResponse(const NetworkResponse &response, qint64 modelId)
{
    CivitaiResult result
        = parseObjectResponse(response, { QStringLiteral("No model with id %1").arg(modelId) });
    if (result.found()) {
        if (const QString problem = modelProblem(result.object, modelId); !problem.isEmpty()) {
            result.kind = CivitaiResult::Kind::Failed;
            result.error = problem;
            result.object = {};
        }
    }
    return result;
}

CivitaiResult CivitaiClient::parseVersionByIdResponse(const NetworkResponse &response,
                                                      qint64 versionId)
{
    CivitaiResult result = parseObjectResponse(response, { QStringLiteral("Model not found") });
    if (!result.found())
        return result;
    QString problem = versionProblem(result.object);
    if (problem.isEmpty() && qint64(result.object.value(QLatin1String("id")).toDouble()) != versionId)
        //: %1 is the id asked for
        problem = tr("Civitai answered with another version than %1").arg(versionId);
    if (!problem.isEmpty()) {
        result.kind = CivitaiResult::Kind::Failed;
        result.error = problem;
        result.object = {};
    }
    return result;
}

CivitaiResult CivitaiClient::parseObjectResponse(const NetworkResponse &response,
                                                 const QStringList &notFoundAnswers)
{
    CivitaiResult result;
    result.status = response.status;
    if (response.outcome != NetworkResponse::Outcome::Finished) {
        result.error = response.describe();
        return result;
    }
    QString jsonError;
    const QJsonDocument document = parseJson(response.body, &jsonError);
    if (response.status == 200) {
        if (!jsonError.isEmpty()) {
            result.error = jsonError;
        } else if (!document.isObject()
                   || !document.object().value(QLatin1String("id")).isDouble()) {
            result.error = tr("unexpected answer from Civitai: not an object with an id");
        } else {
            result.kind = CivitaiResult::Kind::Found;
            result.object = document.object();
        }
    } else if (response.status == 404 && document.isObject()
               && notFoundAnswers.contains(
                   document.object().value(QLatin1String("error")).toString())) {
        result.kind = CivitaiResult::Kind::NotFound;
        result.error = document.object().value(QLatin1String("error")).toString();
    } else if (response.status == 404) {
        // A proxy or a wrong --api-base answers 404 to everything, in JSON too.
        result.error = tr("HTTP 404 without Civitai's own \"not found\" answer (wrong API "
                          "address, or a proxy page)");
    } else {
        result.error = response.describe();
    }
    return result;
}

bool CivitaiClient::batchAnswered(const NetworkResponse &response, bool *supported, QString *error)
{
    if (response.outcome != NetworkResponse::Outcome::Finished) {
        *error = response.describe();
        return false;
    }
    // A server without the route (or refusing our body) answers 400, 404 or 405.
    if (response.status == 400 || response.status == 404 || response.status == 405) {
        *supported = false;
        return false;
    }
    if (response.status != 200) {
        *error = response.describe();
        return false;
    }
    return true;
}

std::optional<QJsonArray> CivitaiClient::batchList(const NetworkResponse &response,
                                                   bool *supported, QString *error)
{
    if (!batchAnswered(response, supported, error))
        return std::nullopt;
    const QJsonDocument document = parseJson(response.body, error);
    if (!error->isEmpty())
        return std::nullopt;
    if (!document.isArray()) {
        *error = tr("unexpected answer from Civitai: not a list");
        return std::nullopt;
    }
    return document.array();
}

TriageResult CivitaiClient::parseTriageResponse(const NetworkResponse &response)
{
    TriageResult result;
    const auto matches = batchList(response, &result.supported, &result.error);
    if (!matches)
        return result;
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (const QJsonValue &value : *matches) {
        const QJsonObject match = value.toObject();
        const QString hash = match.value(QLatin1String("hash")).toString();
        // Servers before 2026 answered bare version ids: nothing maps them back to our hashes.
        if (!sha256.match(hash).hasMatch()
            || !isPositiveId(match.value(QLatin1String("modelVersionId")))) {
            result.supported = false;
            result.known.clear();
            return result;
        }
        const QJsonValue modelId = match.value(QLatin1String("modelId"));
        result.known.insert(hash.toLower(),
                            { qint64(match.value(QLatin1String("modelVersionId")).toDouble()),
                              isPositiveId(modelId) ? qint64(modelId.toDouble()) : 0 });
    }
    return result;
}

ModelsResult CivitaiClient::parseModelsResponse(const NetworkResponse &response)
{
    ModelsResult result;
    if (!batchAnswered(response, &result.supported, &result.error))
        return result;
    // Read in place, in one pass, a model at a time (see ModelAnswer), not as one document.
    class AnswerWalk final : public JsonStream::Walk
    {
    public:
        JsonStream::Walk *items = nullptr;
        bool listed = false;

        Walk *into(QByteArrayView key) override { return key == "items" ? items : nullptr; }
        void member(QByteArrayView key, QByteArrayView value) override
        {
            if (key == "items") // the last one counts, as in a parsed object
                listed = value.startsWith('[');
        }
    };
    QHash<qint64, ModelAnswer> models;
    const std::unique_ptr<JsonStream::Walk> items
        = ModelAnswer::listWalk(response.body, [&](ModelAnswer model, const QString &problem) {
              // A malformed model is left out alone: it is then asked for by itself.
              if (!model.isNull())
                  models.insert(model.id(), std::move(model));
              else
                  qCWarning(lcCivitai).noquote()
                      << "skipped a malformed model in a batch answer:" << problem;
          });
    AnswerWalk answer;
    answer.items = items.get();
    const bool walked
        = response.body.trimmed().startsWith('{') && JsonStream::walk(response.body, answer);
    if (!walked) {
        parseJson(response.body, &result.error); // Qt's words for what is wrong, if not JSON
        if (result.error.isEmpty())
            result.error = tr("unexpected answer from Civitai: no list of models");
    } else if (!answer.listed) {
        result.error = tr("unexpected answer from Civitai: no list of models");
    } else {
        result.models = std::move(models);
    }
    return result;
}

BatchLookupResult CivitaiClient::parseBatchResponse(const NetworkResponse &response,
                                                    const QStringList &sha256s)
{
    BatchLookupResult result;
    const auto versions = batchList(response, &result.supported, &result.error);
    if (!versions)
        return result;
    // Nothing says which hash matched an item: map back through the files' hashes.
    QSet<QString> wanted;
    for (const QString &sha : sha256s)
        wanted.insert(sha.toLower());
    for (const QJsonValue &value : *versions) {
        // A malformed record is skipped alone: its hash then goes through the single lookup.
        const QJsonObject version = value.toObject();
        if (!value.isObject() || !versionProblem(version).isEmpty()) {
            qCWarning(lcCivitai) << "skipped a malformed record in a batch answer";
            continue;
        }
        for (const QString &sha : fileHashes(version)) {
            if (wanted.contains(sha) && !result.versions.contains(sha))
                result.versions.insert(sha, version);
        }
    }
    return result;
}

void CivitaiClient::lookupVersions(const QStringList &sha256s, QObject *context,
                                   std::function<void(const BatchLookupResult &)> done)
{
    Q_ASSERT(sha256s.size() <= BatchLimit);
    NetworkRequest request;
    request.verb = "POST";
    request.url = endpoint(QStringLiteral("/api/v1/model-versions/by-hash"));
    request.body
        = QJsonDocument(QJsonArray::fromStringList(sha256s)).toJson(QJsonDocument::Compact);
    enqueueParsed(
        m_queue, request, context,
        [sha256s](const NetworkResponse &response) {
            return parseBatchResponse(response, sha256s);
        },
        std::move(done));
}

void CivitaiClient::triageHashes(const QStringList &sha256s, QObject *context,
                                 std::function<void(const TriageResult &)> done)
{
    Q_ASSERT(sha256s.size() <= TriageLimit);
    NetworkRequest request;
    request.verb = "POST";
    request.url = endpoint(QStringLiteral("/api/v1/model-versions/by-hash/ids"));
    request.body
        = QJsonDocument(QJsonArray::fromStringList(sha256s)).toJson(QJsonDocument::Compact);
    enqueueParsed(m_queue, request, context, &CivitaiClient::parseTriageResponse, std::move(done));
}

void CivitaiClient::fetchModels(const QList<qint64> &modelIds, QObject *context,
                                std::function<void(const ModelsResult &)> done)
{
    Q_ASSERT(modelIds.size() <= ModelBatchLimit);
    QStringList ids;
    for (const qint64 id : modelIds)
        ids.append(QString::number(id));
    NetworkRequest request;
    request.url = endpoint(QStringLiteral("/api/v1/models"));
    request.url.setQuery(QStringLiteral("ids=%1&limit=%2&nsfw=true")
                             .arg(ids.join(QLatin1Char(',')))
                             .arg(ModelBatchLimit));
    enqueueParsed(m_queue, request, context, &CivitaiClient::parseModelsResponse, std::move(done));
}

void CivitaiClient::lookupVersion(const QString &sha256, QObject *context,
                                  std::function<void(const CivitaiResult &)> done)
{
    NetworkRequest request;
    request.url = endpoint(QStringLiteral("/api/v1/model-versions/by-hash/") + sha256);
    m_queue->enqueue(request, context, [done = std::move(done)](const NetworkResponse &response) {
        done(parseVersionResponse(response));
    });
}

void CivitaiClient::fetchVersion(qint64 versionId, QObject *context,
                                 std::function<void(const CivitaiResult &)> done)
{
    NetworkRequest request;
    request.url = endpoint(QStringLiteral("/api/v1/model-versions/%1").arg(versionId));
    m_queue->enqueue(request, context,
                     [versionId, done = std::move(done)](const NetworkResponse &response) {
                         done(parseVersionByIdResponse(response, versionId));
                     });
}

void CivitaiClient::fetchModel(qint64 modelId, QObject *context,
                               std::function<void(const CivitaiResult &)> done)
{
    NetworkRequest request;
    request.url = endpoint(QStringLiteral("/api/v1/models/%1").arg(modelId));
    m_queue->enqueue(request, context,
                     [modelId, done = std::move(done)](const NetworkResponse &response) {
                         done(parseModelResponse(response, modelId));
                     });
}

void CivitaiClient::download(const QUrl &url, const QString &partPath, qint64 maxBytes,
                             QObject *context, std::function<void(const NetworkResponse &)> done)
{
    NetworkRequest request;
    request.url = url;
    request.lane = NetworkRequest::Lane::Media;
    request.downloadPath = partPath;
    request.maxBytes = maxBytes;
    m_queue->enqueue(request, context, std::move(done));
}

QUrl CivitaiClient::fullSizeImageUrl(const QUrl &url)
{
    static const QRegularExpression width(QStringLiteral("/width=\\d+/"));
    QUrl result = url;
    QString path = url.path();
    path.replace(width, QStringLiteral("/original=true/"));
    result.setPath(path);
    return result;
}

QUrl CivitaiClient::resizedImageUrl(const QUrl &url, int width)
{
    static const QRegularExpression original(QStringLiteral("/original=true/"));
    QUrl result = url;
    QString path = url.path();
    path.replace(original, QStringLiteral("/width=%1/").arg(width));
    result.setPath(path);
    return result;
}
