#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *emptyState = new QLabel(
        tr("<h2>Civitai Data Manager</h2>"
           "<p>Archives the Civitai pages, trigger words and previews of your model files, "
           "so they survive when a model disappears.</p>"
           "<p>The desktop window is being built. Meanwhile, run it from a terminal:<br>"
           "<code>civitai-data-manager --all MODELS_FOLDER --output ARCHIVE_FOLDER</code></p>"),
        this);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setMargin(32);
    setCentralWidget(emptyState);
    setWindowTitle(tr("Civitai Data Manager"));
    resize(720, 480);
}
