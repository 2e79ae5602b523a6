#include "pageloader.h"

#include <QEvent>
#include <QMetaObject>
#include <QWidget>

namespace zhisuan::app {

PageLoader::PageLoader(QWidget *page) : QObject(page)
{
    setObjectName(QStringLiteral("pageLoader"));
    page->installEventFilter(this);
}

PageLoader *PageLoader::of(QWidget *page)
{
    if (auto *loader = page->findChild<PageLoader *>(QStringLiteral("pageLoader"), Qt::FindDirectChildrenOnly))
        return loader;
    return new PageLoader(page);
}

void PageLoader::request(QWidget *page)
{
    PageLoader *loader = of(page);
    loader->m_stale = true;
    if (!page->parentWidget() || page->isVisible())
        loader->load();
}

void PageLoader::ensureLoaded(QWidget *page)
{
    if (PageLoader *loader = of(page); loader->m_stale)
        loader->load();
}

void PageLoader::load()
{
    m_stale = false;
    QMetaObject::invokeMethod(parent(), "reload");
}

bool PageLoader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched == parent() && m_stale)
        load();
    return QObject::eventFilter(watched, event);
}

} // namespace zhisuan::app
