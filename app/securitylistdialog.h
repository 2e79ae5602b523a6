#pragma once

#include <QDialog>
#include <QStringList>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace zhisuan::db {
class Store;
}

namespace zhisuan::app {

// An ordered list of the store's securities, edited by picking them: type a few characters of a code or name and
// the picker completes over the securities the store holds (恒生 → 恒生电子 600570.SH); add, move up or down,
// remove. With segments (the watchlist) each entry also carries its segment, completed over the ones in use.
class SecurityListDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString code;
        QString segment;
    };

    // `kinds`: which securities are offered (security.kind: stock, index, industry).
    SecurityListDialog(db::Store *store, const QStringList &kinds, bool withSegments, QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const;

    // Adds what the picker holds ("恒生电子  600570.SH", a bare code or an exact name); false (and says why
    // under the picker) when it names no security the dialog offers.
    bool addPicked();
    void moveSelected(int by);
    void removeSelected();

    QLineEdit *picker() const { return m_picker; }
    QLineEdit *segment() const { return m_segment; }
    QListWidget *list() const { return m_list; }
    QCompleter *completer() const { return m_completer; }
    QString problem() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearProblem();
    void addEntry(const Entry &entry);
    void updateButtons();

    QHash<QString, QString> m_names; // code -> name
    QStringList m_choices;           // "name  code", as completed
    bool m_withSegments;
    QLineEdit *m_picker;
    QLineEdit *m_segment = nullptr;
    QCompleter *m_completer;
    QListWidget *m_list;
    QLabel *m_problem;
    QString m_readProblem; // the store could not be read: stays until the dialog closes
    QPushButton *m_add, *m_up, *m_down, *m_remove;
};

} // namespace zhisuan::app
