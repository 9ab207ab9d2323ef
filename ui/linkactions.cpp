#include "ui/linkactions.h"

#include "core/linkfile.h"
#include "core/manuallinks.h"
#include "core/unlinkfile.h"
#include "ui/linkdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

LinkActions::LinkActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

LinkActions::~LinkActions()
{
    if (m_link)
        m_link->cancel();
}

bool LinkActions::isBusy() const
{
    return m_link || m_unlink;
}

bool LinkActions::isLinked(const QString &outputDir, const QString &file)
{
    ManualLinks links(outputDir);
    return links.load() && links.find(QDir::cleanPath(QFileInfo(file).absoluteFilePath()));
}

void LinkActions::addTo(QMenu &menu, const RunOptions &job, bool enabled)
{
    const QString file = job.sources.value(0);
    QAction *link
        = menu.addAction(tr("Link to a Civitai version…"), this, [this, job] { askAndLink(job); });
    link->setEnabled(enabled && !isBusy());
    if (isLinked(job.outputDir, file)) {
        QAction *unlinkAction = menu.addAction(tr("Remove the link"), this,
                                               [this, job, file] { unlink(job.outputDir, file); });
        unlinkAction->setEnabled(enabled && !isBusy());
    }
}

void LinkActions::askAndLink(const RunOptions &job)
{
    LinkDialog dialog(QFileInfo(job.sources.value(0)).fileName(), job.apiBases, m_window);
    if (dialog.exec() == QDialog::Accepted)
        link(job, dialog.target());
}

void LinkActions::link(const RunOptions &job, const QString &target)
{
    if (isBusy())
        return;
    m_link = new LinkFile(job, target, this);
    auto *progress = new QProgressDialog(
        //: %1 is a model file's name
        tr("Linking %1 to Civitai and archiving it…")
            .arg(QFileInfo(job.sources.value(0)).fileName()),
        tr("Cancel"), 0, 0, m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, m_link, &LinkFile::cancel);
    connect(m_link, &LinkFile::finished, this, [this, job, progress](LinkFile::Outcome outcome) {
        progress->close();
        const ManualLink linked = m_link->link();
        const QString error = m_link->error();
        m_link->deleteLater();
        if (outcome == LinkFile::Outcome::Linked)
            //: %1 is a model file's name, %2 a Civitai model version id
            report(true,
                   tr("%1 is linked to Civitai version %2 and archived.")
                       .arg(QFileInfo(linked.file).fileName())
                       .arg(linked.versionId),
                   job.outputDir);
        else if (outcome != LinkFile::Outcome::Cancelled)
            report(false, error, job.outputDir);
    });
    m_link->start();
}

void LinkActions::unlink(const QString &outputDir, const QString &file)
{
    if (isBusy())
        return;
    m_unlink = new UnlinkFile(outputDir, file, this);
    connect(m_unlink, &UnlinkFile::finished, this, [this, outputDir, file] {
        const bool done = m_unlink->outcome() == ArchiveOperation::Outcome::Done;
        const QString error = m_unlink->errors().join(QLatin1Char('\n'));
        m_unlink->deleteLater();
        //: %1 is a model file's name
        report(done,
               done ? tr("The link of %1 is removed; its archive stays. The next run looks it up "
                         "by its hash.")
                          .arg(QFileInfo(file).fileName())
                    : error,
               outputDir);
    });
    m_unlink->start();
}

void LinkActions::report(bool succeeded, const QString &message, const QString &outputDir)
{
    Q_EMIT archiveChanged(outputDir);
    Q_EMIT finished(succeeded, message);
    auto *box = new QMessageBox(succeeded ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Manual link"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
