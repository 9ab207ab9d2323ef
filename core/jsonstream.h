#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

// Walks JSON text a member or an element at a time, without a document of the whole: a state
// file of 100,000 entries parsed as one QJsonDocument costs several times its text at once. Only
// the structure is walked here; each value is handed over as its own text, parsed by the caller
// (parse()) one at a time. A structural error (a file cut short by a crash, stray bytes) fails the
// walk with `error` set.
//
// Each entry is then read by readObject() or readArray() and the decoders below, which agree with
// Qt's parser on every value (QJsonDocument would cost several allocations an entry).
namespace JsonStream {

using MemberFunction = std::function<void(const QString &key, QByteArrayView value)>;
using ElementFunction = std::function<void(QByteArrayView value)>;

// `member` for each member of the object that is `text`, in the order written.
bool forEachMember(QByteArrayView text, const MemberFunction &member, QString *error = nullptr);
// `element` for each element of the array that is `text`.
bool forEachElement(QByteArrayView text, const ElementFunction &element, QString *error = nullptr);
// `element` for each element of the array that is the member `key` of the object `text` (other
// members, and that member when it is not an array, are passed over), walked as it is read: the
// array's text is gone through once, not first to its end to be handed over whole.
bool forEachElementOf(QByteArrayView text, QLatin1StringView key, const ElementFunction &element,
                      QString *error = nullptr);

// A callable taken by reference, for a call per entry: a std::function of a lambda that captures
// more than two pointers allocates.
template<typename Signature> class FunctionRef;
template<typename Result, typename... Args> class FunctionRef<Result(Args...)>
{
public:
    template<typename Function>
    requires(!std::is_same_v<std::remove_cvref_t<Function>, FunctionRef>)
        FunctionRef(Function &&function) // NOLINT: converts like std::function
        : m_function(const_cast<void *>(static_cast<const void *>(std::addressof(function))))
        , m_call([](void *stored, Args... args) -> Result {
            return (*static_cast<std::remove_reference_t<Function> *>(stored))(
                std::forward<Args>(args)...);
        })
    { }

    Result operator()(Args... args) const
    {
        return m_call(m_function, std::forward<Args>(args)...);
    }

private:
    void *m_function;
    Result (*m_call)(void *, Args...);
};

// `member` for each member of the object that is `text`: its key as UTF-8 (escapes decoded) and
// its value's text. The whole of `text` is checked as Qt's parser checks a document: false when
// it is not a valid JSON object, as QJsonDocument::fromJson(text).isObject() would be, and then
// `member` may have seen the members before the flaw: keep what was read only on true.
bool readObject(QByteArrayView text,
                FunctionRef<void(QByteArrayView key, QByteArrayView value)> member);
// readObject() of the member `key` of the object `text`, when that member is an object, read in
// place: the text is gone through once, not first to the member's end to hand it over whole. The
// whole of `text` is checked as readObject() checks it.
bool readObjectOf(QByteArrayView text, QByteArrayView key,
                  FunctionRef<void(QByteArrayView key, QByteArrayView value)> member);
// The same for the elements of an array.
bool readArray(QByteArrayView text, FunctionRef<void(QByteArrayView value)> element);

// A walk through nested JSON in one pass over its text: readObject() within readObject() walks
// the text under each level once more (a model's images, five levels down an answer of 100
// models, were walked seven times). The text is checked as readObject() checks it.
class Walk
{
public:
    virtual ~Walk() = default;
    // Before the value of an object's member `key` is walked: the walk of its members or
    // elements, when that value is an object or an array; null to have it passed over.
    virtual Walk *into(QByteArrayView key);
    // The same before each element of an array.
    virtual Walk *intoElement();
    // After a member's value, or an element, was walked (into or not): its text.
    virtual void member(QByteArrayView key, QByteArrayView value);
    virtual void element(QByteArrayView value);
};
// `walk` through the object or array `text`; false when it is not valid JSON (and then the walk
// may have seen what came before the flaw).
bool walk(QByteArrayView text, Walk &walk);

// One value's text as a QJsonValue; undefined when it is not valid JSON.
QJsonValue parse(QByteArrayView value);
// The string that `value` is; a null QString when it is not a valid JSON string.
QString string(QByteArrayView value);
// The same as UTF-8: a view of the text between the quotes when it holds no escape (the common
// case), else of `decoded`, where it is decoded. Null when `value` is not a valid string.
QByteArrayView utf8(QByteArrayView value, QByteArray &decoded);
// The same as QString::toLatin1() gives it (a view of `value` when it is ASCII without escapes).
QByteArrayView latin1(QByteArrayView value, QByteArray &decoded);
// The bytes that a string of hex digits gives: QByteArray::fromHex() of its Latin-1.
QByteArray hexBytes(QByteArrayView value);
// The number that `value` is, when it is a whole one that fits: QJsonValue::toInteger().
std::optional<qint64> integer(QByteArrayView value);
// The same within an int's range: QJsonValue::toInt().
std::optional<int> integer32(QByteArrayView value);
// true or false: QJsonValue::toBool().
std::optional<bool> boolean(QByteArrayView value);

// Whether a key as a walk hands it over (UTF-8, escapes decoded) is the ASCII `name`.
inline bool isKey(QByteArrayView key, QLatin1StringView name)
{
    return key == QByteArrayView(name.data(), name.size());
}

// QJsonDocument(object).toJson(QJsonDocument::Compact), written directly when each member is a
// string, a whole number below 10^15 or a literal (an entry of a state file), else by Qt's
// writer: a document of a small object costs it about 3,000 instructions a member.
QByteArray compactText(const QJsonObject &object);

// An object's compact text as QJsonDocument(object).toJson(QJsonDocument::Compact) writes it, from
// its members as readObject() hands them over: the members are taken as they are written, spaces
// left out, when Qt writes them so (keys in order, strings without escapes, integers: as this
// program writes them), else the object goes through a document. Members skipped are left out.
class CompactObject
{
public:
    explicit CompactObject(QByteArrayView object);
    void add(QByteArrayView key, QByteArrayView value);
    void skip(QByteArrayView key) { m_skipped.append(key.toByteArray()); }
    // Once every member of the object was added.
    QByteArray text();

private:
    QByteArrayView m_object;
    QList<QByteArray> m_skipped;
    QByteArray m_text; // never longer than the object's
    qsizetype m_lastKey = 0; // where the last key is in m_text
    bool m_plain = true;
};

} // namespace JsonStream
