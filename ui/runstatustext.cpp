#include "ui/runstatustext.h"

#include "core/displayformat.h"

QString RunStatusText::of(const RunProgress &progress)
{
    QStringList parts;
    parts.append(progress.paused ? tr("Paused") : progress.step);
    parts.append(tr("%1 of %2 files").arg(progress.filesDone).arg(progress.filesTotal));
    if (progress.bytesTotal > 0) {
        parts.append(tr("%1 of %2 hashed")
                         .arg(DisplayFormat::bytes(progress.bytesDone),
                              DisplayFormat::bytes(progress.bytesTotal)));
        if (progress.bytesDone < progress.bytesTotal && progress.bytesPerSecond() > 0) {
            parts.append(
                tr("%1/s").arg(DisplayFormat::bytes(qint64(progress.bytesPerSecond()))));
            if (progress.etaSeconds() >= 0)
                parts.append(tr("about %1 left")
                                 .arg(DisplayFormat::duration(progress.etaSeconds())));
        }
    }
    if (progress.requestsMade > 0)
        parts.append(tr("%n Civitai request(s)", nullptr, progress.requestsMade));
    if (!progress.waitReason.isEmpty())
        parts.append(
            tr("waiting %1 s: %2").arg((progress.waitMs + 999) / 1000).arg(progress.waitReason));
    return parts.join(QStringLiteral(" · "));
}

void RunTotals::add(const RunSummary &summary)
{
    m_done += summary.filesDone - summary.filesNotOnCivitai; // filesDone counts both
    // Removed files are not on Civitai either: each is told once, as removed.
    m_notOnCivitai += summary.filesNotOnCivitai - summary.filesRemoved;
    m_failed += int(summary.failures.size());
    m_updates += summary.updatesAvailable;
    m_removed += summary.filesRemoved;
}

QString RunTotals::text(bool cancelled) const
{
    QStringList parts;
    parts.append(tr("%n done", nullptr, m_done));
    if (m_notOnCivitai > 0)
        parts.append(tr("%n not on Civitai", nullptr, m_notOnCivitai));
    if (m_failed > 0)
        parts.append(tr("%n failed (see the Errors filter)", nullptr, m_failed));
    if (m_removed > 0)
        parts.append(tr("%n removed from Civitai (see the Removed filter)", nullptr, m_removed));
    if (m_updates > 0)
        parts.append(tr("%n with a newer version on Civitai", nullptr, m_updates));
    const QString outcome = parts.join(QStringLiteral(", "));
    return cancelled ? tr("Cancelled; what finished is saved: %1.").arg(outcome)
                     : tr("Finished: %1.").arg(outcome);
}
