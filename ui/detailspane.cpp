#include "ui/detailspane.h"

#include "core/archivereader.h"
#include "core/displaynames.h"
#include "ui/background.h"
#include "ui/fileactions.h"
#include "ui/flowlayout.h"
#include "ui/progressmodel.h"
#include "ui/reveal.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int CoverWidth = 240; // at most: less in a narrow pane
constexpr int MinimumWidth = 200; // a chip's elided word with its icon, and margins
constexpr int CoverHeight = 200; // a portrait cover leaves room for the facts below it
constexpr int ChipTextWidth = 150; // longer words are elided: the pane's narrowest width

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // Civitai's words, never markup
    label->setWordWrap(true);
    // A name without spaces cannot wrap: it is cut at the pane's edge instead of widening it.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Details"));
    m_cover = new QLabel(this);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setMinimumHeight(CoverWidth / 2);
    m_title = plainLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);

    createForm();

    m_copyHash = new QPushButton(tr("Copy hash"), this);
    connect(m_copyHash, &QPushButton::clicked, this,
            [this] { FileActions::copyToClipboard(m_model ? m_model->sha256 : QString()); });
    m_openPage = new QPushButton(tr("Open page in the gallery"), this);
    connect(m_openPage, &QPushButton::clicked, this, [this] {
        Q_EMIT openPageRequested(m_file.data(ProgressModel::ModelPageRole).toString());
    });
    m_openCivitai = new QPushButton(tr("Open on Civitai"), this);
    connect(m_openCivitai, &QPushButton::clicked, this, [this] {
        if (m_model)
            FileActions::openOnCivitai(*m_model);
    });
    m_reveal = new QPushButton(tr("Reveal file"), this);
    connect(m_reveal, &QPushButton::clicked, this,
            [this] { revealInFileManager(m_file.data(ProgressModel::PathRole).toString()); });
    m_retry = new QPushButton(tr("Retry"), this);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        Q_EMIT retryRequested(m_file.data(ProgressModel::PathRole).toString(),
                              m_file.data(ProgressModel::OutputDirRole).toString());
    });

    auto *content = new QWidget(this);
    m_facts = new QWidget(content); // only with a file: no empty fields or dead buttons
    auto *facts = new QVBoxLayout(m_facts);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->addLayout(m_form);
    for (QPushButton *button : { m_copyHash, m_openPage, m_openCivitai, m_reveal, m_retry })
        facts->addWidget(button);
    m_hint = new QLabel(tr("Select a file in the collection to see its cover, names, trigger "
                           "words and hash here."),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_cover);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_facts);
    layout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // it fits the pane's width
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    // As narrow as its widest button (translations differ) beside the scroll bar, never cut.
    setMinimumWidth(qMax(MinimumWidth,
                         content->minimumSizeHint().width()
                             + m_scroll->verticalScrollBar()->sizeHint().width()));
    showFile({});
}

// Civitai's facts, label beside value; trigger-word chips below their label, wrapping.
void DetailsPane::createForm()
{
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow pane puts values below labels
    m_version = addField(tr("Version:"));
    m_creator = addField(tr("Creator:"));
    m_type = addField(tr("Type:"));
    m_baseModel = addField(tr("Base model:"));
    m_status = addField(tr("Status:"));
    m_hash = new QLineEdit(this); // 64 characters: scrolled in a field, not widening the pane
    m_hash->setReadOnly(true);
    m_hash->setFrame(false);
    m_hash->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }")); // a value
    m_hash->setObjectName(QStringLiteral("detailsHash"));
    m_hash->setAccessibleName(tr("SHA-256"));
    m_form->addRow(tr("SHA-256:"), m_hash);
    m_words = new QWidget(this);
    m_words->setAccessibleName(tr("Trigger words"));
    new FlowLayout(m_words);
    // Chips take the pane's whole width, below their label: they wrap, however many there are.
    m_wordsLabel = new QLabel(tr("Trigger words:"), this);
    m_form->addRow(m_wordsLabel);
    m_form->addRow(m_words);
}

QLabel *DetailsPane::addField(const QString &label)
{
    QLabel *value = plainLabel(this);
    m_form->addRow(label, value);
    return value;
}

