#pragma once

#include <QString>

// Names (file names, paths) in our line-based files, missing_from_civitai.txt and
// duplicate_models.txt: a name must stay on its one line, whatever characters it holds, and read
// back to the same name. Control characters (U+0000-U+001F, U+007F-U+009F) are written as `\xHH`;
// a backslash is written as `\x5c` only where it would otherwise read as such an escape (followed
// by `x` and two hex digits). Every other name, Windows paths included, is written byte for byte
// as the Python tool wrote it.
class LineText final
{
public:
    static QString escape(const QString &name);
    static QString unescape(const QString &text);
};
