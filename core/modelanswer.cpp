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

namespace {

// Members of objects in the answer, in turn: their values' text, and their keys as the walk
// gave them (decoded, copied: a key with escapes is decoded into a buffer of the moment).
class Members final
{
public:
    qsizetype size() const { return qsizetype(m_members.size()); }
    void add(QByteArrayView key, QByteArrayView value)
    {
        m_members.push_back({ m_keys.size(), key.size(), value });
        m_keys.append(key);
    }
    void clear()
    {
        m_keys.clear();
        m_members.clear();
    }
    // Members [first, last) of `from`.
    void assign(const Members &from, qsizetype first, qsizetype last)
    {
        clear();
        for (qsizetype i = first; i < last; ++i)
            add(from.keyAt(i), from.m_members[i].value);
    }
    // Those `wanted` names as an object: the last of a key counts, as in a parsed one.
    QJsonObject object(const std::function<bool(QByteArrayView key)> &wanted) const
    {
        QJsonObject object;
        for (qsizetype i = 0; i < size(); ++i) {
            if (wanted(keyAt(i)))
                object.insert(QString::fromUtf8(keyAt(i)), JsonStream::parse(m_members[i].value));
        }
        return object;
    }

private:
    QByteArrayView keyAt(qsizetype i) const
    {
        return QByteArrayView(m_keys).sliced(m_members[i].keyAt, m_members[i].keySize);
    }

    struct Member
    {
        qsizetype keyAt;
        qsizetype keySize;
        QByteArrayView value;
    };
    QByteArray m_keys;
    std::vector<Member> m_members;
};

} // namespace

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
    Members newestMembers; // what newestVersion() is made of
    mutable std::optional<QJsonObject> object;
};

namespace {

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

// Whether newestVersion() may be asked for the version's member: its plain fields but the
// description, and of its lists and objects only those that say how it can be had.
bool isDescribing(QByteArrayView key, QByteArrayView value)
{
    const bool nested = value.startsWith('{') || value.startsWith('[');
    return (!nested && key != "description") || key == "earlyAccessConfig" || key == "paidAccess";
}

// A version of the model's list, as much as the run compares of it.
class VersionWalk final : public JsonStream::Walk
{
public:
    VersionStamp::Listing::Walk listing;
    QByteArrayView idText;
    QByteArrayView updatedAtText;
    QString createdAt;
    Members *describing = nullptr; // its describing members are added here

    void reset()
    {
        listing.reset();
        idText = {};
        updatedAtText = {};
        createdAt = QString();
    }

    Walk *into(QByteArrayView key) override { return listing.into(key); }
    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == "id")
            idText = value;
        else if (key == "updatedAt")
            updatedAtText = value;
        else if (key == "createdAt")
            createdAt = JsonStream::parse(value).toString();
        listing.member(key, value);
        if (isDescribing(key, value))
            describing->add(key, value);
    }
};

struct ListedVersion
{
    std::pair<qsizetype, qsizetype> describing; // of ModelWalk's describing members
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
    Members describing; // of every version, in turn

    void reset()
    {
        describing.clear();
        checked = {};
        fingerprint.clear();
        name = mode = QJsonValue::Undefined;
        versions.reset();
        checkedVersions = {};
    }

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
        // Download counts move all the time; of the versions only their ids and dates go in.
        if (key != "stats" && key != "modelVersions")
            fingerprint.append(key).append('\0').append(value).append('\0');
        QJsonValue parsed = QJsonValue::Undefined;
        if (key == "id" || key == "name" || key == "mode") {
            parsed = JsonStream::parse(value);
            if (key != "id")
                (key == "name" ? this->name : mode) = parsed;
        }
        if (!CivitaiClient::isCheckedModelField(key))
            return;
        if (key == "modelVersions" && value.startsWith('['))
            parsed = checkedVersions;
        checked.insert(QString::fromUtf8(key), parsed.isUndefined() ? typeOf(value) : parsed);
    }

private:
    class VersionsWalk final : public JsonStream::Walk
    {
    public:
        ModelWalk *model = nullptr;

        Walk *intoElement() override
        {
            m_version.reset();
            m_version.describing = &model->describing;
            m_describingStart = model->describing.size();
            return &m_version;
        }
        void element(QByteArrayView value) override
        {
            if (!value.startsWith('{')) {
                model->checkedVersions.append(QJsonValue::Null);
                return;
            }
            model->checkedVersions.append(QJsonObject {
                { QStringLiteral("id"), m_version.listing.listing().value(QLatin1String("id")) } });
            model->versions->push_back({ { m_describingStart, model->describing.size() },
                                         m_version.listing.takeListing(),
                                         m_version.idText,
                                         m_version.updatedAtText,
                                         std::move(m_version.createdAt) });
        }

    private:
        VersionWalk m_version;
        qsizetype m_describingStart = 0;
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
        m_model.reset();
        return &m_model;
    }
    void element(QByteArrayView text) override
    {
        QString problem;
        ModelAnswer answer = text.startsWith('{')
            ? ModelAnswer::made(m_whole, text, m_model, &problem)
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
    return made(whole, text, walk, problem);
}

ModelAnswer ModelAnswer::made(const QByteArray &whole, QByteArrayView text, ModelWalk &walk,
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
    const ListedVersion *newestVersion = nullptr;
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
            newestVersion = &version;
        }
    }
    if (newestVersion) {
        const auto [first, last] = newestVersion->describing;
        data->newestMembers.assign(walk.describing, first, last);
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

QJsonObject ModelAnswer::newestVersion(const std::function<bool(QByteArrayView key)> &wanted) const
{
    return m_data ? m_data->newestMembers.object(wanted) : QJsonObject();
}

QJsonObject ModelAnswer::object() const
{
    if (!m_data)
        return {};
    if (!m_data->object)
        m_data->object = JsonStream::parse(m_data->text).toObject();
    return *m_data->object;
}
