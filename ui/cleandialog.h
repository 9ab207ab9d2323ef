#pragma once

#include "core/archivecleaner.h"

#include <QDialog>

// Shows what cleaning an archive would remove, and asks. Model files are never touched; the
// dialog says so, because "clean" next to a models folder is frightening.
class CleanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanDialog)

public:
    CleanDialog(const QString &outputDir, const CleanPlan &plan, QWidget *parent = nullptr);
};
