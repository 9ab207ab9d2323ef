#pragma once

#include "core/archiveoperation.h"

// --generateimagejson as an operation (ImageJsonMigration): the generation data of every
// archived preview, from what is archived. Downloads nothing.
class MigrateImageJson final : public ArchiveOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateImageJson)

public:
    explicit MigrateImageJson(QString outputDir, QObject *parent = nullptr);
    ~MigrateImageJson() override;

    int writtenCount() const { return m_written; } // once finished

private:
    void work() override;

    int m_written = 0;
};
