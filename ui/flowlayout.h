#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

// Lays its widgets out left to right and wraps them onto new lines at the layout's width, like
// words in a paragraph (after Qt's Flow Layout example). Used for trigger-word chips, whose count
// and lengths come from Civitai.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // the height the items need
    int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};
