#pragma once

#include <QString>
#include <QStringList>

// Archived models whose every field tries to run script: names, versions, trigger words, tags,
// description (script, onerror, javascript: links, iframe, svg onload) and download links. A
// script that ran would set document.title to Marker.
namespace HostileArchive {

inline const QString Marker = QStringLiteral("PWNED");

void writeModel(const QString &output, const QString &name, int index);
// `count` such models (model_0, model_1...) and the gallery for them; returns any problem.
QStringList write(const QString &output, int count);

} // namespace HostileArchive
