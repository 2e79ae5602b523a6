#pragma once

#include <QObject>

class QWidget;

namespace zhisuan::app {

// Loads a dashboard page when the user can see it. A page inside the main window that is hidden (another page is
// shown) is marked stale and reloads on its next show, so start-up, chart export and an import read only the page
// on screen; a page built on its own (the brief, tests) or already visible reloads at once. The page's reload()
// slot does the work, as before.
class PageLoader : public QObject
{
    Q_OBJECT
public:
    // Reload now if the page is visible or has no parent, else on its next show.
    static void request(QWidget *page);
    // Reload now if a request is pending (before reading the page's state, e.g. choosing a week).
    static void ensureLoaded(QWidget *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PageLoader(QWidget *page);
    static PageLoader *of(QWidget *page);
    void load();

    bool m_stale = false;
};

} // namespace zhisuan::app
