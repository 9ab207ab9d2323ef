#include "ui/missingpanel.h"

#include "core/archivelayout.h"
#include "ui/background.h"
#include "ui/reveal.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    SinceColumn,
    StatusColumn,
    FileColumn,
    TriggerColumn,
    ColumnCount
};
enum Role
{
    PathRole = Qt::UserRole + 1,
    OutputDirRole,
    PageRole
};

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

MissingPanel::MissingPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true); // a long sentence must not widen the window
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        { tr("Missing since"), tr("Status"), tr("File"), tr("Trigger words from its metadata") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(SinceColumn, Qt::DescendingOrder);
    m_list->setAccessibleName(tr("Files not found on Civitai"));
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(SinceColumn, 150);
    m_list->setColumnWidth(StatusColumn, 80);
    m_list->setColumnWidth(FileColumn, 320);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_retry = new QAction(tr("&Retry lookup"), this);
    m_retry->setToolTip(tr("Ask Civitai again about this file"));
    connect(m_retry, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = current())
            Q_EMIT retryRequested(item->data(0, PathRole).toString(),
                                  item->data(0, OutputDirRole).toString());
    });
    m_reveal = new QAction(tr("Re&veal file"), this);
    connect(m_reveal, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = current())
            revealInFileManager(item->data(0, PathRole).toString());
    });
    m_openPage = new QAction(tr("Open its &page"), this);
    connect(m_openPage, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = current())
            Q_EMIT openPageRequested(item->data(0, PageRole).toString());
    });
    for (QAction *action : { m_retry, m_reveal, m_openPage })
        m_list->addAction(action);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &MissingPanel::updateActions);
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_openPage, &QAction::trigger);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QAction *action : { m_retry, m_reveal, m_openPage })
        buttons->addWidget(buttonFor(action, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    showArchives({});
}

void MissingPanel::load(const QStringList &outputDirs)
{
    const int generation = ++m_generation;
    runInBackground(
        this,
        [outputDirs] {
            QList<std::pair<QString, QList<MissingFile>>> archives;
            for (const QString &outputDir : outputDirs)
                archives.append({ outputDir, MissingFiles::read(outputDir) });
            return archives;
        },
        [this, generation,
         outputDirs](const QList<std::pair<QString, QList<MissingFile>>> &archives) {
            if (generation != m_generation)
                return;
            m_archived
                = std::any_of(outputDirs.cbegin(), outputDirs.cend(), [](const QString &dir) {
                      return QFileInfo::exists(ArchiveLayout(dir).processedFiles());
                  });
            showArchives(archives);
            Q_EMIT loaded();
        });
}

int MissingPanel::count() const
{
    return m_list->topLevelItemCount();
}

void MissingPanel::showArchives(const QList<std::pair<QString, QList<MissingFile>>> &archives)
{
    m_list->setSortingEnabled(false);
    m_list->clear();
    // Added in one step, not one insertion (and view update) per row: 10,000 unknown files of
    // a large collection would keep the window from repainting for a moment.
    QList<QTreeWidgetItem *> items;
    for (const auto &[outputDir, files] : archives) {
        for (const MissingFile &file : files) {
            auto *item = new QTreeWidgetItem;
            items.append(item);
            item->setText(SinceColumn, file.timestamp);
            //: Civitai's answer for a file in the missing list; %1 an HTTP status other than 404
            item->setText(StatusColumn,
                          file.status == 404 ? tr("Not on Civitai")
                                             : tr("Answer %1").arg(file.status));
            item->setText(FileColumn, file.fileName);
            item->setToolTip(
                FileColumn,
                file.path.isEmpty()
                    ? tr("%1 (not found on disk in this archive's sources)").arg(file.fileName)
                    : file.path);
            item->setText(TriggerColumn, file.triggerWords.join(QStringLiteral(", ")));
            item->setToolTip(TriggerColumn, file.triggerWords.join(QLatin1Char('\n')));
            item->setData(0, PathRole, file.path);
            item->setData(0, OutputDirRole, outputDir);
            item->setData(0, PageRole, ModelFolder(outputDir, file.folder).page());
        }
    }
    m_list->addTopLevelItems(items);
    m_list->setSortingEnabled(true);
    const int n = m_list->topLevelItemCount();
    m_summary->setText(
        n > 0 ? tr("%n file(s) not found on Civitai. Their trigger words come from "
                   "the files' own training metadata.",
                   nullptr, n)
            : m_archived
            ? tr("Civitai knows every archived file.")
            : tr("Nothing is archived yet: after a run, the files Civitai does not know "
                 "are listed here."));
    updateActions();
}

QTreeWidgetItem *MissingPanel::current() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? nullptr : selected.constFirst();
}

void MissingPanel::updateActions()
{
    const QTreeWidgetItem *item = current();
    const bool onDisk = item && QFileInfo::exists(item->data(0, PathRole).toString());
    m_retry->setEnabled(onDisk);
    m_reveal->setEnabled(onDisk);
    m_openPage->setEnabled(item && QFileInfo::exists(item->data(0, PageRole).toString()));
}
