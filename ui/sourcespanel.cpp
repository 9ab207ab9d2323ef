#include "ui/sourcespanel.h"

#include "core/modelscanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

SourcesPanel::SourcesPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("Models"), tr("Archived into") });
    m_list->setRootIsDecorated(false);
    m_list->setTextElideMode(Qt::ElideMiddle); // a path's end is the part that tells
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Model folders and their output folders"));
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { Q_EMIT currentOutputDirChanged(currentOutputDir()); });

    auto *addFolder = new QPushButton(tr("Add &folder…"), this);
    addFolder->setToolTip(tr("Add a models folder (its subfolders are included)"));
    connect(addFolder, &QPushButton::clicked, this, &SourcesPanel::addFolderDialog);
    auto *addFile = new QPushButton(tr("Add fi&le…"), this);
    connect(addFile, &QPushButton::clicked, this, &SourcesPanel::addFileDialog);
    auto *output = new QPushButton(tr("&Output folder…"), this);
    output->setToolTip(tr("Choose where the selected sources are archived"));
    connect(output, &QPushButton::clicked, this, &SourcesPanel::chooseOutput);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setToolTip(tr("Forget the selected sources (nothing is deleted)"));
    connect(remove, &QPushButton::clicked, this, &SourcesPanel::removeSelected);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two rows of two: four buttons in a row made the panel too wide for a small window.
    layout->addWidget(m_list, 0, 0, 1, 2);
    layout->addWidget(addFolder, 1, 0);
    layout->addWidget(addFile, 1, 1);
    layout->addWidget(output, 2, 0);
    layout->addWidget(remove, 2, 1);
}

QString SourcesPanel::defaultOutputFor(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.isDir() ? info.fileName() : info.dir().dirName();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir::cleanPath(documents + QStringLiteral("/Civitai Archive/")
                           + (name.isEmpty() ? QStringLiteral("models") : name));
}

void SourcesPanel::setSources(const QList<Source> &sources)
{
    m_sources = sources;
    refresh();
}

int SourcesPanel::addPaths(const QStringList &paths)
{
    int added = 0;
    for (const QString &path : paths) {
        const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        const bool known = std::any_of(m_sources.cbegin(), m_sources.cend(),
                                       [&](const Source &source) { return source.path == clean; });
        if (known || !QFileInfo::exists(clean))
            continue;
        m_sources.append({ clean, defaultOutputFor(clean) });
        ++added;
    }
    if (added > 0)
        refresh();
    return added;
}

QStringList SourcesPanel::outputDirs() const
{
    QStringList dirs;
    for (const Source &source : m_sources) {
        if (!dirs.contains(source.outputDir))
            dirs.append(source.outputDir);
    }
    return dirs;
}

QString SourcesPanel::currentOutputDir() const
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        return m_sources.at(rows.constFirst()).outputDir;
    return m_sources.isEmpty() ? QString() : m_sources.constFirst().outputDir;
}

void SourcesPanel::addFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a models folder"));
    if (!folder.isEmpty())
        addPaths({ folder });
}

void SourcesPanel::addFileDialog()
{
    QStringList patterns;
    for (const QString &extension : ModelScanner::knownModelExtensions())
        patterns.append(QStringLiteral("*.") + extension);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add model files"), {},
        tr("Model files (%1)").arg(patterns.join(QLatin1Char(' '))));
    addPaths(files);
}

void SourcesPanel::chooseOutput()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Archive the selected sources into"), m_sources.at(rows.constFirst()).outputDir);
    if (folder.isEmpty())
        return;
    for (const int row : rows)
        m_sources[row].outputDir = QDir::cleanPath(folder);
    refresh();
}

void SourcesPanel::removeSelected()
{
    QList<int> rows = selectedRows();
    std::sort(rows.rbegin(), rows.rend());
    for (const int row : std::as_const(rows))
        m_sources.removeAt(row);
    refresh();
}

QList<int> SourcesPanel::selectedRows() const
{
    QList<int> rows;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (const QTreeWidgetItem *item : items)
        rows.append(m_list->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)));
    return rows;
}

void SourcesPanel::refresh()
{
    m_list->clear();
    for (const Source &source : std::as_const(m_sources)) {
        auto *item = new QTreeWidgetItem(
            m_list,
            { QDir::toNativeSeparators(source.path), QDir::toNativeSeparators(source.outputDir) });
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, item->text(1));
    }
    Q_EMIT changed();
}
