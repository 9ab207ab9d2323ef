#include "core/modelanswer.h"

#include "core/civitaiclient.h"
#include "core/filehasher.h"
#include "core/jsonstream.h"
#include "core/localversion.h"
#include "core/versionstamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <vector>

struct ModelAnswer::Data
{
    QByteArray whole; // holds `text`
    QByteArrayView text;
    qint64 id = 0;
    QJsonValue name = QJsonValue::Undefined; // as a parsed model without one says
    QJsonValue mode = QJsonValue::Undefined;
    Sha256Digest digest;
    struct Listed
    {
        qint64 versionId;
        Sha256Digest digest;
    };
    std::vector<Listed> listed; // in the answer's order
    Newest newest;
    mutable std::optional<QJsonObject> object;
};

namespace {

QString key(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

// A value of the type of `value`'s text, for a check of types alone.
QJsonValue typeOf(QByteArrayView value)
{
    switch (value.isEmpty() ? 'n' : value.front()) {
    case '"':
        return QString();
    case '{':
        return QJsonObject();
    case '[':
        return QJsonArray();
    case 't':
    case 'f':
        return false;
    case 'n':
        return QJsonValue::Null;
    default:
        return 0;
    }
}

// The SHA256 member of a file's hashes.
class HashesWalk final : public JsonStream::Walk
{
public:
    QString sha256;

    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == "SHA256")
            sha256 = JsonStream::parse(value).toString();
    }
};

// A file of a version's list, by its SHA-256 (VersionStamp's fileHash()).
class FileWalk final : public JsonStream::Walk
{
public:
    static QJsonValue none() { return QString(); }
    QJsonValue kept() const { return m_sha256.toLower(); }

    Walk *into(QByteArrayView key) override
    {
        if (key != "hashes")
            return nullptr;
        m_hashes = HashesWalk();
        return &m_hashes;
    }
    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == "hashes") // the last one counts, as in a parsed object
            m_sha256 = value.startsWith('{') ? m_hashes.sha256 : QString();
    }

private:
    HashesWalk m_hashes;
    QString m_sha256;
};

// An image of a version's list, by its URL (VersionStamp's imageUrl()).
class ImageWalk final : public JsonStream::Walk
{
public:
    static QJsonValue none() { return QJsonValue::Undefined; }
    QJsonValue kept() const { return m_url; }

    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == "url")
            m_url = JsonStream::parse(value);
    }

private:
    QJsonValue m_url = QJsonValue::Undefined;
};

// The elements of a list, each as `Element` keeps it, or its none() when it is no object.
template<typename Element> class ElementsWalk final : public JsonStream::Walk
{
public:
    QList<QJsonValue> kept;

    Walk *intoElement() override
    {
        m_element = Element();
        return &m_element;
    }
    void element(QByteArrayView value) override
    {
        kept.append(value.startsWith('{') ? m_element.kept() : Element::none());
    }

private:
    Element m_element;
};

// A version of the model's list, as much as the run compares of it.
class VersionWalk final : public JsonStream::Walk
{
public:
    VersionStamp::Listing listing;
    QByteArrayView idText;
    QByteArrayView updatedAtText;
    QString createdAt;

    Walk *into(QByteArrayView key) override
    {
        if (key == "files") {
            m_files.kept.clear();
            return &m_files;
        }
        if (key == "images") {
            m_images.kept.clear();
            return &m_images;
        }
        return nullptr;
    }
    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == "id")
            idText = value;
        else if (key == "updatedAt")
            updatedAtText = value;
        else if (key == "createdAt")
            createdAt = JsonStream::parse(value).toString();
        if (key == "files")
            listing.files = value.startsWith('[') ? std::optional(m_files.kept) : std::nullopt;
        else if (key == "images")
            listing.images = value.startsWith('[') ? std::optional(m_images.kept) : std::nullopt;
        else
            listing.add(key, value);
    }

