#pragma once

#include <QStyledItemDelegate>

// Draws the status column as a progress bar while a file has measurable progress (hashing,
// previews) and for folders; plain text otherwise.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
