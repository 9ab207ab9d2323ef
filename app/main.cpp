// Chooses between the window and the headless CLI; everything else lives in core/ and ui/.
#include "app/cli/clirunner.h"
#include "app/cli/commandline.h"
#include "core/freedmemory.h"
#include "core/settings.h"
#include "core/translations.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>

#ifdef CDM_WITH_GUI
#include "resources/appicon.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#endif

#if defined(CDM_WITH_GUI) && defined(Q_OS_WIN)
#include "app/parentconsole.h"
#endif

#include <cstring>

namespace {

#ifdef CDM_WITH_GUI
// Any option means the command line (the Python tool's flags, --help, --version). No arguments, or
// only paths ("Open with…" on a models folder), mean the window.
bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            return true;
    }
    return false;
}
#endif

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("civitai-data-manager"));
    QCoreApplication::setOrganizationName(QStringLiteral("civitai-data-manager"));
    QCoreApplication::setApplicationVersion(QLatin1String(CDM_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    useFewMemoryArenas();
    describeApplication();
#ifdef CDM_WITH_GUI
    if (!wantsCommandLine(argc, argv)) {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // before WebEngine starts
        QApplication app(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Civitai Data Manager"));
        QApplication::setWindowIcon(AppIcon::icon());
        QGuiApplication::setDesktopFileName(QStringLiteral("civitai-data-manager"));
        Settings settings;
        Translations::install(app, settings.value(Settings::Language));
        Theme::apply(app, settings.value(Settings::AppTheme));
        MainWindow window(settings);
        window.addSources(QCoreApplication::arguments().mid(1));
        window.show();
        return QApplication::exec();
    }
#ifdef Q_OS_WIN
    ParentConsole::attach(); // a GUI-subsystem program given options in a console
#endif
#endif
    QCoreApplication app(argc, argv);
    // The window's language setting ("" = the system's: LANG=C gives English) holds here too, so
    // a gallery written from the command line reads like one written from the window.
    Translations::install(app, Settings().value(Settings::Language));
    const CommandLine commandLine
        = CommandLine::parse(QCoreApplication::arguments().mid(1), QDir::currentPath());
    return CliRunner::run(commandLine);
}
