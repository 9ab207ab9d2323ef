#pragma once

#include <QJsonValue>
#include <QString>
#include <QUrl>

// Building HTML from untrusted data (everything from Civitai or a model file).
namespace Html {

// Text and attribute values: & < > " ' escaped.
QString escape(const QString &text);

// JSON that is safe inside <script> (and in a .js file): '<', '>', '&', U+2028 and U+2029 are
// written as \u escapes, so no "</script>" or "<!--" can end or bend the script.
QString jsonForScript(const QJsonValue &value);

// The URL when it is http(s), else an empty string: never "javascript:" or "data:" from data.
QString safeLink(const QUrl &url);

// A relative link to a file in the archive, each segment percent-encoded (names may hold '#', '%',
// '?').
QString relativeLink(const QString &path);

} // namespace Html
