#pragma once

#include <QWidget>

#include <functional>

class CollectionFilter;
class ProgressModel;
class QComboBox;
class QLineEdit;
class QMenu;
class QTimer;
class QTreeView;

// The collection tab: every model file the archives know and those a run works on, as a sortable
// tree with a status filter (with counts) and a text filter. Asks the window for what it cannot
// do itself (open a gallery page, retry a file).
class CollectionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionView)

public:
    CollectionView(ProgressModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    CollectionFilter *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    // A run is on: no retry meanwhile.
    void setRunning(bool running) { m_running = running; }
    // Actions the window adds to a file's context menu (manual links), after the view's own.
    using FileMenuExtension = std::function<void(QMenu &menu, const QModelIndex &file)>;
    void setFileMenuExtension(FileMenuExtension extension) { m_extendFileMenu = std::move(extension); }
    // Focuses the text filter (Find, Ctrl+F).
    void find();
    // The file row under `index` (of the tree's model), mapped to the ProgressModel.
    QModelIndex sourceIndex(const QModelIndex &index) const;

Q_SIGNALS:
    void openPageRequested(const QString &pagePath);
    void retryRequested(const QString &path, const QString &outputDir);
    // The selected file changed (an invalid index: none, or a folder), as a ProgressModel index.
    void currentFileChanged(const QModelIndex &file);

private:
    QWidget *createFilterBar();
    void showContextMenu(const QPoint &position);
    void fillContextMenu(QMenu &menu, const QModelIndex &index);
    void updateCounts();

    ProgressModel *m_model;
    CollectionFilter *m_filter;
    QTreeView *m_tree;
    QComboBox *m_status;
    QLineEdit *m_search;
    QTimer *m_countsTimer;
    FileMenuExtension m_extendFileMenu;
    bool m_running = false;
};
