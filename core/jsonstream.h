#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <functional>

// Walks JSON text a member or an element at a time, without a document of the whole: a state
// file of 100,000 entries parsed as one QJsonDocument costs several times its text at once. Only
// the structure is walked here; each value is handed over as its own text, parsed by the caller
// (parse()) one at a time. A structural error (a file cut short by a crash, stray bytes) fails the
// walk with `error` set.
namespace JsonStream {

using MemberFunction = std::function<void(const QString &key, QByteArrayView value)>;
using ElementFunction = std::function<void(QByteArrayView value)>;

// `member` for each member of the object that is `text`, in the order written.
bool forEachMember(QByteArrayView text, const MemberFunction &member, QString *error = nullptr);
// `element` for each element of the array that is `text`.
bool forEachElement(QByteArrayView text, const ElementFunction &element, QString *error = nullptr);

// One value's text as a QJsonValue; undefined when it is not valid JSON.
QJsonValue parse(QByteArrayView value);
// The same for a string, the most common value of a large state file; a null QString when the
// value is not a string.
QString string(QByteArrayView value);

} // namespace JsonStream
