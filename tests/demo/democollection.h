#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class FakeCivitai;

// The offline demo: synthetic model files (LoRAs with kohya training metadata whose trigger words
// the archive keeps, awkward names, a checkpoint, a truncated download) and a fake Civitai that
// knows all of them but one, which plays a model deleted from Civitai.
namespace DemoCollection {

struct ModelFile
{
    QString relativePath;
    QByteArray bytes;
    bool onCivitai = true;
};

QList<ModelFile> files();
bool write(const QString &folder, QString *error);
// Registers the files that are "on Civitai"; two of them are versions of one model. Previews are
// real pictures (abstract gradients), so the gallery has something to show.
void publish(FakeCivitai &server);

} // namespace DemoCollection
