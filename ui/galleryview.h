#pragma once

#include <QSet>
#include <QUrl>
#include <QWidget>

class GalleryPage;
class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolBar;
class QWebEngineView;

// The gallery tab: the archive's index.html and model pages in an embedded browser with back,
// forward, home and search. External links go to the system browser (GalleryPage).
class GalleryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryView)

public:
    explicit GalleryView(QWidget *parent = nullptr);
    ~GalleryView() override;

    // Shows this archive's index.html, or says there is no gallery yet.
    void setArchive(const QString &outputDir);
    QString archive() const { return m_outputDir; }
    // A model page (or any file) of the current archive.
    void openPage(const QString &path);
    void goHome();
    // After a run: the gallery was rewritten.
    void reloadArchive();
    // Fills the index's own search box (loading the index first if another page is shown).
    void search(const QString &text);

    // The browser, started now if it has not been: Qt WebEngine's browser side costs the
    // process tens of MB, so it starts when the tab is first shown or a page is opened.
    QWebEngineView *webView();

Q_SIGNALS:
    void pageLoaded(bool ok);
    // The archive's gallery was written in another language than the window's: the window has
    // it written again (once per archive and session, so a read-only archive does not loop).
    void writtenInAnotherLanguage(const QString &outputDir);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createBrowser();
    // Shows `url` in the browser, or once it starts.
    void load(const QUrl &url);
    void showGallery(bool available);
    void applyPendingSearch();
    void checkLanguage();
    // The page takes the window's theme (WebEngine 6.4 does not tell it the palette's).
    void followTheme();

    QString m_outputDir;
    QString m_pendingSearch;
    QSet<QString> m_languageChecked; // archives whose gallery language was compared
    QUrl m_pendingUrl; // what the browser shows when it starts
    GalleryPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QToolBar *m_toolBar;
    QAction *m_home;
    QAction *m_searchAction;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLineEdit *m_searchField;
};
