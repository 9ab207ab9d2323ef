#include "runtoend.h"

#include "core/archiverun.h"
#include "safetensorsfactory.h"

#include <QDir>

#include <QSignalSpy>

RunSummary runToEnd(const RunOptions &options, QList<FileReport> *reports)
{
    ArchiveRun run(options);
    QSignalSpy finished(&run, &ArchiveRun::finished);
    QSignalSpy files(&run, &ArchiveRun::fileFinished);
    run.start();
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    if (reports) {
        for (const QList<QVariant> &args : std::as_const(files))
            reports->append(args.constFirst().value<FileReport>());
    }
    return finished.constFirst().constFirst().value<RunSummary>();
}

bool archiveOffline(const QString &modelsDir, const QStringList &names, const QString &outputDir)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!SafetensorsFactory::write(QDir(modelsDir).filePath(names.at(i)),
                                       SafetensorsFactory::build({}, int(10 * (i + 1)))))
            return false;
    }
    RunOptions options;
    options.sources = { modelsDir };
    options.outputDir = outputDir;
    options.lookUpCivitai = false;
    options.writeGallery = false;
    return runToEnd(options).succeeded();
}