void DetailsPane::setRunning(bool running)
{
    m_running = running;
    m_retry->setEnabled(m_file.isValid() && !m_running);
}

void DetailsPane::showFile(const QModelIndex &file)
{
    m_file = file;
    const int generation = ++m_generation;
    m_model.reset();
    showModel(std::nullopt);
    if (!file.isValid())
        return;
    // The archive's files are read off the UI thread: a model's metadata can be large.
    const QString outputDir = file.data(ProgressModel::OutputDirRole).toString();
    const QString folder = file.data(ProgressModel::FolderRole).toString();
    if (folder.isEmpty())
        return;
    runInBackground(
        this, [outputDir, folder] { return ArchiveReader::readFolder(outputDir, folder); },
        [this, generation](const std::optional<ArchivedModel> &model) {
            if (generation == m_generation)
                showModel(model);
        });
}

void DetailsPane::showModel(const std::optional<ArchivedModel> &model)
{
    m_model = model;
    const bool hasFile = m_file.isValid();
    const QString path = m_file.data(ProgressModel::PathRole).toString();
    m_title->setText(
        hasFile ? (model && model->hasCivitaiData ? model->modelName : QFileInfo(path).fileName())
                : tr("No file selected"));
    m_version->setText(model ? model->versionName : QString());
    m_creator->setText(model ? model->creator : QString());
    m_type->setText(model ? DisplayNames::type(model->type) : QString());
    m_baseModel->setText(model ? DisplayNames::baseModel(model->baseModel) : QString());
    // The row's status says it whole here, with the reason of a failure.
    const QModelIndex statusIndex = m_file.sibling(m_file.row(), ProgressModel::StatusColumn);
    m_status->setText(hasFile ? statusIndex.data().toString() : QString());
    m_hash->setText(model ? model->sha256 : QString());
    m_hash->setCursorPosition(0);
    setTriggerWords(model ? model->triggerWords() : QStringList());
    const QString cover = m_file.data(ProgressModel::CoverRole).toString();
    const QPixmap picture(cover);
    const int width = qBound(MinimumWidth - 20, m_scroll->viewport()->width() - 20, CoverWidth);
    m_cover->setPixmap(picture.isNull() ? QPixmap()
                                        : picture.scaled(width, CoverHeight, Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation));
    m_cover->setVisible(!picture.isNull());
    m_copyHash->setEnabled(model && !model->sha256.isEmpty());
    m_openPage->setEnabled(QFileInfo::exists(m_file.data(ProgressModel::ModelPageRole).toString()));
    m_openCivitai->setEnabled(model && model->civitaiUrl().isValid());
    m_reveal->setEnabled(hasFile);
    m_retry->setEnabled(hasFile && !m_running);
    m_hint->setVisible(!hasFile);
    m_facts->setVisible(hasFile);
    // A file Civitai does not know has no version, creator or type: no empty rows for them.
    for (QLabel *value : { m_version, m_creator, m_type, m_baseModel, m_status })
        m_form->setRowVisible(value, !value->text().isEmpty());
    m_form->setRowVisible(m_hash, !m_hash->text().isEmpty());
}

void DetailsPane::setTriggerWords(const QStringList &words)
{
    QLayout *chips = m_words->layout();
    while (QLayoutItem *item = chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Each word a button that copies it: they look like what they do.
    for (const QString &word : words) {
        auto *chip = new QToolButton(m_words);
        // A button's text is never markup, but its '&' marks a shortcut: doubled, it is shown.
        // The whole word is in the tooltip and the copy.
        QString shown = chip->fontMetrics().elidedText(word, Qt::ElideMiddle, ChipTextWidth);
        chip->setText(shown.replace(QLatin1Char('&'), QLatin1String("&&")));
        chip->setAccessibleName(word);
        // A tooltip that looks like markup is rendered as such: this one is made plain.
        chip->setToolTip(Qt::convertFromPlainText(tr("Copy “%1”").arg(word)));
        chip->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(chip, &QToolButton::clicked, this, [word] { FileActions::copyToClipboard(word); });
        chips->addWidget(chip);
    }
    m_form->setRowVisible(m_wordsLabel, !words.isEmpty());
    m_form->setRowVisible(m_words, !words.isEmpty());
}
