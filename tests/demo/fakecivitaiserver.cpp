// A fake Civitai for trying the app offline (the desktop window, scripts):
//
//   cdm-fake-civitai [--port N] [--collection DIR] [--missing NAME,...] [--rate-limit N]
//
// Serves every *.safetensors under DIR as a Civitai model, except the names given to --missing,
// or, without --collection, the demo collection's files. Listens on 127.0.0.1 only.
#include "app/cli/interrupthandler.h"
#include "core/filehasher.h"
#include "democollection.h"
#include "fakecivitai.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake Civitai API on 127.0.0.1, for offline demos."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("port"), QStringLiteral("Port (default: any free one)."),
                       QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("collection"),
                       QStringLiteral("Serve the model files in DIR."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("missing"), QStringLiteral("File names to answer 404 for."),
                       QStringLiteral("NAMES") });
    parser.addOption({ QStringLiteral("rate-limit"),
                       QStringLiteral("API requests per minute (0: none)."), QStringLiteral("N"),
                       QStringLiteral("0") });
    parser.process(app);

    FakeCivitai civitai;
    if (!civitai.listen(quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fputs("cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    civitai.setRateLimit(parser.value(QStringLiteral("rate-limit")).toInt(), true);
    if (parser.isSet(QStringLiteral("collection"))) {
        const QStringList missing
            = parser.value(QStringLiteral("missing")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QDirIterator files(parser.value(QStringLiteral("collection")),
                           { QStringLiteral("*.safetensors") }, QDir::Files,
                           QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        int served = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (missing.contains(QFileInfo(path).fileName()))
                continue;
            civitai.addModelFile(FileHasher::hashFile(path).sha256, 1000 + served, 2000 + served);
            ++served;
        }
        std::printf("Serving %d model files\n", served);
    } else {
        DemoCollection::publish(civitai);
    }
    std::printf("Fake Civitai listening on %s\n", qPrintable(civitai.baseUrl().toString()));
    std::fflush(stdout);

    InterruptHandler interrupts;
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
