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
    // A profile of our own: the gallery's remembered sort and theme persist, and the request
    // filter applies to nothing else.
    auto *profile = new QWebEngineProfile(QStringLiteral("gallery"), this);
    profile->setUrlRequestInterceptor(new LocalOnlyInterceptor(profile));
    m_page = new GalleryPage(profile, this);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_page->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
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

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    // Our own text for WebEngine's page actions: Qt's WebEngine translations miss languages.
    QAction *back = m_view->pageAction(QWebEnginePage::Back);
    back->setText(tr("Back"));
    back->setShortcut(QKeySequence::Back);
    QAction *forward = m_view->pageAction(QWebEnginePage::Forward);
    forward->setText(tr("Forward"));
    forward->setShortcut(QKeySequence::Forward);
    QAction *reload = m_view->pageAction(QWebEnginePage::Reload);
    reload->setText(tr("Reload"));
    toolBar->addAction(back);
    toolBar->addAction(forward);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *home = toolBar->addAction(tr("Home"), this, &GalleryView::goHome);
    home->setToolTip(tr("Back to the model list"));
    toolBar->addAction(reload);
    m_searchField = new QLineEdit(this);
    m_searchField->setPlaceholderText(tr("Search the gallery (commas: all terms must match)"));
    m_searchField->setAccessibleName(tr("Search the gallery"));
    m_searchField->setClearButtonEnabled(true);
    // The page's own search box is hidden in the tab: this one drives it as it is typed.
    connect(m_searchField, &QLineEdit::textChanged, this, &GalleryView::search);
    toolBar->addWidget(m_searchField);

    m_placeholder = new QLabel(
        tr("No gallery yet.\nRun an archive and its model browser appears here."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack);
    followTheme();
}

GalleryView::~GalleryView()
{
    // The page before its profile: WebEngine requires it.
    delete m_view;
    delete m_page;
}

void GalleryView::setArchive(const QString &outputDir)
{
    if (outputDir == m_outputDir && m_stack->currentWidget() == m_view)
        return;
    m_outputDir = outputDir;
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
    m_stack->setCurrentWidget(available ? static_cast<QWidget *>(m_view) : m_placeholder);
}

void GalleryView::goHome()
{
    const bool available = !m_outputDir.isEmpty() && QFileInfo::exists(indexOf(m_outputDir));
    showGallery(available);
    if (available)
        m_view->load(QUrl::fromLocalFile(indexOf(m_outputDir)));
}

void GalleryView::openPage(const QString &path)
{
    if (!QFileInfo::exists(path))
        return;
    showGallery(true);
    m_view->load(QUrl::fromLocalFile(path));
}

void GalleryView::reloadArchive()
{
    const bool available = !m_outputDir.isEmpty() && QFileInfo::exists(indexOf(m_outputDir));
    showGallery(available);
    if (!available)
        return;
    if (m_page->isInArchive(m_view->url()))
        m_view->reload();
    else
        goHome();
}

void GalleryView::search(const QString &text)
{
    m_pendingSearch = text;
    m_searchField->setText(text);
    if (m_view->url() == QUrl::fromLocalFile(indexOf(m_outputDir)))
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
