#pragma once

#include "core/mediacheck.h"
#include "core/runoptions.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class ArchiveStat;
class CivitaiClient;

// The previews of one archived version: those not on disk yet are downloaded from the image host
// (never with the API key), checked for what they really are, named by that, and kept with their
// generation data in the Python tool's `<name>_preview_N.json` sidecar.
class PreviewFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewFetcher)

public:
    struct Outcome
    {
        int downloaded = 0;
        QStringList warnings; // a preview not downloaded or not kept: the model is archived
        QString error; // our disk failed: the file fails
    };
    // The previews of a version still to download, by their index in its image list.
    struct Plan
    {
        QList<std::pair<int, QJsonObject>> downloads;
        QString error; // a sidecar could not be written
    };
    using Progress = std::function<void(int done, int total)>;
    using Done = std::function<void(const Outcome &)>;

    PreviewFetcher(CivitaiClient *imageHost, QString outputDir, RunOptions::Previews previews,
                   QObject *parent = nullptr);
    void setLimits(const MediaCheck::Limits &limits) { m_limits = limits; }

    // How many previews of a version with `imageCount` images are wanted (RunOptions::Previews).
    int wanted(int imageCount) const;
    // What of `version`'s wanted previews is not on disk yet. The sidecars of those on disk are
    // written when missing, and rewritten when `versionChanged`.
    Plan plan(const QString &folder, const QJsonObject &version, bool versionChanged) const;
    // Every wanted preview of a version with `imageCount` images is on disk with its sidecar, by
    // name (a few look-ups, no listing): what a run checked and recorded is still there.
    bool hasWanted(const ArchiveStat &files, const QString &folder, int imageCount) const;
    // `done` runs once, at once when the plan has nothing to download.
    void fetch(const QString &folder, const Plan &plan, Progress progress, Done done);

private:
    struct Batch;

    void download(const std::shared_ptr<Batch> &batch, const QJsonObject &image, int index,
                  bool fallback);
    void keep(Batch &batch, const QString &partPath, const QJsonObject &image, int index,
              const MediaCheck::Result &media);
    void downloaded(const std::shared_ptr<Batch> &batch);

    CivitaiClient *m_imageHost;
    QString m_outputDir;
    RunOptions::Previews m_previews;
    MediaCheck::Limits m_limits;
};
