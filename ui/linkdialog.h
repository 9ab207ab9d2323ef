#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Link to a Civitai version…": asks for the address or id of the version a file came from,
// and says at once what is wrong with what was pasted (CivitaiUrl's sentences).
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)

public:
    // `apiBases`: addresses on these hosts are accepted besides civitai.com and civitai.red.
    LinkDialog(const QString &fileName, QList<QUrl> apiBases, QWidget *parent = nullptr);

    QString target() const;
    void setTarget(const QString &text);
    // Why the text cannot be linked to, or empty when it can.
    QString problem() const;

private:
    void check();

    const QList<QUrl> m_apiBases;
    QLineEdit *m_target;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
