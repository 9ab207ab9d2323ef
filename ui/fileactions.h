#pragma once

#include "core/archivedmodel.h"

#include <optional>

class QModelIndex;

// What the context menu and the details pane both do with one archived model file.
namespace FileActions {

// The file's archived model (a ProgressModel index, any column); nullopt before it has one.
std::optional<ArchivedModel> archivedModel(const QModelIndex &file);
void copyToClipboard(const QString &text);
// The model's page on the host that knew it (ArchivedModel::civitaiUrl), in the browser.
bool openOnCivitai(const ArchivedModel &model);
QString triggerWordsText(const ArchivedModel &model); // "word1, word2"

} // namespace FileActions
