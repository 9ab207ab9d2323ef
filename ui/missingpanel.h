#pragma once

#include "core/missingfiles.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// Files Civitai answered 404 for (missing_from_civitai.txt of every output folder), with the
// trigger words their own metadata still holds: often all that is left of a deleted LoRA.
class MissingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissingPanel)

public:
    explicit MissingPanel(QWidget *parent = nullptr);

    // Reads the archives off the UI thread; the list updates when done.
    void load(const QStringList &outputDirs);
    int count() const;

Q_SIGNALS:
    void loaded();
    void retryRequested(const QString &path, const QString &outputDir);
    void openPageRequested(const QString &pagePath);

private:
    void showArchives(const QList<std::pair<QString, QList<MissingFile>>> &archives);
    void updateActions();
    QTreeWidgetItem *current() const;

    QTreeWidget *m_list;
    QLabel *m_summary;
    QAction *m_retry;
    QAction *m_reveal;
    QAction *m_openPage;
    int m_generation = 0; // only the latest load is shown
    bool m_archived = false; // a run has archived into one of the folders: the empty list means it
};
