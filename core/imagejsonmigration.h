#pragma once

#include <QString>
#include <QStringList>

// --generateimagejson: the Python tool's migration for archives made before its v1.3, which
// saved previews without their generation data. Writes <name>_preview_N.json next to every
// preview that exists, from the archived model-version data. Downloads nothing.
class ImageJsonMigration final
{
public:
    // The number of JSON files written; problems are appended to `errors`.
    static int run(const QString &outputDir, QStringList *errors);
};
