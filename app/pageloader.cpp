#include "pageloader.h"

#include "dashboardpage.h"

#include <QEvent>
#include <QWidget>

namespace zhisuan::app {

PageLoader::PageLoader(DashboardPage *page) : QObject(page)
{
    setObjectName(QStringLiteral("pageLoader"));
    page->installEventFilter(this);
}

PageLoader *PageLoader::of(DashboardPage *page)
{
    if (auto *loader = page->findChild<PageLoader *>(QStringLiteral("pageLoader"), Qt::FindDirectChildrenOnly))
        return loader;
    return new PageLoader(page);
}

void PageLoader::request(DashboardPage *page)
{
    PageLoader *loader = of(page);
    loader->m_stale = true;
    if (!page->parentWidget() || page->isVisible())
        loader->load();
}

void PageLoader::ensureLoaded(DashboardPage *page)
{
    if (PageLoader *loader = of(page); loader->m_stale)
        loader->load();
}

void PageLoader::load()
{
    m_stale = false;
    static_cast<DashboardPage *>(parent())->reload();
}

bool PageLoader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched == parent() && m_stale)
        load();
    return QObject::eventFilter(watched, event);
}

} // namespace zhisuan::app
