#include "ui/tabcounts.h"

#include "ui/duplicatespanel.h"
#include "ui/missingpanel.h"

#include <QCoreApplication>
#include <QTabWidget>

TabCounts::TabCounts(QTabWidget *tabs, MissingPanel *missing, DuplicatesPanel *duplicates,
                     QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_missing(missing)
    , m_duplicates(duplicates)
{
    connect(missing, &MissingPanel::loaded, this, &TabCounts::update);
    connect(duplicates, &DuplicatesPanel::loaded, this, &TabCounts::update);
    update();
}

void TabCounts::update()
{
    const auto label = [](const QString &name, int count) {
        //: A tab's name with how many rows it holds: "Duplicates (1)"
        return count > 0 ? tr("%1 (%2)").arg(name).arg(count) : name;
    };
    m_tabs->setTabText(m_tabs->indexOf(m_missing),
                       label(QCoreApplication::translate("MainWindow", "&Missing from Civitai"),
                             m_missing->count()));
    m_tabs->setTabText(m_tabs->indexOf(m_duplicates),
                       label(QCoreApplication::translate("MainWindow", "&Duplicates"),
                             m_duplicates->groupCount()));
}
