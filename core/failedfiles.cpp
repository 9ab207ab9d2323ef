#include "core/failedfiles.h"

#include "core/runreport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace {
const QLatin1String FilesKey("files");
const QLatin1String ReasonKey("reason");
const QLatin1String DateKey("date");
// A reason is one message, not a server's whole page: the record stays small.
constexpr qsizetype MaxReasonLength = 500;
} // namespace

FailedFiles::FailedFiles(const QString &outputDir)
    : JsonStateFile(QDir(outputDir).filePath(fileName()))
{ }

QString FailedFiles::fileName()
{
    return QStringLiteral("failed_files.json");
}

void FailedFiles::note(const FileReport &report, const QDate &today)
{
    if (report.status == FileReport::Status::Failed) {
        const Failure failure { report.error.left(MaxReasonLength),
                                today.isValid() ? today : QDate::currentDate() };
        const auto known = m_failures.constFind(report.path);
        if (known != m_failures.cend() && known->reason == failure.reason
            && known->date == failure.date)
            return;
        m_failures.insert(report.path, failure);
        setDirty();
    } else if (report.status == FileReport::Status::Done && m_failures.remove(report.path)) {
        setDirty();
    }
}

bool FailedFiles::fromJson(const QJsonObject &root, QString *error)
{
    if (!root.value(FilesKey).isObject()) {
        if (error)
            //: %1 is a file path
            *error = tr("%1 is not a list of failed files: it is written again").arg(path());
        return false;
    }
    const QJsonObject files = root.value(FilesKey).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!QFileInfo::exists(it.key()))
            continue; // deleted since: forgotten at the next write, so the record stays small
        const QJsonObject failure = it.value().toObject();
        m_failures.insert(it.key(),
                          { failure.value(ReasonKey).toString(),
                            QDate::fromString(failure.value(DateKey).toString(), Qt::ISODate) });
    }
    return true;
}

QJsonObject FailedFiles::toJson() const
{
    QJsonObject files;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        files.insert(
            it.key(),
            QJsonObject { { ReasonKey, it->reason }, { DateKey, it->date.toString(Qt::ISODate) } });
    return { { QStringLiteral("version"), 1 }, { FilesKey, files } };
}
