#pragma once

#include "core/archiveoperation.h"

#include <QSignalSpy>
#include <QThread>

// Starts `operation` and waits for its end on this thread's event loop. `workThread` gets the
// thread its steps ran on (where it announced them).
inline bool operationToEnd(ArchiveOperation &operation, QThread **workThread = nullptr)
{
    QSignalSpy finished(&operation, &ArchiveOperation::finished);
    const auto connection = QObject::connect(
        &operation, &ArchiveOperation::progressChanged, &operation,
        [workThread] {
            if (workThread)
                *workThread = QThread::currentThread();
        },
        Qt::DirectConnection);
    operation.start();
    const bool ended = finished.wait(60000);
    QObject::disconnect(connection);
    return ended && !operation.isRunning();
}
