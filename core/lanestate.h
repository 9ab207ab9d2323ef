#pragma once

#include <chrono>

// What one lane of the request queue knows about its host and its turns: how many requests are
// on the wire and how many may be, when the next may start, and how the host has been answering.
// The queue of requests itself stays with the RequestQueue.
struct LaneState
{
    int inFlight = 0;
    int maxInFlight = 1;
    bool paced = false;
    std::chrono::milliseconds nextStart { 0 }; // pacing: when the next request may start
    std::chrono::milliseconds blockedUntil { 0 }; // 429: nothing goes out before this
    int rateLimitStreak = 0; // 429s in a row: each waits longer, whatever Retry-After says
    // The media lane: one image host serves every preview. After its 429 or server error the
    // lane sends one request at a time until the host answers well again, so thousands of
    // previews never keep N requests on a host in trouble.
    bool narrowsInTrouble = false;
    int troubleStreak = 0; // 429s and server errors in a row

    int width() const { return troubleStreak > 0 ? 1 : maxInFlight; }

    // The host's answer, `status` (0: none came, as on a timeout or a network error, which may be
    // ours and counts for nothing); `rateLimited`: a 429 being waited out. True when the whole
    // lane should wait out a server error (the media lane), the longer the more came in a row.
    bool noteAnswer(int status, bool rateLimited);
};
