#include "core/modelmode.h"

#include <QCoreApplication>

namespace ModelMode {

Mode parse(const QString &civitaiMode)
{
    if (civitaiMode.compare(QLatin1String("Archived"), Qt::CaseInsensitive) == 0)
        return Mode::Archived;
    if (civitaiMode.compare(QLatin1String("TakenDown"), Qt::CaseInsensitive) == 0)
        return Mode::TakenDown;
    return Mode::Normal;
}

QString key(Mode mode)
{
    switch (mode) {
    case Mode::Archived:
        return QStringLiteral("archived");
    case Mode::TakenDown:
        return QStringLiteral("taken_down");
    case Mode::Normal:
        break;
    }
    return {};
}

Mode fromKey(const QString &key)
{
    if (key == QLatin1String("archived"))
        return Mode::Archived;
    if (key == QLatin1String("taken_down"))
        return Mode::TakenDown;
    return Mode::Normal;
}

QString label(Mode mode)
{
    switch (mode) {
    case Mode::Archived:
        return QCoreApplication::translate("ModelMode", "Archived on Civitai");
    case Mode::TakenDown:
        return QCoreApplication::translate("ModelMode", "Taken down on Civitai");
    case Mode::Normal:
        break;
    }
    return {};
}

QString explanation(Mode mode)
{
    switch (mode) {
    case Mode::Archived:
        return QCoreApplication::translate(
            "ModelMode", "Civitai archived this model: its files can no longer be downloaded.");
    case Mode::TakenDown:
        return QCoreApplication::translate(
            "ModelMode", "Civitai took this model down: its images are no longer shown.");
    case Mode::Normal:
        break;
    }
    return {};
}

} // namespace ModelMode
