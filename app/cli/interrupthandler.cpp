#include "app/cli/interrupthandler.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>
#else
#include <QMetaObject>

#include <windows.h>
#endif

namespace {

std::atomic<int> s_interruptions { 0 };

} // namespace

#ifdef Q_OS_UNIX

namespace {

int s_pipe[2] = { -1, -1 };

void onSignal(int)
{
    if (s_interruptions.fetch_add(1) >= 1)
        _exit(130);
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_pipe[1], &byte, 1); // async-signal-safe
}

} // namespace

struct InterruptHandler::Private
{
    std::unique_ptr<QSocketNotifier> notifier;
};

InterruptHandler::InterruptHandler(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    if (::pipe(s_pipe) != 0)
        return;
    ::fcntl(s_pipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(s_pipe[1], F_SETFD, FD_CLOEXEC);
    d->notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto got = ::read(s_pipe[0], &byte, 1);
        Q_EMIT interrupted();
    });

    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

InterruptHandler::~InterruptHandler()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    d->notifier.reset();
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
}

#else

namespace {

InterruptHandler *s_handler = nullptr;

BOOL WINAPI onConsoleEvent(DWORD)
{
    if (s_interruptions.fetch_add(1) >= 1)
        ExitProcess(130);
    QMetaObject::invokeMethod(s_handler, &InterruptHandler::interrupted, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

struct InterruptHandler::Private
{
};

InterruptHandler::InterruptHandler(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    s_handler = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

InterruptHandler::~InterruptHandler()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    s_handler = nullptr;
}

#endif
