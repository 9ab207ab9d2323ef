#pragma once

#include <QWebEnginePage>

// The in-app gallery's page. The archive is local and the data in it untrusted, so the page may
// only show files of the archive; links anywhere else (civitai.com, download links) open in the
// system browser, and nothing else (javascript:, other local files) opens at all.
class GalleryPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryPage)

public:
    GalleryPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setArchiveRoot(const QString &path) { m_root = path; }
    bool isInArchive(const QUrl &url) const;

Q_SIGNALS:
    // An http(s) link the user followed; the view hands it to the system browser.
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QString m_root;
};
