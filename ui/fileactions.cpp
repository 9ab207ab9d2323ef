#include "ui/fileactions.h"

#include "core/archivereader.h"
#include "ui/progressmodel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

std::optional<ArchivedModel> FileActions::archivedModel(const QModelIndex &file)
{
    const QString folder = file.data(ProgressModel::FolderRole).toString();
    if (folder.isEmpty())
        return std::nullopt;
    return ArchiveReader::readFolder(file.data(ProgressModel::OutputDirRole).toString(), folder);
}

void FileActions::copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

bool FileActions::openOnCivitai(const ArchivedModel &model)
{
    const QUrl url = model.civitaiUrl();
    return url.isValid() && QDesktopServices::openUrl(url);
}

QString FileActions::triggerWordsText(const ArchivedModel &model)
{
    return model.triggerWords().join(QStringLiteral(", "));
}
