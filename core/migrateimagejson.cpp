#include "core/migrateimagejson.h"

#include "core/imagejsonmigration.h"

MigrateImageJson::MigrateImageJson(QString outputDir, QObject *parent)
    : ArchiveOperation(std::move(outputDir), Access::Write, nullptr, parent)
{ }

MigrateImageJson::~MigrateImageJson()
{
    stopWork();
}

void MigrateImageJson::work()
{
    //: An operation's current step, shown in the status bar
    if (!beginStep(tr("writing the JSON files of preview images")))
        return;
    QStringList errors;
    m_written = ImageJsonMigration::run(outputDir(), &errors);
    addErrors(errors);
}
