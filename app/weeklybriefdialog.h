#pragma once

#include "marketanalytics.h"
#include "weeklybrief.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace zhisuan::db {
class Store;
}

namespace zhisuan::app {

// Report ▸ Weekly brief…: the week (any day of it), the sections, the firm's name and risk disclosure, the PDF file;
// then a progress bar and Cancel while the brief renders. Choices are remembered.
class WeeklyBriefDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WeeklyBriefDialog(db::Store *store, QWidget *parent = nullptr);

    void setDate(const QDate &day);
    void setOutputPath(const QString &path);
    void setView(const QString &text); // the analyst's view for the first page
    QList<WeeklyBrief::Section> sections() const;
    bool isRunning() const { return m_running; }

public slots:
    // Writes the brief; returns when it is written, failed or was cancelled.
    void writeBrief();
    void cancel();
    void chooseFile();

signals:
    void briefWritten(const QString &path, int pages);

protected:
    void reject() override;

private:
    void updateWeek();
    void setRunning(bool running);
    void saveView();

    db::Store *m_store;
    QDateEdit *m_date;
    QLabel *m_weekInfo;
    QMap<WeeklyBrief::Section, QCheckBox *> m_sections;
    QPlainTextEdit *m_view;
    QLineEdit *m_firm;               // settings::firmName
    QPlainTextEdit *m_disclaimer;    // settings::briefDisclaimer; empty: the default, shown as the placeholder
    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_open;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_write;
    QPushButton *m_cancel;
    QString m_pathDefault; // what the path field proposes until the user edits it
    QDate m_viewWeek;      // the week whose view the field holds
    QList<db::TradingWeek> m_marketWeeks;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace zhisuan::app
