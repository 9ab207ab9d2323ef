#pragma once

#include <QMainWindow>

// The main window. For now it only explains itself; the progress tree, panels and gallery come
// with the desktop-app issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
