#include "core/regenerategallery.h"

#include "core/archivereader.h"
#include "core/galleryindex.h"
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
    // A batch at a time: each batch's pages are written, and only each model's card is kept.
    constexpr int BatchSize = 500;
    Written written;
    GalleryIndex index;
    ArchiveReader::readInBatches(
        outputDir, BatchSize,
        [&](QList<ArchivedModel> &batch) {
            written.errors += GalleryWriter::writePages(outputDir, batch);
            for (const ArchivedModel &model : std::as_const(batch))
                index.add(model);
        },
        &written.problems);
    written.models = index.size();
    written.errors += GalleryWriter::writeIndex(outputDir, index);
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
