#include "ui/reveal.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

void revealInFileManager(const QString &path)
{
    const QFileInfo info(path);
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}
