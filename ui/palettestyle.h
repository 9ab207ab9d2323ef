#pragma once

#include <QProxyStyle>

// The chosen style, made to follow the palette where it does not by itself: its monochrome icons
// (play, pause, stop, arrows) take the palette's text colour, so a dark theme does not show black
// icons on dark grey, and check boxes get an outline that shows on a dark background.
class PaletteStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit PaletteStyle(const QString &baseStyle);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
