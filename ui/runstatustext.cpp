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
