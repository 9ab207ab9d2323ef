#pragma once

#include "core/modelmode.h"
#include "core/sha256digest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace JsonStream {
class Walk;
}

// A model as Civitai answered it (GET /models?ids=, /models/{id}), read once, on the thread that
// took the answer, into what a run compares for each of its files: its text is kept as it came and
// parsed into an object only when the archive needs one (a model file written, a version compared
// in full). A batch of 100 models parsed as one document is megabytes of small allocations made on
// a pool thread and freed on the run's, whose allocators then wait on each other: at 100,000
// unchanged files, two fifths of the re-run's time (perf samples). Copies share the answer.
class ModelAnswer final
{
public:
    ModelAnswer() = default; // none

    // The model that `text` is, a part of `whole` (an answer's body, kept while the model is);
    // none, with `problem` set, when it is not a model a run can use
    // (CivitaiClient::modelProblem(): its versions without ids, fields of the wrong type).
    static ModelAnswer read(const QByteArray &whole, QByteArrayView text, QString *problem);
    // The same of a model already parsed (the single model's answer).
    static ModelAnswer of(const QJsonObject &model);

    bool isNull() const { return !m_data; }
    qint64 id() const;
    QJsonValue name() const;
    ModelMode::Mode mode() const;

    // Of the whole answer but the download counts and the versions' details (their id and
    // updatedAt are in): the same digest, the same model file. The answer's own text, in its own
    // order, goes into it.
    const Sha256Digest &digest() const;
    // VersionStamp::listedDigest() of the model: what it lists of version `versionId`.
    Sha256Digest listedDigest(qint64 versionId) const;

    // The newest published version it lists (UpdatesAvailable's rule), found once for the
    // model's several files.
    struct Newest
    {
        qint64 id = 0; // 0: it lists none
        std::optional<qint64> publishedMs;
        // What UpdatesAvailable makes of it for the model's files found on `entryHost`.
        mutable QJsonObject entry;
        mutable QString entryHost;
    };
    const Newest &newest() const;
    // Its fields that `wanted` names, of those that say what it is and how it can be had: its plain
    // fields but the description, and of its lists and objects only earlyAccessConfig and
    // paidAccess (the rest, files and images with their prompts, is most of its text).
    QJsonObject newestVersion(const std::function<bool(QByteArrayView key)> &wanted) const;

    // The whole model, parsed at the first call.
    QJsonObject object() const;

    // A walk of a list of models (a batch answer's "items"), each read as the walk of the whole
    // answer goes through it, in one pass: `each` gets each model, or none and why.
    static std::unique_ptr<JsonStream::Walk>
    listWalk(const QByteArray &whole,
             std::function<void(ModelAnswer model, const QString &problem)> each);

private:
    struct Data;
    class ModelWalk;
    class ModelListWalk;
    static ModelAnswer made(const QByteArray &whole, QByteArrayView text, ModelWalk &walk,
                            QString *problem);

    std::shared_ptr<Data> m_data;
};
