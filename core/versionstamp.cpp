#include "core/versionstamp.h"

#include "core/filehasher.h"
#include "core/jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <optional>

namespace {

const QLatin1String ModeKey("mode");
const QLatin1String ImagesKey("images");
const QLatin1String FilesKey("files");

// Fields that change when a version is edited; not stats (every download moves them), not the
// description (large, and edited along with `updatedAt` where the answer has it).
constexpr QLatin1String ComparedFields[] = {
    QLatin1String("id"),          QLatin1String("updatedAt"),     QLatin1String("name"),
    QLatin1String("publishedAt"), QLatin1String("status"),        QLatin1String("baseModel"),
    QLatin1String("baseModelType"), QLatin1String("trainedWords"), QLatin1String("nsfwLevel"),
    QLatin1String("availability"), QLatin1String("earlyAccessEndsAt"),
};

// The files by their SHA-256 (lower-cased), the images by their URL: what the archive keeps of
// them. Read here from parsed entries, and by Listing::Walk from the text.
constexpr char HashesKey[] = "hashes";
constexpr char Sha256Key[] = "SHA256";
constexpr char UrlKey[] = "url";

QJsonValue fileHash(const QJsonValue &file)
{
    return file.toObject()
        .value(QLatin1String(HashesKey))
        .toObject()
        .value(QLatin1String(Sha256Key))
        .toString()
        .toLower();
}

QJsonValue imageUrl(const QJsonValue &image)
{
    return image.toObject().value(QLatin1String(UrlKey));
}

// Answers list a different number of images (a by-hash answer at most 10): the ones both list
// must be the same.
bool sameLeadingImages(const QJsonArray &a, const QJsonArray &b)
{
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i))
            return false;
    }
    return true;
}

qsizetype comparedField(QByteArrayView key)
{
    const auto *found
        = std::find_if(std::begin(ComparedFields), std::end(ComparedFields),
                       [key](QLatin1String field) { return JsonStream::isKey(key, field); });
    return found == std::end(ComparedFields) ? -1 : found - std::begin(ComparedFields);
}

// The entry of `model`'s versions that is version `versionId`.
std::optional<QJsonObject> listedEntry(const QJsonObject &model, qint64 versionId)
{
    const QJsonArray versions = model.value(QLatin1String("modelVersions")).toArray();
    for (const QJsonValue &value : versions) {
        const QJsonObject entry = value.toObject();
        if (qint64(entry.value(QLatin1String("id")).toDouble()) == versionId)
            return entry;
    }
    return std::nullopt;
}

// What `model` lists of the version, as of() sees it.
std::optional<QJsonObject> listingOf(const QJsonObject &model, qint64 versionId)
{
    const std::optional<QJsonObject> entry = listedEntry(model, versionId);
    if (!entry)
        return std::nullopt;
    return VersionStamp::of(*entry, model.value(ModeKey));
}

} // namespace

namespace VersionStamp {

// Each field of() keeps, in order: `field(key, value)` for one kept as it is, `list(key,
// elements)` for the files and images, kept by their hash and URL.
template<typename Field, typename List>
void Listing::forEachField(const QJsonValue &modelMode, const Field &field, const List &list) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!m_fields[i].isUndefined())
            field(ComparedFields[i], m_fields[i]);
    }
    if (m_files)
        list(FilesKey, *m_files);
    if (m_images)
        list(ImagesKey, *m_images);
    field(ModeKey, modelMode.isString() ? modelMode : QJsonValue());
}

Listing Listing::of(const QJsonObject &version)
{
    Listing listing;
    for (const QLatin1String key : ComparedFields)
        listing.m_fields.append(version.value(key));
    const auto keep = [](const QJsonValue &list, const auto &element) {
        std::optional<QList<QJsonValue>> kept;
        if (list.isArray()) {
            kept.emplace();
            for (const QJsonValue &value : list.toArray())
                kept->append(element(value));
        }
        return kept;
    };
    listing.m_files = keep(version.value(FilesKey), fileHash);
    listing.m_images = keep(version.value(ImagesKey), imageUrl);
    return listing;
}

QJsonValue Listing::value(QLatin1String key) const
{
    const qsizetype field = comparedField(QByteArrayView(key.data(), key.size()));
    return field >= 0 && field < m_fields.size() ? m_fields[field]
                                                 : QJsonValue(QJsonValue::Undefined);
}

QJsonObject Listing::stamp(const QJsonValue &modelMode) const
{
    QJsonObject stamp;
    forEachField(
        modelMode,
        [&stamp](QLatin1String key, const QJsonValue &value) { stamp.insert(key, value); },
        [&stamp](QLatin1String key, const QList<QJsonValue> &elements) {
            QJsonArray kept;
            for (const QJsonValue &value : elements)
                kept.append(value);
            stamp.insert(key, kept);
        });
    return stamp;
}

QJsonObject of(const QJsonObject &version, const QJsonValue &modelMode)
{
    return Listing::of(version).stamp(modelMode);
}

namespace {

// The SHA256 member of a file's hashes.
class HashesWalk final : public JsonStream::Walk
{
public:
    QString sha256;

    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == Sha256Key)
            sha256 = JsonStream::parse(value).toString();
    }
};

// A file of a version's list, as fileHash() keeps it.
class FileWalk final : public JsonStream::Walk
{
public:
    static QJsonValue none() { return QString(); }
    QJsonValue kept() const { return m_sha256.toLower(); }

    JsonStream::Walk *into(QByteArrayView key) override
    {
        if (key != HashesKey)
            return nullptr;
        m_hashes = HashesWalk();
        return &m_hashes;
    }
    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == HashesKey) // the last one counts, as in a parsed object
            m_sha256 = value.startsWith('{') ? m_hashes.sha256 : QString();
    }

