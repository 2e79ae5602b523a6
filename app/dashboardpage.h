#pragma once

#include <QString>
#include <QWidget>

namespace zhisuan::app {

// What every page of the window is: an id (the sidebar, `--page`, the last page kept), a reload() that re-reads the
// store (PageLoader calls it when the page is on screen), and a storeProblem signal the window shows above the pages.
// Pages are made through PageRegistry.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(const QString &id, QWidget *parent);
    ~DashboardPage() override;
    QString id() const { return m_id; }
    // Pages built in this process so far: `zhisuan export` and the weekly brief build none (tests count them).
    static int constructed();

public slots:
    // Re-reads what the page shows from the store.
    virtual void reload() = 0;

signals:
    // Part of the page could not be read from the store (the page shows what it could): the window says so.
    void storeProblem(const QString &message);

protected:
    bool event(QEvent *event) override;

private:
    // A combo box sizes itself to its items once, when first shown: after a language switch refilled it with longer
    // names it kept the old width and cut them ("bubbles: PFL…", "Lanes: domes…"). Measured again here.
    void refitChoices();

    QString m_id;
};

} // namespace zhisuan::app
