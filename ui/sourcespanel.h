#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QTreeWidget;

// A models folder (or a single model file) and the archive it goes to. Several sources may share
// an output folder; each output folder is archived by one run.
struct Source
{
    QString path;
    QString outputDir;

    friend bool operator==(const Source &, const Source &) = default;
};

// The list of sources with their output folders: add (also by drag and drop, handled by the
// window), remove, and choose where a source is archived.
class SourcesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPanel)

public:
    explicit SourcesPanel(QWidget *parent = nullptr);

    QList<Source> sources() const { return m_sources; }
    void setSources(const QList<Source> &sources);
    // Adds what is not there yet; returns how many were added.
    int addPaths(const QStringList &paths);
    // Output folders in the order of their first source, each once.
    QStringList outputDirs() const;
    // The selected source's output folder, else the first one.
    QString currentOutputDir() const;

    // Where a source's archive goes unless the user says otherwise: one archive per models
    // folder under Documents, the layout the Python tool recommends (one output per category).
    static QString defaultOutputFor(const QString &path);

Q_SIGNALS:
    void changed();
    void currentOutputDirChanged(const QString &outputDir);

private:
    void addFolderDialog();
    void addFileDialog();
    void chooseOutput();
    void removeSelected();
    void refresh();
    QList<int> selectedRows() const;

    QList<Source> m_sources;
    QTreeWidget *m_list;
};
