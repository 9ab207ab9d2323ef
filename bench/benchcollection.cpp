#include "benchcollection.h"

#include "core/filehasher.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>

namespace BenchCollection {

int generate(FakeCivitai &civitai, const QString &modelsDir, int count, int versionsPerModel,
             Files files)
{
    int known = 0;
    for (int i = 0; i < count; ++i) {
        QJsonObject metadata = SafetensorsFactory::loraMetadata();
        metadata.insert(QStringLiteral("ss_index"), QString::number(i)); // distinct hashes
        const QByteArray bytes = SafetensorsFactory::build(metadata, 64);
        if (files == Files::Write)
            SafetensorsFactory::write(
                QDir(modelsDir).filePath(QStringLiteral("%1/lora_%2.safetensors")
                                             .arg(i / 1000, 3, 10, QLatin1Char('0'))
                                             .arg(i, 6, 10, QLatin1Char('0'))),
                bytes);
        if (i % UnknownEvery != UnknownEvery - 1) {
            civitai.addModelFile(FileHasher::hashBytes(bytes), 10000 + known / versionsPerModel,
                                 20000 + i, 1);
            ++known;
        }
    }
    return known;
}

double runServing(QProcess &process, const QString &program, const QStringList &arguments,
                  const QUrl &apiBase)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CIVITAI_API_BASE"), apiBase.toString());
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    loop.exec();
    return timer.nsecsElapsed() / 1e9;
}

} // namespace BenchCollection
