#pragma once

#include "core/statefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// missing_from_civitai.txt, in the Python tool's exact format:
//
//   # Files not found on Civitai
//   # Format: Timestamp | Status Code | Filename
//   ...
//   2024-11-06 15:53:56 | Status 404 | model1.safetensors
//
// Entries are keyed by file name (as the Python tool did), newest first. Only a confirmed 404 puts
// a file here; a file found again is removed, and the file itself is removed when nothing is
// missing. Names are written through LineText, so a name holding a newline stays on its line.
class MissingList final : public StateFile
{
    Q_DECLARE_TR_FUNCTIONS(MissingList)

public:
    struct Entry
    {
        QString timestamp;
        int status = 404;
        QString fileName;
    };

    explicit MissingList(const QString &outputDir);

    // Model files of this run that may still be missing (not found on Civitai so far, or not
    // looked up): a namesake in another folder found on Civitai does not clear their entry.
    void setUndecided(const QStringList &modelPaths);
    // Keeps the first date a file was seen missing: the list says since when, and does not churn.
    // Take a model file's path (or its bare name); the entry is by file name.
    void markMissing(const QString &modelPath, int status = 404);
    // Removes the name's entry unless another file of that name may still be missing.
    void markFound(const QString &modelPath);
    bool contains(const QString &modelFileName) const;

    const QList<Entry> &entries() const { return m_entries; }

private:
    void addNamesake(const QString &name, const QString &modelPath);
    void clear() override
    {
        m_entries.clear();
        m_names.clear();
    }
    bool read(QString *error) override;
    bool keptOnDisk() const override { return !m_entries.isEmpty(); } // the Python tool's rule
    bool writePieces(const Sink &sink) const override;

    QList<Entry> m_entries;
    QSet<QString> m_names; // of m_entries: contains() in constant time over thousands of entries
    // File name -> model paths: a few each, so a list (a QSet costs a kilobyte even for one).
    QHash<QString, QStringList> m_maybeMissing;
};
