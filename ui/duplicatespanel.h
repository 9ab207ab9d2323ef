#pragma once

#include "core/duplicatefinder.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// Model files stored more than once (same SHA-256), grouped, with the one whose archive --clean
// keeps. A duplicate can go to the system trash after a confirmation: never deleted outright.
class DuplicatesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesPanel)

public:
    explicit DuplicatesPanel(QWidget *parent = nullptr);

    void load(const QStringList &outputDirs);
    int groupCount() const;
    // Asks, then moves this duplicate to the trash off the UI thread, under its archive's lock;
    // false if the user said no. trashFinished tells how it went (a refusal is shown).
    bool moveToTrash(const QString &path);

Q_SIGNALS:
    void loaded();
    void trashFinished(const QString &path, bool moved);

private:
    // On a pool thread: why `path` was not moved, or nothing.
    static QString trashUnderLock(const QString &path, const QString &outputDir);
    void showGroups(const QList<DuplicateGroup> &groups);
    void updateActions();
    QString selectedPath() const;
    bool selectedIsKept() const;

    QTreeWidget *m_tree;
    QLabel *m_summary;
    QAction *m_reveal;
    QAction *m_trash;
    QStringList m_outputDirs;
    QHash<QString, QString> m_archiveOf; // each listed file's archive (output folder)
    int m_generation = 0;
};
