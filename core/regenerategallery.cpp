#include "core/regenerategallery.h"

#include "core/archivereader.h"
#include "core/filehistory.h"
#include "core/gallerycache.h"
#include "core/galleryindex.h"
#include "core/gallerywriter.h"

#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcGallery, "cdm.gallery")

RegenerateGallery::RegenerateGallery(QString outputDir, QObject *parent)
    : ArchiveOperation(std::move(outputDir), Access::Write, nullptr, parent)
{ }

RegenerateGallery::~RegenerateGallery()
{
    stopWork();
}

RegenerateGallery::Written RegenerateGallery::write(const QString &outputDir,
                                                    const FileHistory *givenHistory)
{
    // A batch at a time: each batch's pages are written, and only each model's card is kept. A
    // folder unchanged since the last gallery wrote its page is neither read nor rendered.
    constexpr int BatchSize = 500;
    Written written;
    // Read only when a page is written or the history changed since the last gallery.
    std::optional<FileHistory> history;
    const auto loadedHistory = [&]() -> const FileHistory & {
        if (givenHistory)
            return *givenHistory;
        if (!history) {
            history.emplace(outputDir);
            history->load(); // an unreadable history: the pages show none
        }
        return *history;
    };
    GalleryCache cache(outputDir, loadedHistory);
    cache.load();
    GalleryIndex index;
    index.setStoredCards(cache.path());
    ArchiveReader::readInBatches(
        outputDir, BatchSize,
        [&](QList<ArchivedModel> &batch) {
            batch.removeIf(
                [&](const ArchivedModel &model) { return index.setAsideUnreadable(model); });
            for (ArchivedModel &model : batch)
                model.history = loadedHistory().entry(model.folder);
            const QStringList errors = GalleryWriter::writePages(outputDir, batch);
            written.errors += errors;
            for (const ArchivedModel &model : std::as_const(batch)) {
                const QByteArray card = GalleryIndex::cardOf(model);
                const bool readWell = errors.isEmpty() && !model.sha256.isEmpty();
                if (const auto recorded
                    = readWell ? cache.record(model.folder, card, model.sha256) : std::nullopt)
                    index.addRecordedCard(model.folder, recorded->cardOffset, recorded->cardSize,
                                          recorded->sha256);
                else
                    index.add(model, card);
            }
        },
        &written.problems,
        [&](const QString &folder) {
            const auto current = cache.takeCurrent(folder);
            if (current)
                index.addStoredCard(current->cardOffset, current->cardSize, current->sha256);
            else
                index.reserve(folder);
            return current.has_value();
        });
    index.setRecordedCards(cache.recordedCards());
    written.models = index.size();
    written.errors += GalleryWriter::writeIndex(outputDir, index);
    if (QString error; written.errors.isEmpty() && !cache.save(&error))
        qCWarning(lcGallery).noquote() << "cannot write the gallery's cache:" << error;
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
