#include "ui/cleandialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CleanDialog::CleanDialog(const QString &outputDir, const CleanPlan &plan, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Clean the archive"));
    auto *intro = new QLabel(
        tr("In <b>%1</b>, these archive folders belong to model files that are gone or are "
           "duplicates. Model files are never touched.")
            .arg(outputDir.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    auto *list = new QTreeWidget(this);
    list->setHeaderLabels({ tr("Archive folder"), tr("Why") });
    list->setRootIsDecorated(false);
    list->setAccessibleName(tr("Archive folders to remove"));
    for (const CleanPlan::Removal &removal : plan.removals)
        new QTreeWidgetItem(list, { removal.folder, removal.reason });
    for (const CleanPlan::Removal &kept : plan.kept)
        //: %1 says why an archive folder is kept (its model file cannot be reached)
        new QTreeWidgetItem(list, { kept.folder, tr("kept: %1").arg(kept.reason) });
    for (const QString &folder : plan.leftAlone)
        new QTreeWidgetItem(list, { folder, tr("left alone: it holds files that are not ours") });
    list->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (!plan.removals.isEmpty()) {
        QPushButton *remove
            = buttons->addButton(tr("Remove %n folder(s)", nullptr, int(plan.removals.size())),
                                 QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    } else {
        intro->setText(tr("Nothing to clean in <b>%1</b>.").arg(outputDir.toHtmlEscaped()));
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(640, 420);
}
