#include "ui/narrowwindowfit.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QResizeEvent>
#include <QSplitter>

namespace {
constexpr double DetailsShare = 0.25;
constexpr double SourcesShare = 0.30;
} // namespace

NarrowWindowFit::NarrowWindowFit(QMainWindow *window, QSplitter *splitter, QDockWidget *details)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
    , m_details(details)
{
    window->installEventFilter(this);
}

bool NarrowWindowFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Show) {
        fit(); // a window opened narrow
    } else if (event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->oldSize().isValid() && resize->size().width() < resize->oldSize().width())
            fit();
    }
    return QObject::eventFilter(watched, event);
}

void NarrowWindowFit::fit()
{
    const int width = m_window->width();
    const int detailsWidth = qMax(m_details->minimumSizeHint().width(), int(width * DetailsShare));
    if (m_details->isVisible() && !m_details->isFloating() && m_details->width() > detailsWidth)
        m_window->resizeDocks({ m_details }, { detailsWidth }, Qt::Horizontal);

    QList<int> sizes = m_splitter->sizes();
    QWidget *sources = m_splitter->widget(0);
    const int sourcesWidth = qMax(sources->minimumSizeHint().width(), int(width * SourcesShare));
    if (sizes.size() == 2 && sources->isVisible() && sizes.at(0) > sourcesWidth) {
        sizes[1] += sizes.at(0) - sourcesWidth;
        sizes[0] = sourcesWidth;
        m_splitter->setSizes(sizes);
    }
}
