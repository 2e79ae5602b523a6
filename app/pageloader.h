#pragma once

#include <QObject>

namespace zhisuan::app {

class DashboardPage;

// Loads a dashboard page when the user can see it. A page inside the main window that is hidden (another page is
// shown) is marked stale and reloads on its next show, so start-up and an import read only the page
// on screen; a page built on its own (the brief, tests) or already visible reloads at once. The page's reload()
// does the work.
class PageLoader : public QObject
{
    Q_OBJECT
public:
    // Reload now if the page is visible or has no parent, else on its next show.
    static void request(DashboardPage *page);
    // Reload now if a request is pending (before reading the page's state, e.g. choosing a week).
    static void ensureLoaded(DashboardPage *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PageLoader(DashboardPage *page);
    static PageLoader *of(DashboardPage *page);
    void load();

    bool m_stale = false;
};

} // namespace zhisuan::app
