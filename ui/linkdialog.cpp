#include "ui/linkdialog.h"

#include "core/civitaiurl.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LinkDialog::LinkDialog(const QString &fileName, QList<QUrl> apiBases, QWidget *parent)
    : QDialog(parent)
    , m_apiBases(std::move(apiBases))
    , m_target(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link to a Civitai version"));
    //: %1 is a model file's name
    auto *explanation = new QLabel(
        tr("Civitai knows no file with the hash of %1 (a re-saved, pruned or converted file has "
           "another hash). Paste the address of the Civitai model version it came from, or its "
           "id. It is archived with that version's data at once.")
            .arg(fileName),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    m_target->setPlaceholderText(
        QStringLiteral("https://civitai.com/models/123?modelVersionId=456"));
    m_target->setClearButtonEnabled(true);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Link and archive"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_target);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &LinkDialog::check);
    setMinimumWidth(480);
    check();
}

QString LinkDialog::target() const
{
    return m_target->text().trimmed();
}

void LinkDialog::setTarget(const QString &text)
{
    m_target->setText(text);
}

QString LinkDialog::problem() const
{
    const auto parsed = CivitaiUrl::parse(m_target->text(), m_apiBases);
    const QString *problem = std::get_if<QString>(&parsed);
    return problem ? *problem : QString();
}

// Nothing typed yet is no mistake: OK waits quietly.
void LinkDialog::check()
{
    const QString why = problem();
    m_problem->setText(m_target->text().trimmed().isEmpty() ? QString() : why);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}
