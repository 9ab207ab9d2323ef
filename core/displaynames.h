#pragma once

#include <QCoreApplication>
#include <QString>

// What a reader calls Civitai's words: model types ("LORA" -> "LoRA", "TextualInversion" ->
// "Embedding") and base models, with the training tools' names folded into Civitai's
// ("sdxl_base_v1-0" and "SDXL 1.0" are one base model). Only for showing: the archive keeps what
// Civitai and the file wrote. The gallery and the window both use it.
class DisplayNames final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    // "Unknown" for an empty type; a type we do not know is shown as Civitai wrote it.
    static QString type(const QString &civitaiType);
    // Empty stays empty; a base model we do not know is shown as written, trimmed.
    static QString baseModel(const QString &baseModel);
};
