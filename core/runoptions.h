#pragma once

#include "core/modelscanner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

// The parameters of one archiving run (ArchiveRun): the Python tool's flags plus ours. Filled by
// the CLI or the window. What to do (archive, regenerate the gallery, clean...) is the operation
// chosen, not a flag here.
struct RunOptions
{
    enum class Previews
    {
        First,
        All,
        None
    };

    QStringList sources; // folders (--all) or files (--single)
    QString outputDir;

    QStringList extensions = ModelScanner::defaultExtensions();
    int hashThreads = 0; // 0: automatic
    bool rehash = false;

    // Civitai. The API key is never logged or written anywhere.
    bool lookUpCivitai = true;
    // Asked in this order; a file is missing only when every one says so (README: API hosts).
    QList<QUrl> apiBases = defaultApiBases();
    QString apiKey;
    std::chrono::milliseconds minPause { 3000 }; // the Python tool's pause between models
    std::chrono::milliseconds maxPause { 6000 };
    std::chrono::milliseconds requestTimeout { 30000 }; // without receiving anything
    std::chrono::milliseconds apiDeadline { 120000 }; // one API request, however it trickles in
    std::chrono::milliseconds mediaDeadline { 600000 }; // one preview download
    // Previews downloaded at once from the image host, beside the API's lookups (README).
    int previewDownloads = DefaultPreviewDownloads;
    qint64 maxPreviewImageBytes = 50 * 1024 * 1024; // larger previews are not kept
    qint64 maxPreviewVideoBytes = 200 * 1024 * 1024;
    std::chrono::milliseconds retryBackoff { 1000 }; // first retry; doubles up to a minute

    // CivArchive (README): off unless the user turns it on, since file hashes go to a third party.
    bool useCivArchive = false;
    QUrl civArchiveBase = defaultCivArchiveBase();
    std::chrono::milliseconds civArchivePause { 2000 }; // between its requests (--notimeout: 0)

    // The Python tool's modes.
    Previews previews = Previews::First;
    bool noTimeout = false; // no pause between requests
    bool onlyNew = false;
    bool skipMissing = false;
    bool onlyUpdate = false;
    // Ours: every file looked up again to see what changed, whatever onlyNew and skipMissing say;
    // no preview is downloaded (README: Re-checking the collection).
    bool recheck = false;
    bool writeGallery = true; // index.html and the model pages, at the end of every run

    static constexpr int DefaultPreviewDownloads = 4;
    // Qt 6.4 opens at most six HTTP/1.1 connections to one host: more would only wait inside Qt
    // with their timeouts running.
    static constexpr int MaxPreviewDownloads = 6;

    static QUrl defaultCivArchiveBase()
    {
        return QUrl(QStringLiteral("https://civarchive.com/api/v1"));
    }
    // civitai.com leaves mature models out of some answers; civitai.red serves everything.
    static QList<QUrl> defaultApiBases()
    {
        return { QUrl(QStringLiteral("https://civitai.red")),
                 QUrl(QStringLiteral("https://civitai.com")) };
    }
};
