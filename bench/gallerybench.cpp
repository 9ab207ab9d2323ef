// Gallery benchmark: writes a synthetic archive of N models (default 10,000), times the gallery's
// generation (first write, then unchanged), and, when Debian's chromium is installed, how soon
// index.html is interactive from file:// and how long a search keystroke takes.
//
//   cdm-bench-gallery [--models N] [--dir DIR]
#include "core/archivereader.h"
#include "core/gallerywriter.h"
#include "core/jsonfile.h"
#include "syntheticarchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace {

double writeGallery(const QString &output)
{
    QElapsedTimer timer;
    timer.start();
    GalleryWriter::write(output, ArchiveReader::readAll(output));
    return timer.nsecsElapsed() / 1e9;
}

// index.html again, with a probe script that reports readiness and times a keystroke.
void measureInChromium(const QString &output, const QString &chromium)
{
    JsonFile::write(output + QStringLiteral("/_gallery/probe.js"), QByteArray(R"JS(
document.addEventListener('DOMContentLoaded', function () {
  console.log('CDM-READY ' + performance.now().toFixed(0));
  var search = document.getElementById('search');
  var times = [];
  ['l', 'li', 'lig', 'ligh', 'light', 'lighthouse 12'].forEach(function (text) {
    var start = performance.now();
    search.value = text;
    search.dispatchEvent(new Event('input'));
    times.push(performance.now() - start);
  });
  console.log('CDM-KEYSTROKE ' + Math.max.apply(null, times).toFixed(1));
});
)JS"));
    QFile index(output + QStringLiteral("/index.html"));
    index.open(QIODevice::ReadOnly);
    QByteArray html = index.readAll();
    html.replace("</body>", "<script src=\"_gallery/probe.js\"></script>\n</body>");
    JsonFile::write(output + QStringLiteral("/index-probe.html"), html);

    // One page load is noisy on a small machine: five, and the median with the range.
    QList<double> readyTimes;
    QList<double> keystrokeTimes;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir profile;
        QProcess browser;
        browser.start(
            chromium,
            { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
              QStringLiteral("--disable-gpu"), QStringLiteral("--disable-background-networking"),
              QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + profile.path(),
              QStringLiteral("--enable-logging=stderr"), QStringLiteral("--v=0"),
              QStringLiteral("--dump-dom"),
              QUrl::fromLocalFile(output + QStringLiteral("/index-probe.html")).toString() });
        browser.waitForFinished(180000);
        const QString log = QString::fromUtf8(browser.readAllStandardError());
        static const QRegularExpression ready(QStringLiteral("CDM-READY (\\d+)"));
        static const QRegularExpression keystroke(QStringLiteral("CDM-KEYSTROKE ([\\d.]+)"));
        const QRegularExpressionMatch readyMatch = ready.match(log);
        const QRegularExpressionMatch keystrokeMatch = keystroke.match(log);
        if (readyMatch.hasMatch() && keystrokeMatch.hasMatch()) {
            readyTimes.append(readyMatch.captured(1).toDouble());
            keystrokeTimes.append(keystrokeMatch.captured(1).toDouble());
        }
    }
    if (readyTimes.isEmpty()) {
        std::printf("  (chromium reported nothing)\n");
        return;
    }
    const auto summary = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return QStringLiteral("%1 ms median of %2 (%3–%4)")
            .arg(values.at(values.size() / 2), 0, 'f', 1)
            .arg(values.size())
            .arg(values.constFirst(), 0, 'f', 1)
            .arg(values.constLast(), 0, 'f', 1);
    };
    std::printf("  index interactive   %s after navigation start (target < 1000)\n",
                qPrintable(summary(readyTimes)));
    std::printf("  search keystroke    %s, slowest of 6 per load (target < 50)\n",
                qPrintable(summary(keystrokeTimes)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("models"), QStringLiteral("Models in the archive."),
                       QStringLiteral("N"), QStringLiteral("10000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Where to write it."), QStringLiteral("DIR") });
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir temporary(parser.isSet(QStringLiteral("dir"))
                                ? parser.value(QStringLiteral("dir"))
                                    + QStringLiteral("/cdm-gallery-XXXXXX")
                                : QString());
    const int count = parser.value(QStringLiteral("models")).toInt();
    std::printf("Writing a synthetic archive of %d models...\n", count);
    QString error;
    if (!SyntheticArchive::write(temporary.path(), count, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    std::printf("\nGallery of %d models\n", count);
    std::printf("  --onlyhtml, first   %8.2f s (target < 10)\n", writeGallery(temporary.path()));
    std::printf("  --onlyhtml, again   %8.2f s (unchanged pages are not rewritten)\n",
                writeGallery(temporary.path()));
    std::printf("  models.js           %8.1f MB\n",
                QFileInfo(temporary.filePath(QStringLiteral("_gallery/models.js"))).size() / 1e6);
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        std::printf("  (install Debian's chromium to measure the page in a browser)\n");
    else
        measureInChromium(temporary.path(), chromium);
    return 0;
}
