#pragma once

#include "core/civitaiurl.h"
#include "core/manuallinks.h"
#include "core/runoptions.h"
#include "core/runreport.h"

#include <QObject>

#include <optional>

class ArchiveRun;
class CivitaiClient;
class RequestQueue;
struct CivitaiResult;

// Links one model file by hand to the Civitai model version the user named (--link FILE URL and
// the window's "Link to a Civitai version…"), then archives it at once through an ArchiveRun over
// that file alone: the same code, layout and previews as a file found by its hash. The version is
// asked for first (each API host in turn, the one the address names first); a target that is no
// Civitai address, a version no host knows, or a host that cannot be reached ends it with a
// sentence and nothing written. A run that could not archive the file takes the link back.
class LinkFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkFile)

public:
    enum class Outcome
    {
        Linked,
        BadTarget, // not a Civitai address or id
        NotFound, // no host knows the version (or model)
        Failed, // Civitai could not be asked, or the archive not written; error() says why
        Busy, // another process writes the archive
        Cancelled
    };

    // `options.sources`: the one model file.
    LinkFile(RunOptions options, QString target, QObject *parent = nullptr);
    ~LinkFile() override;

    void start();
    void cancel();

    // The archiving step, there from the start so its signals can be listened to.
    ArchiveRun *run() const { return m_run; }
    // Valid once finished.
    Outcome outcome() const { return m_outcome; }
    QString error() const { return m_error; }
    const ManualLink &link() const { return m_link; }

Q_SIGNALS:
    // The version exists and the link is recorded: the file is being archived.
    void linked(const ManualLink &link);
    void finished(LinkFile::Outcome outcome);

private:
    void askModel(int host);
    void askVersion(int host);
    void onVersion(int host, const CivitaiResult &result);
    void record();
    void onRunFinished(const RunSummary &summary);
    bool rewriteLinks(bool keep, QString *error);
    void finish(Outcome outcome, const QString &error = {});

    const RunOptions m_options;
    const QString m_target;
    CivitaiLinkTarget m_parsed;
    RequestQueue *m_queue;
    QList<CivitaiClient *> m_clients; // in the order they are asked
    ArchiveRun *m_run;
    ManualLink m_link;
    std::optional<ManualLink> m_previous; // the file's link before, restored on failure
    std::optional<FileReport> m_report; // the file's, from the run
    Outcome m_outcome = Outcome::Linked;
    QString m_error;
    bool m_running = false;
    bool m_finishing = false; // finished() is on its way
};

Q_DECLARE_METATYPE(LinkFile::Outcome)