private:
    ElementsWalk<FileWalk> m_files;
    ElementsWalk<ImageWalk> m_images;
};

struct ListedVersion
{
    QByteArrayView text;
    VersionStamp::Listing listing;
    QByteArrayView idText;
    QByteArrayView updatedAtText;
    QString createdAt;
};

} // namespace

// One model: what CivitaiClient::modelProblem() checks, the text its digest is of, its versions.
class ModelAnswer::ModelWalk final : public JsonStream::Walk
{
public:
    QJsonObject checked;
    QByteArray fingerprint;
    QJsonValue name = QJsonValue::Undefined;
    QJsonValue mode = QJsonValue::Undefined;
    std::optional<std::vector<ListedVersion>> versions; // none: no list
    QJsonArray checkedVersions;

    Walk *into(QByteArrayView key) override
    {
        if (key != "modelVersions")
            return nullptr;
        m_versions.model = this;
        versions.emplace();
        checkedVersions = {};
        return &m_versions;
    }

    void member(QByteArrayView key, QByteArrayView value) override
    {
        const QString name = QString::fromUtf8(key);
        if (key == "modelVersions") {
            if (value.startsWith('['))
                checked.insert(name, checkedVersions);
            else
                checked.insert(name, typeOf(value));
            return;
        }
        if (key == "id" || key == "name" || key == "mode") {
            const QJsonValue parsed = JsonStream::parse(value);
            checked.insert(name, parsed);
            if (key != "id")
                (key == "name" ? this->name : mode) = parsed;
        } else {
            checked.insert(name, typeOf(value));
        }
        if (key != "stats") // download counts move all the time
            fingerprint.append(key).append('\0').append(value).append('\0');
    }

private:
    class VersionsWalk final : public JsonStream::Walk
    {
    public:
        ModelWalk *model = nullptr;

        Walk *intoElement() override
        {
            m_version = VersionWalk();
            return &m_version;
        }
        void element(QByteArrayView value) override
        {
            if (!value.startsWith('{')) {
                model->checkedVersions.append(QJsonValue::Null);
                return;
            }
            model->checkedVersions.append(QJsonObject {
                { QStringLiteral("id"), m_version.listing.value(QLatin1String("id")) } });
            model->versions->push_back({ value, std::move(m_version.listing), m_version.idText,
                                         m_version.updatedAtText, std::move(m_version.createdAt) });
        }

    private:
        VersionWalk m_version;
    };
    VersionsWalk m_versions;
};

// A walk of an answer's list of models, each read as it goes (ModelAnswer::listWalk()).
class ModelAnswer::ModelListWalk final : public JsonStream::Walk
{
public:
    ModelListWalk(const QByteArray &whole, std::function<void(ModelAnswer, const QString &)> each)
        : m_whole(whole)
        , m_each(std::move(each))
    { }

    Walk *intoElement() override
    {
        m_model = ModelWalk();
        return &m_model;
    }
    void element(QByteArrayView text) override
    {
        QString problem;
        ModelAnswer answer = text.startsWith('{')
            ? ModelAnswer::made(m_whole, text, std::move(m_model), &problem)
            : ModelAnswer();
        if (answer.isNull() && problem.isEmpty())
            problem = QCoreApplication::translate("ModelAnswer", "a model that is not an object");
        m_each(std::move(answer), problem);
    }

private:
    QByteArray m_whole;
    std::function<void(ModelAnswer, const QString &)> m_each;
    ModelWalk m_model;
};

std::unique_ptr<JsonStream::Walk>
ModelAnswer::listWalk(const QByteArray &whole,
                      std::function<void(ModelAnswer model, const QString &problem)> each)
{
    return std::make_unique<ModelListWalk>(whole, std::move(each));
}

