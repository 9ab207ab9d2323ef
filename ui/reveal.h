#pragma once

#include <QString>

// Shows a file in the system's file manager (its folder, where selecting is not portable).
void revealInFileManager(const QString &path);
