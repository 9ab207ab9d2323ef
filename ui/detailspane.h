#pragma once

#include "core/archivedmodel.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QPushButton;
class QWidget;

// The selected file at a glance (Calibre's book details): cover, Civitai's names, type, base
// model, trigger words to copy, hash, status and what can be done with it. Everything from
// Civitai or a model file is untrusted: shown as plain text, never as markup.
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // A ProgressModel file index; an invalid one empties the pane.
    void showFile(const QModelIndex &file);
    void setRunning(bool running);

Q_SIGNALS:
    void openPageRequested(const QString &pagePath);
    void retryRequested(const QString &path, const QString &outputDir);

private:
    void showModel(const std::optional<ArchivedModel> &model);
    void setTriggerWords(const QStringList &words);
    void createForm();
    QLabel *addField(const QString &label);

    QPersistentModelIndex m_file;
    std::optional<ArchivedModel> m_model;
    int m_generation = 0; // answers of earlier selections are dropped
    QLabel *m_cover;
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_facts;
    QFormLayout *m_form;
    QLabel *m_version;
    QLabel *m_creator;
    QLabel *m_type;
    QLabel *m_baseModel;
    QLabel *m_status;
    QLineEdit *m_hash;
    QScrollArea *m_scroll;
    QLabel *m_wordsLabel;
    QWidget *m_words;
    QPushButton *m_copyHash;
    QPushButton *m_openPage;
    QPushButton *m_openCivitai;
    QPushButton *m_reveal;
    QPushButton *m_retry;
    bool m_running = false;
};
