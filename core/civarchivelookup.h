#pragma once

#include "core/civarchiveclient.h"
#include "core/mediacheck.h"
#include "core/runoptions.h"
#include "core/runreport.h"

#include <QObject>

class CivitaiClient;
class PreviewFetcher;

// The CivArchive step of a run, after Civitai's (turned on by the user: file hashes go to a third
// party). Each file is asked about once, then again after CivArchiveRecord::RecheckDays: every
// copy it lists is kept in <name>_civarchive.json, and for a file no Civitai host knows, what
// CivArchive knows of its model is archived as Civitai's would be, with its previews, marked as
// CivArchive's. Civitai's own archived data is never replaced. A failure (its hourly cap, a
// server error, a timeout, an unreadable answer) writes nothing: the file is asked about again
// at the next run.
class CivArchiveLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CivArchiveLookup)

public:
    // `imageHost` downloads the previews (the media lane, without any key).
    CivArchiveLookup(CivArchiveClient *client, CivitaiClient *imageHost, QString outputDir,
                     RunOptions::Previews previews, QObject *parent = nullptr);
    void setPreviewLimits(const MediaCheck::Limits &limits);

    // A file Civitai's step is done with; fileChecked() hands it on, at once when it is not due.
    void add(const FileReport &report);

Q_SIGNALS:
    void fileChecked(const FileReport &report);
    void previewsProgress(const QString &path, int done, int total);

private:
    void answered(FileReport report, const CivArchiveAnswer &answer);
    void archiveModel(FileReport report, const CivArchiveAnswer &answer);
    void fetchPreviews(const FileReport &report, const QJsonObject &version, bool changed);
    void failed(FileReport report, const QString &error);

    CivArchiveClient *m_client;
    PreviewFetcher *m_previews;
    QString m_outputDir;
    bool m_capped = false; // its hourly cap answered: nothing more is asked this run
};
