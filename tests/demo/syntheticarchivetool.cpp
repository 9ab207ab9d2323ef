// Writes a synthetic archive of COUNT models into FOLDER, for the 10,000-model browser tests;
// `civitai-data-manager --onlyhtml` then makes its gallery.
//
//   cdm-synthetic-archive FOLDER COUNT
#include "syntheticarchive.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool isNumber = false;
    const int count = arguments.size() == 3 ? arguments.at(2).toInt(&isNumber) : 0;
    if (!isNumber || count < 0) {
        std::fputs("usage: cdm-synthetic-archive FOLDER COUNT\n", stderr);
        return 2;
    }
    QString error;
    if (!SyntheticArchive::write(arguments.at(1), count, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The files of an earlier run are overwritten in place: removing 50,000 files first takes
    // a minute on a busy disk. Only the models of an earlier, bigger run go.
    const QDir folder(arguments.at(1));
    const QStringList earlier
        = folder.entryList({ QStringLiteral("model_*") }, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : earlier) {
        if (name.mid(6).toInt() >= count)
            QDir(folder.filePath(name)).removeRecursively();
    }
    std::printf("Wrote %d synthetic models into %s\n", count, qPrintable(arguments.at(1)));
    return 0;
}
