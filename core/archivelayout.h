#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Every name in the archive, in one place. The layout is the Python tool's, and a compatibility
// contract: old scripts, old archives and the gallery's links all depend on these names.
//
// <output>/index.html, _gallery/, processed_files.json, missing_from_civitai.txt,
//          updates_available.json, hash_cache.json, model_stamps.jsonl, duplicate_models.txt,
//          .cdm.lock
// <output>/<name>/  one model's folder (see ModelFolder)
class ArchiveLayout final
{
public:
    explicit ArchiveLayout(QString outputDir);

    const QString &outputDir() const { return m_outputDir; }

    QString indexPage() const; // the gallery's model browser
    QString assetsFolder() const; // the gallery's scripts and styles
    QString processedFiles() const;
    QString missingList() const;
    QString updatesAvailable() const;
    QString hashCache() const;
    QString duplicatesReport() const;
    QString lockFile() const;
    QString modelStamps() const;

    // The same, relative to the output folder: for links between pages and for messages.
    static QString indexPageName();
    static QString assetsFolderName(); // no model folder can take it: sanitizing strips a leading _
    static QString processedFilesName();
    static QString missingListName();
    static QString updatesAvailableName();
    static QString hashCacheName();
    static QString duplicatesReportName();
    static QString lockFileName();
    static QString modelStampsName();
    static QString pageLink(const QString &folder); // "<name>/<name>.html"

private:
    QString file(const QString &name) const;

    QString m_outputDir;
};

// One model's folder in the archive: <output>/<name>/ holding <name>_hash.json,
// <name>_metadata.json, <name>_civitai_model_version.json, <name>_civitai_model.json,
// <name>_preview_N.<ext> with its <name>_preview_N.json, and the page <name>.html. A preview
// being downloaded is the hidden .<name>_preview_N.part.
class ModelFolder final
{
public:
    struct Preview
    {
        int index = 0; // N of <name>_preview_N: the position in Civitai's image list
        QString path;
    };

    ModelFolder(const QString &outputDir, const QString &name);

    const QString &name() const { return m_name; }
    const QString &path() const { return m_path; }

    QString hashFile() const;
    QString metadataFile() const;
    QString versionFile() const; // Civitai's model version
    QString modelFile() const; // Civitai's model
    QString civArchiveFile() const; // CivArchive's copies of the file (ours, when turned on)
    QString page() const; // the gallery's page for this model
    // `extension` with its dot, as MediaCheck::extension() gives it: ".jpeg"
    QString previewFile(int index, const QString &extension) const;
    QString previewSidecar(int index) const; // the image's Civitai record
    QString previewPart(int index) const; // a download not yet checked

    // The previews on disk, whatever their extension (not their sidecars, not partial
    // downloads), by index. Matched by name, not by a wildcard: a name may hold '[' or '*'.
    QList<Preview> previews() const;
    QStringList previewFiles(int index) const;

    // Exactly the files we write into this folder (QSaveFile's leftover temporary included): a
    // user's "<name>_notes.txt" is not ours, even with our prefix.
    bool isOurFile(const QString &fileName) const;
    // A file that makes a folder an archive of a model: its hash or its Civitai version.
    bool isRecordFile(const QString &fileName) const;

private:
    QString file(const QString &suffix) const; // file(u"_hash.json") -> <path>/<name>_hash.json

    QString m_name;
    QString m_path;
};
