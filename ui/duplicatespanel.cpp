#include "ui/duplicatespanel.h"

#include "core/archivelock.h"
#include "ui/background.h"
#include "ui/reveal.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Role
{
    PathRole = Qt::UserRole + 1,
    KeptRole
};

} // namespace

DuplicatesPanel::DuplicatesPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true); // a long sentence must not widen the window
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("File"), tr("Size"), tr("Archive") });
    m_tree->setAccessibleName(tr("Duplicate model files"));
    m_tree->setColumnWidth(0, 520);
    m_tree->setColumnWidth(1, 90);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_reveal = new QAction(tr("Re&veal file"), this);
    connect(m_reveal, &QAction::triggered, this, [this] { revealInFileManager(selectedPath()); });
    m_trash = new QAction(tr("Move to &trash…"), this);
    m_trash->setToolTip(tr("Move this copy to the system trash (it can be restored from there)"));
    connect(m_trash, &QAction::triggered, this, [this] { moveToTrash(selectedPath()); });
    for (QAction *action : { m_reveal, m_trash })
        m_tree->addAction(action);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DuplicatesPanel::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QAction *action : { m_reveal, m_trash }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);
    showGroups({});
}

void DuplicatesPanel::load(const QStringList &outputDirs)
{
    m_outputDirs = outputDirs;
    const int generation = ++m_generation;
    runInBackground(
        this,
        [outputDirs] {
            QList<DuplicateGroup> groups;
            QHash<QString, QString> archiveOf;
            for (const QString &outputDir : outputDirs) {
                const QList<DuplicateGroup> found = DuplicateFinder::find(outputDir);
                for (const DuplicateGroup &group : found) {
                    for (const QString &path : group.others + QStringList { group.kept })
                        archiveOf.insert(path, outputDir);
                }
                groups += found;
            }
            return std::make_pair(groups, archiveOf);
        },
        [this,
         generation](const std::pair<QList<DuplicateGroup>, QHash<QString, QString>> &result) {
            if (generation != m_generation)
                return;
            m_archiveOf = result.second;
            showGroups(result.first);
            Q_EMIT loaded();
        });
}

int DuplicatesPanel::groupCount() const
{
    return m_tree->topLevelItemCount();
}

void DuplicatesPanel::showGroups(const QList<DuplicateGroup> &groups)
{
    m_tree->clear();
    qint64 wasted = 0;
    // Built apart and added in one step: one insertion (and view update) for all the groups.
    QList<QTreeWidgetItem *> tops;
    for (const DuplicateGroup &group : groups) {
        auto *top = new QTreeWidgetItem;
        tops.append(top);
        top->setText(0,
                     tr("%n copies of %1", nullptr, int(group.others.size()) + 1)
                         .arg(QFileInfo(group.kept).fileName()));
        top->setToolTip(0, tr("SHA-256 %1").arg(group.sha256));
        top->setText(1, QLocale().formattedDataSize(group.size));
        QStringList files = group.others;
        files.prepend(group.kept);
        for (const QString &path : std::as_const(files)) {
            auto *item = new QTreeWidgetItem(top);
            const bool kept = path == group.kept;
            item->setText(0, path);
            item->setText(1, QLocale().formattedDataSize(group.size));
            item->setText(2, kept ? tr("kept") : tr("duplicate"));
            item->setData(0, PathRole, path);
            item->setData(0, KeptRole, kept);
            item->setFlags(item->flags() | Qt::ItemNeverHasChildren);
        }
        wasted += group.size * group.others.size();
    }
    m_tree->addTopLevelItems(tops);
    for (QTreeWidgetItem *top : std::as_const(tops))
        top->setExpanded(true); // the groups only: expandAll() would visit every file

    m_summary->setText(groups.isEmpty() ? tr("No model file is stored twice.")
                                        : tr("%n group(s) of identical files; %1 could be freed.",
                                             nullptr, int(groups.size()))
                                              .arg(QLocale().formattedDataSize(wasted)));
    updateActions();
}

QString DuplicatesPanel::selectedPath() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(0, PathRole).toString();
}

bool DuplicatesPanel::selectedIsKept() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return !selected.isEmpty() && selected.constFirst()->data(0, KeptRole).toBool();
}

void DuplicatesPanel::updateActions()
{
    const QString path = selectedPath();
    m_reveal->setEnabled(!path.isEmpty());
    m_trash->setEnabled(!path.isEmpty() && !selectedIsKept());
}

bool DuplicatesPanel::moveToTrash(const QString &path)
{
    if (path.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Move to trash"),
        tr("Move this copy to the trash?\n\n%1\n\nAn identical file stays where it is, and the "
           "trash can restore this one.")
            .arg(path),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const QString outputDir = m_archiveOf.value(path);
    runInBackground(
        this, [path, outputDir] { return trashUnderLock(path, outputDir); },
        [this, path](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Move to trash"), error);
            else
                load(m_outputDirs);
            Q_EMIT trashFinished(path, error.isEmpty());
        });
    return true;
}

QString DuplicatesPanel::trashUnderLock(const QString &path, const QString &outputDir)
{
    // A run on this archive may be hashing the file right now: the archive has one writer.
    ArchiveLock lock(outputDir);
    if (!outputDir.isEmpty() && QFileInfo(outputDir).isDir()
        && lock.tryLock() != ArchiveLock::Result::Locked)
        return lock.errorString();
    QFile file(path);
    if (!file.moveToTrash())
        return tr("%1 could not be moved to the trash: %2").arg(path, file.errorString());
    return {};
}
