#include "core/lanestate.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNetwork)

bool LaneState::noteAnswer(int status, bool rateLimited)
{
    if (rateLimited)
        ++rateLimitStreak;
    else if (status != 429)
        rateLimitStreak = 0; // the host answers again
    if (!narrowsInTrouble)
        return false;
    if (rateLimited || status == 429 || status >= 500) {
        if (++troubleStreak == 1)
            qCInfo(lcNetwork) << "the image host answered HTTP" << (rateLimited ? 429 : status)
                              << "- previews one at a time until it answers well again";
        return status >= 500; // a 429 already holds the lane for its wait
    }
    if (status > 0)
        troubleStreak = 0;
    return false;
}
