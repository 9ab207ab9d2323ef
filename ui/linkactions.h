#pragma once

#include "core/runoptions.h"

#include <QObject>
#include <QPointer>

class LinkFile;
class QMenu;
class QWidget;
class UnlinkFile;

// The progress list's file menu for manual links: "Link to a Civitai version…" (LinkDialog,
// then LinkFile: the version is checked, the link recorded, the file archived) and, on a file
// linked by hand, "Remove the link" (UnlinkFile). One at a time; each ends with a message.
class LinkActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkActions)

public:
    explicit LinkActions(QWidget *window);
    ~LinkActions() override;

    // `job`: the run's options for the file's archive, `sources` the file alone. `enabled`:
    // nothing else writes the archive now.
    void addTo(QMenu &menu, const RunOptions &job, bool enabled);
    bool isBusy() const;
    static bool isLinked(const QString &outputDir, const QString &file);

    void link(const RunOptions &job, const QString &target);
    void unlink(const QString &outputDir, const QString &file);

Q_SIGNALS:
    // The archive's files changed: panels and the gallery may show something new.
    void archiveChanged(const QString &outputDir);
    void finished(bool succeeded, const QString &message);

private:
    void askAndLink(const RunOptions &job);
    void report(bool succeeded, const QString &message, const QString &outputDir);

    QWidget *m_window;
    QPointer<LinkFile> m_link;
    QPointer<UnlinkFile> m_unlink;
};
