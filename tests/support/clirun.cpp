#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

CliResult CliRun::run() const
{
    QStringList args = arguments;
    if ((args.contains(QStringLiteral("--all")) || args.contains(QStringLiteral("--single"))
         || args.contains(QStringLiteral("--link")))
        && !args.contains(QStringLiteral("--pause")))
        args.append(QStringLiteral("--notimeout"));
    QProcess process;
    process.setWorkingDirectory(workingDir.isEmpty() ? QDir::tempPath() : workingDir);
    process.setStandardInputFile(QProcess::nullDevice()); // not a terminal
    QProcessEnvironment env = environment;
    if (apiBase.isValid())
        env.insert(QStringLiteral("CIVITAI_API_BASE"), apiBase.toString());
    process.setProcessEnvironment(env);
    const QString program = QStringLiteral(CDM_CLI_PATH);
    if (prefix.isEmpty())
        process.start(program, args);
    else
        process.start(prefix.constFirst(), prefix.mid(1) + QStringList { program } + args);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

std::optional<QStringList> unprivilegedPrefix(const QString &folder)
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return QStringList();
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return std::nullopt;
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
    QProcess::execute(QStringLiteral("chown"),
                      { QStringLiteral("-R"), QStringLiteral("nobody"), folder });
    return QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                         QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                         QStringLiteral("--") };
#else
    Q_UNUSED(folder)
    return QStringList();
#endif
}
