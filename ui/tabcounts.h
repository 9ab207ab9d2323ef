#pragma once

#include <QObject>

class DuplicatesPanel;
class MissingPanel;
class QTabWidget;

// The tabs say how much each one holds, once its panel has loaded: "Missing from Civitai (2)".
class TabCounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabCounts)

public:
    TabCounts(QTabWidget *tabs, MissingPanel *missing, DuplicatesPanel *duplicates,
              QObject *parent = nullptr);

private:
    void update();

    QTabWidget *m_tabs;
    MissingPanel *m_missing;
    DuplicatesPanel *m_duplicates;
};
