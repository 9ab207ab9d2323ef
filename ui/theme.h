#pragma once

#include "core/settings.h"

class QApplication;
class QPalette;

// Applies the chosen look to the whole application. System leaves the platform's style and
// palette alone (as they were when the application started); Light and Dark use the Fusion
// style, which honours every palette role on every platform, with a light or dark palette.
class Theme final
{
public:
    static void apply(QApplication &application, Settings::Theme theme);
    static QPalette lightPalette();
    static QPalette darkPalette();
    // The style's name ("fusion"), also through the PaletteStyle that wraps it.
    static QString styleName();
};
