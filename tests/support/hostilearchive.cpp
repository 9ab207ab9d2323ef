#include "hostilearchive.h"

#include "core/archivereader.h"
#include "core/gallerywriter.h"
#include "core/jsonfile.h"
#include "fakecivitai.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using HostileArchive::Marker;

// A model whose every field tries to run script (document.title is what a script would change).
void HostileArchive::writeModel(const QString &output, const QString &name, int index)
{
    QJsonObject version = FakeCivitai::fixture(QStringLiteral("model-version-by-hash.json"));
    const QString script
        = QStringLiteral("</script><script>document.title='%1'</script>").arg(Marker);
    QJsonObject summary = version.value(QLatin1String("model")).toObject();
    summary.insert(QStringLiteral("name"), script);
    version.insert(QStringLiteral("model"), summary);
    version.insert(QStringLiteral("name"),
                   QStringLiteral("<img src=x onerror=\"document.title='%1'\">").arg(Marker));
    version.insert(
        QStringLiteral("trainedWords"),
        QJsonArray { QStringLiteral("\" onclick=\"document.title='%1'").arg(Marker), script });
    version.insert(QStringLiteral("description"),
                   QStringLiteral("<p>ok <b>bold</b></p><script>document.title='%1'</script>"
                                  "<a href=\"javascript:document.title='%1'\">link</a><img src=x "
                                  "onerror=\"document.title='%1'\">"
                                  "<iframe src=\"https://example.com\"></iframe><svg "
                                  "onload=\"document.title='%1'\"></svg>")
                       .arg(Marker));
    version.insert(QStringLiteral("downloadUrl"),
                   QStringLiteral("javascript:document.title='%1'").arg(Marker));
    const QString sha = QStringLiteral("%1").arg(index, 64, 16, QLatin1Char('0'));
    QJsonArray files = version.value(QLatin1String("files")).toArray();
    QJsonObject file = files.at(0).toObject();
    QJsonObject hashes = file.value(QLatin1String("hashes")).toObject();
    hashes.insert(QStringLiteral("SHA256"), sha.toUpper());
    file.insert(QStringLiteral("hashes"), hashes);
    version.insert(QStringLiteral("files"), QJsonArray { file });

    const QString folder = output + QLatin1Char('/') + name + QLatin1Char('/') + name;
    QDir().mkpath(output + QLatin1Char('/') + name);
    JsonFile::write(folder + QStringLiteral("_civitai_model_version.json"), version);
    JsonFile::write(
        folder + QStringLiteral("_hash.json"),
        QJsonObject {
            { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
            { QStringLiteral("hash_value"), sha },
            { QStringLiteral("filename"), name + QStringLiteral(" [v1] #2 %3.safetensors") },
            { QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:00.000000") } });
    QJsonObject model = FakeCivitai::fixture(QStringLiteral("model.json"));
    model.insert(
        QStringLiteral("tags"),
        QJsonArray {
            QStringLiteral("<b onmouseover=\"document.title='%1'\">tag</b>").arg(Marker) });
    JsonFile::write(folder + QStringLiteral("_civitai_model.json"), model);
}

QStringList HostileArchive::write(const QString &output, int count)
{
    for (int i = 0; i < count; ++i)
        writeModel(output, QStringLiteral("model_%1").arg(i), i + 1);
    QStringList problems;
    const QList<ArchivedModel> models = ArchiveReader::readAll(output, &problems);
    return problems + GalleryWriter::write(output, models);
}
