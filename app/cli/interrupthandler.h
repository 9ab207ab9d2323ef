#pragma once

#include <QObject>

#include <memory>

// Turns Ctrl-C (SIGINT/SIGTERM, or the Windows console equivalents) into a Qt signal on the main
// thread, so a run can stop cleanly and save. A second Ctrl-C ends the process at once.
class InterruptHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptHandler)

public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

Q_SIGNALS:
    void interrupted();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
