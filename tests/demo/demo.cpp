// The offline demo: writes the demo collection, serves a fake Civitai on 127.0.0.1, and runs the
// real civitai-data-manager on it.
//
//   cdm-demo DEMO_FOLDER PROGRAM [--window]
//
// With --window the desktop app opens on the demo's models folder instead (press Start).
#include "democollection.h"
#include "fakecivitai.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool window = arguments.size() == 4 && arguments.at(3) == QLatin1String("--window");
    if (arguments.size() != 3 && !window) {
        std::fputs("usage: cdm-demo DEMO_FOLDER PROGRAM [--window]\n", stderr);
        return 2;
    }
    const QDir demo(arguments.at(1));
    QDir(demo.filePath(QStringLiteral("models"))).removeRecursively();
    QDir(demo.filePath(QStringLiteral("archive"))).removeRecursively(); // a demo starts afresh
    QString error;
    if (!DemoCollection::write(demo.filePath(QStringLiteral("models")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    FakeCivitai civitai;
    if (!civitai.listen()) {
        std::fputs("cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    DemoCollection::publish(civitai);
    std::printf("Demo collection in %s; fake Civitai on %s\n\n",
                qPrintable(demo.filePath(QStringLiteral("models"))),
                qPrintable(civitai.baseUrl().toString()));
    std::fflush(stdout);

    QProcess program;
    program.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CIVITAI_API_BASE"), civitai.baseUrl().toString());
    program.setProcessEnvironment(environment);
    if (!window)
        QObject::connect(
            &program, &QProcess::finished, &app, [&](int exitCode, QProcess::ExitStatus status) {
                std::printf(
                    "\nDemo archive: %s (exit code %d; 1 is expected: one file is a truncated "
                    "download)\n"
                    "Open the gallery: %s\n",
                    qPrintable(demo.filePath(QStringLiteral("archive"))), exitCode,
                    qPrintable(
                        QUrl::fromLocalFile(demo.filePath(QStringLiteral("archive/index.html")))
                            .toString()));
                QCoreApplication::exit(status == QProcess::NormalExit && exitCode <= 1 ? 0 : 1);
            });
    QObject::connect(&program, &QProcess::errorOccurred, &app,
                     [&](QProcess::ProcessError processError) {
                         if (processError == QProcess::FailedToStart) {
                             std::fprintf(stderr, "cannot start %s\n", qPrintable(arguments.at(2)));
                             QCoreApplication::exit(1);
                         }
                     });
    if (window) {
        QObject::connect(&program, &QProcess::finished, &app, [] { QCoreApplication::exit(0); });
        program.start(arguments.at(2), { demo.filePath(QStringLiteral("models")) });
        return QCoreApplication::exec();
    }
    program.start(arguments.at(2),
                  { QStringLiteral("--all"), demo.filePath(QStringLiteral("models")),
                    QStringLiteral("--output"), demo.filePath(QStringLiteral("archive")),
                    QStringLiteral("--images"), QStringLiteral("--pause"),
                    QStringLiteral("0.2-0.5") });
    return QCoreApplication::exec();
}
