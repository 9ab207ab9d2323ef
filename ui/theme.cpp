#include "ui/theme.h"

#include "ui/palettestyle.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>

Q_LOGGING_CATEGORY(lcTheme, "cdm.ui.theme")

namespace {

// What the platform gave us before any theme was applied, so "System" can go back to it.
struct PlatformLook
{
    QString styleName;
    QPalette palette;
    bool saved = false;
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    return look;
}

void setRoles(QPalette &palette, QPalette::ColorGroup group, const QColor &window,
              const QColor &windowText, const QColor &base, const QColor &alternateBase,
              const QColor &text, const QColor &button, const QColor &buttonText,
              const QColor &highlight, const QColor &highlightedText, const QColor &link,
              const QColor &placeholder)
{
    palette.setColor(group, QPalette::Window, window);
    palette.setColor(group, QPalette::WindowText, windowText);
    palette.setColor(group, QPalette::Base, base);
    palette.setColor(group, QPalette::AlternateBase, alternateBase);
    palette.setColor(group, QPalette::ToolTipBase, base);
    palette.setColor(group, QPalette::ToolTipText, text);
    palette.setColor(group, QPalette::Text, text);
    palette.setColor(group, QPalette::Button, button);
    palette.setColor(group, QPalette::ButtonText, buttonText);
    palette.setColor(group, QPalette::BrightText, Qt::red);
    palette.setColor(group, QPalette::Highlight, highlight);
    palette.setColor(group, QPalette::HighlightedText, highlightedText);
    palette.setColor(group, QPalette::Link, link);
    palette.setColor(group, QPalette::LinkVisited, link.darker(120));
    palette.setColor(group, QPalette::PlaceholderText, placeholder);
}

} // namespace

QPalette Theme::lightPalette()
{
    QPalette palette;
    for (const auto group : { QPalette::Active, QPalette::Inactive })
        setRoles(palette, group, QColor(0xf3, 0xf3, 0xf3), QColor(0x1f, 0x1f, 0x1f), Qt::white,
                 QColor(0xf5, 0xf6, 0xf8), QColor(0x1f, 0x1f, 0x1f), QColor(0xfa, 0xfa, 0xfa),
                 QColor(0x1f, 0x1f, 0x1f), QColor(0x25, 0x63, 0xeb), Qt::white,
                 QColor(0x1d, 0x4e, 0xd8), QColor(0x6b, 0x72, 0x80));
    setRoles(palette, QPalette::Disabled, QColor(0xf3, 0xf3, 0xf3), QColor(0x9c, 0xa3, 0xaf),
             QColor(0xf3, 0xf3, 0xf3), QColor(0xf3, 0xf3, 0xf3), QColor(0x9c, 0xa3, 0xaf),
             QColor(0xf0, 0xf0, 0xf0), QColor(0x9c, 0xa3, 0xaf), QColor(0xc7, 0xcc, 0xd4),
             QColor(0x6b, 0x72, 0x80), QColor(0x9c, 0xa3, 0xaf), QColor(0xb0, 0xb5, 0xbd));
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe5, 0xe7, 0xeb));
    palette.setColor(QPalette::Mid, QColor(0xc0, 0xc4, 0xcc));
    palette.setColor(QPalette::Dark, QColor(0x9c, 0xa3, 0xaf));
    palette.setColor(QPalette::Shadow, QColor(0x6b, 0x72, 0x80));
    return palette;
}

QPalette Theme::darkPalette()
{
    QPalette palette;
    for (const auto group : { QPalette::Active, QPalette::Inactive })
        setRoles(palette, group, QColor(0x2b, 0x2d, 0x31), QColor(0xe6, 0xe6, 0xe6),
                 QColor(0x1e, 0x1f, 0x22), QColor(0x26, 0x28, 0x2c), QColor(0xe6, 0xe6, 0xe6),
                 QColor(0x35, 0x37, 0x3c), QColor(0xe6, 0xe6, 0xe6), QColor(0x3b, 0x82, 0xf6),
                 Qt::white, QColor(0x7d, 0xb3, 0xff), QColor(0x8b, 0x90, 0x98));
    setRoles(palette, QPalette::Disabled, QColor(0x2b, 0x2d, 0x31), QColor(0x6e, 0x72, 0x79),
             QColor(0x26, 0x28, 0x2c), QColor(0x26, 0x28, 0x2c), QColor(0x6e, 0x72, 0x79),
             QColor(0x30, 0x32, 0x36), QColor(0x6e, 0x72, 0x79), QColor(0x44, 0x47, 0x4d),
             QColor(0x9a, 0x9e, 0xa5), QColor(0x6e, 0x72, 0x79), QColor(0x5c, 0x60, 0x66));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x0f, 0x10, 0x11));
    return palette;
}

void Theme::apply(QApplication &, Settings::Theme theme) // the application-wide style and palette
{
    PlatformLook &look = platformLook();
    if (!look.saved) {
        look.styleName = styleName();
        look.palette = QApplication::palette();
        look.saved = true;
    }
    switch (theme) {
    case Settings::Theme::System:
        if (!look.styleName.isEmpty())
            QApplication::setStyle(new PaletteStyle(look.styleName));
        QApplication::setPalette(look.palette);
        break;
    case Settings::Theme::Light:
        QApplication::setStyle(new PaletteStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Settings::Theme::Dark:
        QApplication::setStyle(new PaletteStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    qCDebug(lcTheme) << "theme" << theme << "style" << styleName();
}

QString Theme::styleName()
{
    const QStyle *style = QApplication::style();
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style ? style->name() : QString();
}
