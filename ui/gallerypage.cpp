#include "ui/gallerypage.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGalleryPage, "cdm.ui.gallery")

namespace {

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
}

// Catches a link opened in a new window (target=_blank) before it loads anything.
class NewWindowCatcher final : public QWebEnginePage
{
public:
    NewWindowCatcher(QWebEngineProfile *profile, GalleryPage *opener)
        : QWebEnginePage(profile, opener)
        , m_opener(opener)
    { }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (isWeb(url))
            Q_EMIT m_opener->externalLinkRequested(url);
        deleteLater();
        return false;
    }

private:
    GalleryPage *m_opener;
};

} // namespace

GalleryPage::GalleryPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

bool GalleryPage::isInArchive(const QUrl &url) const
{
    if (!url.isLocalFile() || m_root.isEmpty())
        return false;
    const QString path = QDir::cleanPath(url.toLocalFile());
    const QString root = QDir::cleanPath(m_root);
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

bool GalleryPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isInArchive(url))
        return true;
    if (isWeb(url) && type == NavigationTypeLinkClicked && isMainFrame) {
        Q_EMIT externalLinkRequested(url);
        return false;
    }
    qCInfo(lcGalleryPage) << "blocked navigation to" << url.toDisplayString();
    return false;
}

QWebEnginePage *GalleryPage::createWindow(WebWindowType)
{
    return new NewWindowCatcher(profile(), this);
}
