#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What RequestQueue is asked to fetch, and what comes of it.
struct NetworkRequest
{
    // API requests are paced and share Civitai's rate limit; media (previews from the image CDN)
    // are not paced and never carry the API key. CivArchive, a third party, has its own pacing
    // and limits, and never gets the key either.
    enum class Lane
    {
        Api,
        Media,
        CivArchive
    };

    QByteArray verb = "GET";
    QUrl url;
    QByteArray body; // sent as application/json
    Lane lane = Lane::Api;
    QString downloadPath; // stream a successful body into this file instead of memory
    qint64 maxBytes = 0; // a longer body is refused (0: no limit)
};

struct NetworkResponse
{
    enum class Outcome
    {
        Finished, // an HTTP answer, whatever its status
        NetworkError, // connection refused or reset, DNS, truncated body... after retries
        TimedOut, // no data for too long, after retries
        LocalError, // could not write downloadPath (disk full...)
        Refused, // against our rules: too large, a redirect into a private network...
        Cancelled,
    };

    Outcome outcome = Outcome::Finished;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString errorString;
    int attempts = 0;

    bool isSuccess() const { return outcome == Outcome::Finished && status >= 200 && status < 300; }
    // One line for logs and reports: "HTTP 503", "timed out after 3 attempts"...
    QString describe() const;
};
