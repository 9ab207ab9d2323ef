#pragma once

#include <QSet>
#include <QWidget>

class GalleryPage;
class QLabel;
class QLineEdit;
class QStackedWidget;
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

    QWebEngineView *webView() const { return m_view; }

Q_SIGNALS:
    void pageLoaded(bool ok);
    // The archive's gallery was written in another language than the window's: the window has
    // it written again (once per archive and session, so a read-only archive does not loop).
    void writtenInAnotherLanguage(const QString &outputDir);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showGallery(bool available);
    void applyPendingSearch();
    void checkLanguage();
    // The page takes the window's theme (WebEngine 6.4 does not tell it the palette's).
    void followTheme();

    QString m_outputDir;
    QString m_pendingSearch;
    QSet<QString> m_languageChecked; // archives whose gallery language was compared
    GalleryPage *m_page;
    QWebEngineView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLineEdit *m_searchField;
};
