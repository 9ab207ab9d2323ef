#include "core/regenerategallery.h"

#include "core/archivereader.h"
#include "core/gallerywriter.h"

RegenerateGallery::RegenerateGallery(QString outputDir, QObject *parent)
    : ArchiveOperation(std::move(outputDir), Access::Write, nullptr, parent)
{ }

RegenerateGallery::~RegenerateGallery()
{
    stopWork();
}

RegenerateGallery::Written RegenerateGallery::write(const QString &outputDir)
{
    Written written;
    const QList<ArchivedModel> models = ArchiveReader::readAll(outputDir, &written.problems);
    written.models = int(models.size());
    written.errors = GalleryWriter::write(outputDir, models);
    return written;
}

void RegenerateGallery::work()
{
    //: An operation's current step, shown in the status bar
    if (!beginStep(tr("writing the gallery")))
        return;
    const Written written = write(outputDir());
    m_models = written.models;
    addWarnings(written.problems);
    addErrors(written.errors);
}
