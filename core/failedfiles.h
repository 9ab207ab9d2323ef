#pragma once

#include "core/statefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

struct FileReport;

// failed_files.json, ours (the Python tool has no such file): each model file whose last run
// failed on it (a lookup that failed after its retries, a file that could not be read), with the
// reason as the run told it and the day, so the window still shows it failed after a restart:
//
// {"version": 1, "files": {"<model file path>": {"reason": "...", "date": "2026-11-30"}}}
//
// A file that later finishes loses its record, and so does one deleted since. Loaded with the run's
// state and saved at its end (also on cancel), only when something changed.
class FailedFiles final : public JsonStateFile
{
    Q_DECLARE_TR_FUNCTIONS(FailedFiles)

public:
    struct Failure
    {
        QString reason;
        QDate date;
    };

    explicit FailedFiles(const QString &outputDir);

    static QString fileName(); // "failed_files.json"

    // Records a failed file, forgets a finished one; skipped and cancelled files keep theirs.
    // `today` defaults to the system's date, asked for a failed file only: every file is noted.
    void note(const FileReport &report, const QDate &today = {});
    const QHash<QString, Failure> &failures() const { return m_failures; }

private:
    void clear() override { m_failures.clear(); }
    bool fromJson(const QJsonObject &root, QString *error) override;
    QJsonObject toJson() const override;

    QHash<QString, Failure> m_failures; // by model file path
};