ModelAnswer ModelAnswer::read(const QByteArray &whole, QByteArrayView text, QString *problem)
{
    ModelWalk walk;
    if (!text.startsWith('{') || !JsonStream::walk(text, walk)) {
        *problem = QCoreApplication::translate("ModelAnswer", "a model that is not an object");
        return {};
    }
    return made(whole, text, std::move(walk), problem);
}

ModelAnswer ModelAnswer::made(const QByteArray &whole, QByteArrayView text, ModelWalk &&walk,
                              QString *problem)
{
    const qint64 id = qint64(walk.checked.value(QLatin1String("id")).toDouble());
    if (QString why = CivitaiClient::modelProblem(walk.checked, id); !why.isEmpty()) {
        *problem = std::move(why);
        return {};
    }
    auto data = std::make_shared<Data>();
    data->whole = whole;
    data->text = text;
    data->id = id;
    data->name = walk.name;
    data->mode = walk.mode;
    QByteArray &fingerprint = walk.fingerprint;
    fingerprint.append("modelVersions");
    for (const ListedVersion &version : *walk.versions) {
        fingerprint.append('\0').append(version.idText).append('\0').append(version.updatedAtText);
        const VersionStamp::Listing &listing = version.listing;
        const qint64 versionId = qint64(listing.value(QLatin1String("id")).toDouble());
        data->listed.push_back({ versionId, listing.digest(data->mode) });
        // UpdatesAvailable's rule: the latest published, else the first.
        const QString status = listing.value(QLatin1String("status")).toString();
        if (!status.isEmpty() && status != QLatin1String("Published"))
            continue;
        const std::optional<qint64> published = LocalVersion::publishedMsOf(
            listing.value(QLatin1String("publishedAt")).toString(), version.createdAt);
        Newest &newest = data->newest;
        if (newest.id == 0
            || (published && (!newest.publishedMs || *published > *newest.publishedMs))) {
            newest.id = versionId;
            newest.publishedMs = published;
            newest.text = version.text;
        }
    }
    data->digest = Sha256Digest::fromBytes(FileHasher::digestOf(fingerprint));
    ModelAnswer answer;
    answer.m_data = std::move(data);
    return answer;
}

ModelAnswer ModelAnswer::of(const QJsonObject &model)
{
    const QByteArray text = QJsonDocument(model).toJson(QJsonDocument::Compact);
    QString problem;
    ModelAnswer answer = read(text, text, &problem);
    if (!answer.isNull())
        answer.m_data->object = model;
    return answer;
}

qint64 ModelAnswer::id() const
{
    return m_data ? m_data->id : 0;
}

QJsonValue ModelAnswer::name() const
{
    return m_data ? m_data->name : QJsonValue(QJsonValue::Undefined);
}

ModelMode::Mode ModelAnswer::mode() const
{
    return ModelMode::parse(m_data ? m_data->mode.toString() : QString());
}

const Sha256Digest &ModelAnswer::digest() const
{
    static const Sha256Digest none;
    return m_data ? m_data->digest : none;
}

Sha256Digest ModelAnswer::listedDigest(qint64 versionId) const
{
    if (m_data) {
        for (const Data::Listed &listed : m_data->listed) {
            if (listed.versionId == versionId)
                return listed.digest;
        }
    }
    return {};
}

const ModelAnswer::Newest &ModelAnswer::newest() const
{
    static const Newest none;
    return m_data ? m_data->newest : none;
}

QJsonObject ModelAnswer::newestVersion() const
{
    QJsonObject version;
    JsonStream::readObject(newest().text, [&](QByteArrayView name, QByteArrayView value) {
        const bool nested = value.startsWith('{') || value.startsWith('[');
        if ((!nested && name != "description") || name == "earlyAccessConfig"
            || name == "paidAccess")
            version.insert(key(name), JsonStream::parse(value));
    });
    return version;
}

QJsonObject ModelAnswer::object() const
{
    if (!m_data)
        return {};
    if (!m_data->object)
        m_data->object = JsonStream::parse(m_data->text).toObject();
    return *m_data->object;
}
