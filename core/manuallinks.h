#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A model file the user linked by hand to a Civitai model version, because its hash matches
// nothing on Civitai (re-saved, pruned, converted, zipped on upload).
struct ManualLink
{
    QString file; // the model file's absolute path
    qint64 versionId = 0;
    qint64 modelId = 0;
    QString sourceHost; // the API host that answered for the version when it was linked
    QString given; // what the user gave: an address or an id
    QString sha256; // the file's hash when it was linked; empty until a run has hashed it
    QString folder; // its archive folder, once archived
    QString linkedAt; // ISO 8601, UTC
};

// manual_links.json in the output folder: ours, human-readable, written atomically. A run looks
// a file up here before asking Civitai by hash; --link and --unlink (and the window) edit it.
class ManualLinks final
{
    Q_DECLARE_TR_FUNCTIONS(ManualLinks)

public:
    explicit ManualLinks(QString outputDir);

    static QString fileName() { return QStringLiteral("manual_links.json"); }
    QString path() const;

    // A missing file is no links, not an error.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    // By path, else by hash (the file was moved or renamed): nullptr when not linked.
    const ManualLink *find(const QString &path, const QString &sha256 = {}) const;
    void set(const ManualLink &link); // replaces the file's link
    bool remove(const QString &path); // false: it was not linked
    const QList<ManualLink> &links() const { return m_links; }

private:
    QString m_outputDir;
    QList<ManualLink> m_links; // sorted by file
};
