#pragma once

#include <QString>

// A model's `mode` on Civitai: an archived model offers no files to download, a taken-down one
// no images. Neither is "missing": the model and its versions are still there.
namespace ModelMode {

enum class Mode
{
    Normal,
    Archived,
    TakenDown
};

Mode parse(const QString &civitaiMode); // "Archived", "TakenDown"; anything else is Normal

// As our JSON holds it: "archived", "taken_down"; empty for Normal.
QString key(Mode mode);
Mode fromKey(const QString &key);

// A short label: "Archived on Civitai"; empty for Normal.
QString label(Mode mode);
// What it means for the user, in a sentence; empty for Normal.
QString explanation(Mode mode);

} // namespace ModelMode