private:
    HashesWalk m_hashes;
    QString m_sha256;
};

// An image of a version's list, as imageUrl() keeps it.
class ImageWalk final : public JsonStream::Walk
{
public:
    static QJsonValue none() { return QJsonValue::Undefined; }
    QJsonValue kept() const { return m_url; }

    void member(QByteArrayView key, QByteArrayView value) override
    {
        if (key == UrlKey)
            m_url = JsonStream::parse(value);
    }

private:
    QJsonValue m_url = QJsonValue::Undefined;
};

// The elements of a list, each as `Element` keeps it, or its none() when it is no object.
template<typename Element> class ElementsWalk : public JsonStream::Walk
{
public:
    QList<QJsonValue> kept;

    JsonStream::Walk *intoElement() override
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

} // namespace

class Listing::Walk::Files final : public ElementsWalk<FileWalk>
{
};
class Listing::Walk::Images final : public ElementsWalk<ImageWalk>
{
};

Listing::Walk::Walk()
    : m_files(std::make_unique<Files>())
    , m_images(std::make_unique<Images>())
{ }

Listing::Walk::~Walk() = default;

void Listing::Walk::reset()
{
    m_listing = Listing();
}

Listing Listing::Walk::takeListing()
{
    return std::exchange(m_listing, Listing());
}

JsonStream::Walk *Listing::Walk::into(QByteArrayView key)
{
    if (JsonStream::isKey(key, FilesKey)) {
        m_files->kept.clear();
        return m_files.get();
    }
    if (JsonStream::isKey(key, ImagesKey)) {
        m_images->kept.clear();
        return m_images.get();
    }
    return nullptr;
}

void Listing::Walk::member(QByteArrayView key, QByteArrayView value)
{
    // The last of a key counts, as in a parsed object.
    if (JsonStream::isKey(key, FilesKey)) {
        m_listing.m_files = value.startsWith('[') ? std::optional(m_files->kept) : std::nullopt;
    } else if (JsonStream::isKey(key, ImagesKey)) {
        m_listing.m_images = value.startsWith('[') ? std::optional(m_images->kept) : std::nullopt;
    } else if (const qsizetype field = comparedField(key); field >= 0) {
        if (m_listing.m_fields.isEmpty())
            m_listing.m_fields.fill(QJsonValue::Undefined, std::size(ComparedFields));
        m_listing.m_fields[field] = JsonStream::parse(value);
    }
}

namespace {

// A tag, then a count (a string's length, an array's size) and a colon.
void appendCounted(QByteArray &text, char tag, qsizetype count)
{
    char digits[24];
    const char *end = std::to_chars(digits, digits + sizeof digits, count).ptr;
    text += tag;
    text.append(digits, end - digits);
    text += ':';
}

void appendValue(QByteArray &text, const QString &string)
{
    appendCounted(text, 's', string.size());
    text.append(reinterpret_cast<const char *>(string.utf16()), string.size() * 2);
}

// Tagged by type, strings by their length too: two different listings never give the same text.
void appendValue(QByteArray &text, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendValue(text, value.toString());
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        text += 'n';
        text.append(reinterpret_cast<const char *>(&number), sizeof number);
        break;
    }
    case QJsonValue::Bool:
        text += value.toBool() ? 't' : 'f';
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        appendCounted(text, 'a', array.size());
        for (const QJsonValue &element : array)
            appendValue(text, element);
        break;
    }
    case QJsonValue::Object: // no compared field is one today
        text += 'o' + QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact) + '\0';
        break;
    default:
        text += 'z';
    }
}

} // namespace

Sha256Digest listedDigest(const QJsonObject &model, qint64 versionId)
{
    const std::optional<QJsonObject> entry = listedEntry(model, versionId);
    return entry ? Listing::of(*entry).digest(model.value(ModeKey)) : Sha256Digest();
}

// Of the stamp's fields as text: an object and its JSON text cost a run of 100,000 files two
// seconds, and only their digest is kept.
Sha256Digest Listing::digest(const QJsonValue &modelMode) const
{
    QByteArray text;
    text.reserve(512);
    forEachField(
        modelMode,
        [&text](QLatin1String key, const QJsonValue &value) {
            text += key;
            appendValue(text, value);
        },
        // As the array stamp() keeps, without making it.
        [&text](QLatin1String key, const QList<QJsonValue> &elements) {
            text += key;
            appendCounted(text, 'a', elements.size());
            for (const QJsonValue &value : elements)
                appendValue(text, value);
        });
    return Sha256Digest::fromBytes(FileHasher::digestOf(text));
}

bool isCurrent(const QJsonObject &stamp, const QJsonObject &model)
{
    const qint64 versionId = qint64(stamp.value(QLatin1String("id")).toDouble());
    if (const std::optional<QJsonObject> listedNow = listingOf(model, versionId)) {
        const QJsonObject &listed = *listedNow;
        for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
            // A field only one of the two answers has (today's by-hash answer has no
            // `availability`, an older archive lacks newer fields) tells nothing.
            if (!stamp.contains(it.key()))
                continue;
            const bool same = it.key() == ImagesKey
                ? sameLeadingImages(it.value().toArray(), stamp.value(ImagesKey).toArray())
                : it.value() == stamp.value(it.key());
            if (!same)
                return false;
        }
        return true;
    }
    return false;
}

QByteArray compactOf(const QJsonObject &version, const QJsonValue &modelMode)
{
    return QJsonDocument(of(version, modelMode)).toJson(QJsonDocument::Compact);
}

bool isCurrent(const QByteArray &compactStamp, const QJsonObject &model)
{
    return isCurrent(QJsonDocument::fromJson(compactStamp).object(), model);
}

} // namespace VersionStamp
