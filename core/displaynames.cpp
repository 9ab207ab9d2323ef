#include "core/displaynames.h"

#include <QHash>

namespace {

// Keys in lower case: Civitai's spelling has changed over the years ("LORA", "LoRA").
const QHash<QString, QString> &typeNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("checkpoint"), QStringLiteral("Checkpoint") },
        { QStringLiteral("textualinversion"), QStringLiteral("Embedding") },
        { QStringLiteral("hypernetwork"), QStringLiteral("Hypernetwork") },
        { QStringLiteral("aestheticgradient"), QStringLiteral("Aesthetic Gradient") },
        { QStringLiteral("lora"), QStringLiteral("LoRA") },
        { QStringLiteral("locon"), QStringLiteral("LyCORIS") },
        { QStringLiteral("lycoris"), QStringLiteral("LyCORIS") },
        { QStringLiteral("dora"), QStringLiteral("DoRA") },
        { QStringLiteral("controlnet"), QStringLiteral("ControlNet") },
        { QStringLiteral("upscaler"), QStringLiteral("Upscaler") },
        { QStringLiteral("motionmodule"), QStringLiteral("Motion Module") },
        { QStringLiteral("vae"), QStringLiteral("VAE") },
        { QStringLiteral("poses"), QStringLiteral("Poses") },
        { QStringLiteral("wildcards"), QStringLiteral("Wildcards") },
        { QStringLiteral("workflows"), QStringLiteral("Workflows") },
        { QStringLiteral("detection"), QStringLiteral("Detection") },
    };
    return names;
}

// kohya's ss_base_model_version (and spelling variants of Civitai's own names) -> Civitai's name.
const QHash<QString, QString> &baseModelNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("sd_v1"), QStringLiteral("SD 1.5") },
        { QStringLiteral("sd_v2"), QStringLiteral("SD 2.0") },
        { QStringLiteral("sd_v2_768_v"), QStringLiteral("SD 2.0 768") },
        { QStringLiteral("sdxl_base_v0-9"), QStringLiteral("SDXL 0.9") },
        { QStringLiteral("sdxl_base_v1-0"), QStringLiteral("SDXL 1.0") },
        
        { QStringLiteral("sd3"), QStringLiteral("SD 3") },
        { QStringLiteral("flux1"), QStringLiteral("Flux.1 D") },
        { QStringLiteral("sd 1.5"), QStringLiteral("SD 1.5") },
        { QStringLiteral("sdxl 1.0"), QStringLiteral("SDXL 1.0") },
        { QStringLiteral("pony"), QStringLiteral("Pony") },
        { QStringLiteral("illustrious"), QStringLiteral("Illustrious") },
    };
    return names;
}

} // namespace

QString DisplayNames::type(const QString &civitaiType)
{
    const QString trimmed = civitaiType.trimmed();
    if (trimmed.isEmpty())
        return tr("Unknown");
    if (trimmed.compare(QLatin1String("Other"), Qt::CaseInsensitive) == 0)
        return tr("Other");
    return typeNames().value(trimmed.toLower(), trimmed);
}

QString DisplayNames::baseModel(const QString &baseModel)
{
    const QString trimmed = baseModel.simplified();
    return baseModelNames().value(trimmed.toLower(), trimmed);
}
