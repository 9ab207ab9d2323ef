#include "ui/collectionview.h"

#include "ui/collectionfilter.h"
#include "ui/fileactions.h"
#include "ui/progressdelegate.h"
#include "ui/progressmodel.h"
#include "ui/reveal.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int CoverSize = 28; // ThumbnailCache's size: the rows' icons
}

CollectionView::CollectionView(ProgressModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new CollectionFilter(this))
    , m_tree(new QTreeView(this))
    , m_countsTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setItemDelegateForColumn(ProgressModel::StatusColumn, new ProgressDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // 10,000 rows scroll smoothly
    m_tree->setAlternatingRowColors(true);
    m_tree->setIconSize(QSize(CoverSize, CoverSize));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Files of the collection"));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ProgressModel::NameColumn, Qt::AscendingOrder);
    m_tree->header()->setSectionsMovable(true);
    m_tree->header()->resizeSection(ProgressModel::NameColumn, 320);
    m_tree->header()->resizeSection(ProgressModel::SizeColumn, 96);
    m_tree->header()->resizeSection(ProgressModel::StatusColumn, 200);
    m_tree->header()->resizeSection(ProgressModel::CivitaiColumn, 240);
    m_tree->header()->resizeSection(ProgressModel::TypeColumn, 90);
    m_tree->header()->resizeSection(ProgressModel::BaseModelColumn, 100);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &CollectionView::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openPageRequested(index.data(ProgressModel::ModelPageRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex file = sourceIndex(current);
                Q_EMIT currentFileChanged(file.parent().isValid() ? file : QModelIndex());
            });
    // Folders open as they appear, also when a filter shows them again: they are the
    // collection's outline. Only they: expandAll() would visit (and remember) every file.
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_filter->index(row, 0));
            });
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_tree, [this] {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_tree->expand(m_filter->index(row, 0));
    });

    // The counts follow the model at most five times a second.
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(200);
    connect(m_countsTimer, &QTimer::timeout, this, &CollectionView::updateCounts);
    const auto countLater = [this] {
        if (!m_countsTimer->isActive())
            m_countsTimer->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, countLater);
    connect(m_model, &QAbstractItemModel::dataChanged, this, countLater);
    connect(m_model, &QAbstractItemModel::modelReset, this, countLater);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_tree);
    updateCounts();
}

QWidget *CollectionView::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Show files"));
    // Wide enough for "Not on Civitai (10,000)" once: a width that followed the counts would lay
    // the window out (and repaint it whole) at every count.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(22);
    m_status->addItem(tr("All files"), QString());
    for (int group = 0; group < int(ProgressModel::Category::Count); ++group)
        m_status->addItem(ProgressModel::categoryText(ProgressModel::Category(group)),
                          ProgressModel::filterKey(ProgressModel::Category(group)));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusKey(m_status->currentData().toString()); });

    m_search = new QLineEdit(bar);
    m_search->setAccessibleName(tr("Find files"));
    m_search->setPlaceholderText(tr("Find by name, Civitai name, type or base model"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &CollectionFilter::setText);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *show = new QLabel(tr("&Show:"), bar);
    show->setBuddy(m_status);
    layout->addWidget(show);
    layout->addWidget(m_status);
    layout->addWidget(m_search, 1);
    return bar;
}

void CollectionView::find()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QModelIndex CollectionView::sourceIndex(const QModelIndex &index) const
{
    return index.model() == m_filter ? m_filter->mapToSource(index) : index;
}

void CollectionView::updateCounts()
{
    const QList<int> counts = m_model->categoryCounts();
    m_status->setItemText(0, tr("All files (%1)").arg(m_model->fileCount()));
    for (int group = 0; group < counts.size(); ++group)
        //: A status filter's entry with its count: "Errors (2)"
        m_status->setItemText(group + 1,
                              tr("%1 (%2)")
                                  .arg(ProgressModel::categoryText(ProgressModel::Category(group)))
                                  .arg(counts.at(group)));
}

void CollectionView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = sourceIndex(m_tree->indexAt(position));
    if (!index.isValid())
        return;
    QMenu menu(this);
    fillContextMenu(menu, index);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

// The whole context menu, for a folder or a file: one place to add an action.
void CollectionView::fillContextMenu(QMenu &menu, const QModelIndex &index)
{
    const QString path = index.data(ProgressModel::PathRole).toString();
    const QString outputDir = index.data(ProgressModel::OutputDirRole).toString();
    menu.addAction(tr("Reveal in file manager"), this, [path] { revealInFileManager(path); });
    menu.addAction(tr("Open output folder"), this,
                   [outputDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(outputDir)); });
    if (!index.parent().isValid())
        return; // a folder
    const QString page = index.data(ProgressModel::ModelPageRole).toString();
    menu.addAction(tr("Open model page"), this, [this, page] { Q_EMIT openPageRequested(page); })
        ->setEnabled(QFileInfo::exists(page));
    const std::optional<ArchivedModel> model = FileActions::archivedModel(index);
    menu.addAction(tr("Open on Civitai"), this, [model] { FileActions::openOnCivitai(*model); })
        ->setEnabled(model && model->civitaiUrl().isValid());
    menu.addSeparator();
    menu.addAction(tr("Copy hash"), this, [model] { FileActions::copyToClipboard(model->sha256); })
        ->setEnabled(model && !model->sha256.isEmpty());
    menu.addAction(tr("Copy trigger words"), this,
                   [model] { FileActions::copyToClipboard(FileActions::triggerWordsText(*model)); })
        ->setEnabled(model && !model->triggerWords().isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Retry"), this,
                   [this, path, outputDir] { Q_EMIT retryRequested(path, outputDir); })
        ->setEnabled(!m_running);
    if (m_extendFileMenu)
        m_extendFileMenu(menu, index);
}
