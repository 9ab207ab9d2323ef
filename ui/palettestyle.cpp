#include "ui/palettestyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QStyleOption>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Paints a monochrome icon in the palette's button text colour of the moment: it follows a
// theme chosen after the icon was made.
class TintedIconEngine final : public QIconEngine
{
public:
    explicit TintedIconEngine(QIcon base)
        : m_base(std::move(base))
    { }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap = m_base.pixmap(size, QIcon::Normal, state);
        if (pixmap.isNull())
            return pixmap;
        const QPalette palette = QGuiApplication::palette();
        const QColor color = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        return pixmap;
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(
            rect, pixmap(rect.size() * painter->device()->devicePixelRatio(), mode, state));
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_base.availableSizes(mode, state);
    }
    QIconEngine *clone() const override { return new TintedIconEngine(m_base); }

private:
    QIcon m_base;
};

bool isMonochrome(QStyle::StandardPixmap icon)
{
    switch (icon) {
    case QStyle::SP_MediaPlay:
    case QStyle::SP_MediaPause:
    case QStyle::SP_MediaStop:
    case QStyle::SP_MediaSkipForward:
    case QStyle::SP_MediaSkipBackward:
    case QStyle::SP_MediaSeekForward:
    case QStyle::SP_MediaSeekBackward:
    case QStyle::SP_ArrowBack:
    case QStyle::SP_ArrowForward:
    case QStyle::SP_ArrowUp:
    case QStyle::SP_ArrowDown:
    case QStyle::SP_TitleBarCloseButton:
    case QStyle::SP_TitleBarNormalButton:
    case QStyle::SP_DockWidgetCloseButton:
        return true;
    default:
        return false;
    }
}

} // namespace

PaletteStyle::PaletteStyle(const QString &baseStyle)
    : QProxyStyle(baseStyle)
{ }

QIcon PaletteStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                 const QWidget *widget) const
{
    const QIcon base = QProxyStyle::standardIcon(icon, option, widget);
    return isMonochrome(icon) && !base.isNull() ? QIcon(new TintedIconEngine(base)) : base;
}

void PaletteStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox || !isDark(option->palette))
        return;
    // The style's outline is its window colour darkened: invisible on a dark window.
    QColor outline = option->palette.color(QPalette::WindowText);
    outline.setAlpha(option->state & State_Enabled ? 150 : 70);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}
