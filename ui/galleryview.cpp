#include "ui/galleryview.h"

#include "core/archivelayout.h"
#include "core/translations.h"
#include "ui/gallerypage.h"
#include "ui/localonlyinterceptor.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <utility>

namespace {

QString indexOf(const QString &outputDir)
{
    return ArchiveLayout(outputDir).indexPage();
}

// The <html lang="…"> of a written index.html ("de", "zh-CN"); empty when there is none.
QString languageOf(const QString &indexPage)
{
    QFile file(indexPage);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression lang(QStringLiteral("<html lang=\"([^\"]*)\">"));
    return lang.match(QString::fromUtf8(file.read(1024))).captured(1);
}

const QString EmbeddingScriptName = QStringLiteral("cdm-embedded");

} // namespace

GalleryView::GalleryView(QWidget *parent)
    : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_home = m_toolBar->addAction(tr("Home"), this, &GalleryView::goHome);
    m_home->setToolTip(tr("Back to the model list"));
    m_searchField = new QLineEdit(this);
    m_searchField->setPlaceholderText(tr("Search the gallery (commas: all terms must match)"));
    m_searchField->setAccessibleName(tr("Search the gallery"));
    m_searchField->setClearButtonEnabled(true);
    // The page's own search box is hidden in the tab: this one drives it as it is typed.
    connect(m_searchField, &QLineEdit::textChanged, this, &GalleryView::search);
    m_searchAction = m_toolBar->addWidget(m_searchField);

    m_placeholder = new QLabel(
        tr("No gallery yet.\nRun an archive and its model browser appears here."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack);
}

GalleryView::~GalleryView()
{
    // The page before its profile: WebEngine requires it.
    delete m_view;
    delete m_page;
}

QWebEngineView *GalleryView::webView()
{
    if (!m_view)
        createBrowser();
    return m_view;
}

void GalleryView::showEvent(QShowEvent *event)
{
    webView(); // before the first paint: the tab never shows an empty browser
    QWidget::showEvent(event);
}

void GalleryView::createBrowser()
{
    // A profile of our own: the gallery's remembered sort and theme persist, and the request
    // filter applies to nothing else.
    auto *profile = new QWebEngineProfile(QStringLiteral("gallery"), this);
    profile->setUrlRequestInterceptor(new LocalOnlyInterceptor(profile));
    m_page = new GalleryPage(profile, this);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_page->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    m_page->setArchiveRoot(m_outputDir);
    connect(m_page, &GalleryPage::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });

    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Gallery"));
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // The page's own search box is hidden: a reloaded index keeps the tab's search.
        if (m_pendingSearch.isNull() && !m_searchField->text().isEmpty())
            m_pendingSearch = m_searchField->text();
        applyPendingSearch();
        Q_EMIT pageLoaded(ok);
    });

    // Our own text for WebEngine's page actions: Qt's WebEngine translations miss languages.
    QAction *back = m_view->pageAction(QWebEnginePage::Back);
    back->setText(tr("Back"));
    back->setShortcut(QKeySequence::Back);
    QAction *forward = m_view->pageAction(QWebEnginePage::Forward);
    forward->setText(tr("Forward"));
    forward->setShortcut(QKeySequence::Forward);
    QAction *reload = m_view->pageAction(QWebEnginePage::Reload);
    reload->setText(tr("Reload"));
    m_toolBar->insertAction(m_home, back);
    m_toolBar->insertAction(m_home, forward);
    m_toolBar->insertAction(m_searchAction, reload);

    m_stack->addWidget(m_view);
    followTheme();
    if (m_pendingUrl.isValid()) {
        showGallery(true);
        m_view->load(std::exchange(m_pendingUrl, QUrl()));
    }
}

void GalleryView::load(const QUrl &url)
{
    showGallery(true);
    if (m_view)
        m_view->load(url);
    else
        m_pendingUrl = url; // loaded when the browser starts
}

void GalleryView::setArchive(const QString &outputDir)
{
    if (outputDir == m_outputDir && m_view && m_stack->currentWidget() == m_view)
        return;
    m_outputDir = outputDir;
    if (m_page)
        m_page->setArchiveRoot(outputDir);
    goHome();
    checkLanguage();
}

void GalleryView::checkLanguage()
{
    const QString written = languageOf(indexOf(m_outputDir));
    if (written.isEmpty() || m_languageChecked.contains(m_outputDir))
        return;
    m_languageChecked.insert(m_outputDir);
    if (written != QString(Translations::current()).replace(QLatin1Char('_'), QLatin1Char('-')))
        Q_EMIT writtenInAnotherLanguage(m_outputDir);
}

void GalleryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followTheme();
}

void GalleryView::followTheme()
{
    if (!m_page)
        return; // the browser takes the theme when it starts
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
    // Before the page's own scripts, in its world: theme.js reads it, hides the page's search
    // box and theme button (the window has its own) and takes the theme.
    QWebEngineScript script;
    script.setName(EmbeddingScriptName);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(QStringLiteral("window.CDM_EMBEDDED = { theme: '%1' };").arg(theme));
    QWebEngineScriptCollection &scripts = m_page->scripts();
    for (const QWebEngineScript &old : scripts.find(EmbeddingScriptName))
        scripts.remove(old);
    scripts.insert(script);
    m_page->setBackgroundColor(palette().color(QPalette::Base));
    // The page shown now follows at once.
    m_page->runJavaScript(
        QStringLiteral("document.documentElement.setAttribute('data-theme', '%1');").arg(theme),
        QWebEngineScript::ApplicationWorld);
}

void GalleryView::showGallery(bool available)
{
    if (!available)
        m_pendingUrl = QUrl();
    m_stack->setCurrentWidget(available && m_view ? static_cast<QWidget *>(m_view) : m_placeholder);
}

void GalleryView::goHome()
{
    const bool available = !m_outputDir.isEmpty() && QFileInfo::exists(indexOf(m_outputDir));
    if (available)
        load(QUrl::fromLocalFile(indexOf(m_outputDir)));
    else
        showGallery(false);
}

void GalleryView::openPage(const QString &path)
{
    if (!QFileInfo::exists(path))
        return;
    load(QUrl::fromLocalFile(path));
    webView(); // a page was asked for: the browser starts now, with it
}

void GalleryView::reloadArchive()
{
    const bool available = !m_outputDir.isEmpty() && QFileInfo::exists(indexOf(m_outputDir));
    showGallery(available);
    if (!available)
        return;
    if (m_view && m_page->isInArchive(m_view->url()))
        m_view->reload();
    else
        goHome();
}

void GalleryView::search(const QString &text)
{
    m_pendingSearch = text;
    m_searchField->setText(text);
    if (m_view && m_view->url() == QUrl::fromLocalFile(indexOf(m_outputDir)))
        applyPendingSearch();
    else
        goHome(); // the search runs once the index has loaded
}

void GalleryView::applyPendingSearch()
{
    if (m_pendingSearch.isNull() || m_view->url() != QUrl::fromLocalFile(indexOf(m_outputDir)))
        return;
    // In an isolated world: our script shares the DOM with the page, not its JavaScript.
    const QString literal = QString::fromUtf8(
        QJsonDocument(QJsonArray { m_pendingSearch }).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(
        QStringLiteral("(function (q) { var s = document.getElementById('search');"
                       " if (s) { s.value = q; s.dispatchEvent(new Event('input')); } })(%1[0]);")
            .arg(literal),
        QWebEngineScript::ApplicationWorld);
    m_pendingSearch = QString();
}
