#pragma once

#include <QString>

// Archived models whose every field tries to run script: names, versions, trigger words, tags,
// description (script, onerror, javascript: links, iframe, svg onload) and download links. A
// script that ran would set document.title to Marker.
namespace HostileArchive {

inline const QString Marker = QStringLiteral("PWNED");

void writeModel(const QString &output, const QString &name, int index);

} // namespace HostileArchive
