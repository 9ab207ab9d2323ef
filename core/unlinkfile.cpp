#include "core/unlinkfile.h"

#include "core/archivedmodel.h"
#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/regenerategallery.h"

#include <QDir>
#include <QFileInfo>

UnlinkFile::UnlinkFile(QString outputDir, QString file, QObject *parent)
    : ArchiveOperation(std::move(outputDir), Access::Write, nullptr, parent)
    , m_file(QDir::cleanPath(QFileInfo(file).absoluteFilePath()))
{ }

UnlinkFile::~UnlinkFile()
{
    stopWork();
}

void UnlinkFile::work()
{
    //: An operation's current step, shown in the status bar
    if (!beginStep(tr("removing the manual link")))
        return;
    ManualLinks links(outputDir());
    QString error;
    if (!links.load(&error)) {
        addErrors({ error });
        return;
    }
    const ManualLink *link = links.find(m_file);
    if (!link) {
        //: %1 is a model file's path
        addErrors({ tr("%1 is not linked by hand in this archive.").arg(m_file) });
        return;
    }
    m_removed = *link;
    links.remove(m_file);
    if (!links.save(&error)) {
        addErrors({ error });
        return;
    }
    if (!m_removed->folder.isEmpty() && !unmarkVersion(m_removed->folder))
        return;
    //: An operation's current step, shown in the status bar
    if (!beginStep(tr("writing the gallery")))
        return;
    const RegenerateGallery::Written written = RegenerateGallery::write(outputDir());
    addWarnings(written.problems);
    addErrors(written.errors);
}

// Only our own key goes; Civitai's data stays as archived.
bool UnlinkFile::unmarkVersion(const QString &folder)
{
    const QString path = ModelFolder(outputDir(), folder).versionFile();
    auto version = JsonFile::readObject(path);
    if (!version || !version->contains(ArchivedModel::LinkedByHandKey))
        return true;
    version->remove(ArchivedModel::LinkedByHandKey);
    QString error;
    if (JsonFile::write(path, *version, &error))
        return true;
    addErrors({ error });
    return false;
}
