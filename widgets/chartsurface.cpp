#include "chartsurface.h"

#include <QCoreApplication>
#include <QLayout>
#include <QPainter>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QWidget>

namespace zhisuan::widgets {

namespace {

// Lays the widget out at `size` for the duration of a render, then puts it back.
class TemporarySize
{
public:
    TemporarySize(QWidget *w, const QSize &size) : m_widget(w), m_old(w->size())
    {
        // A chart on another tab or page is not laid out: bring its branch forward in every stack above it.
        for (QWidget *child = w, *parent = w->parentWidget(); parent; child = parent, parent = parent->parentWidget()) {
            if (auto *stack = qobject_cast<QStackedWidget *>(parent)) {
                if (stack->currentWidget() != child) {
                    m_stacks.append({stack, stack->currentIndex()});
                    stack->setCurrentWidget(child);
                }
            }
        }
        QCoreApplication::processEvents();
        // Qt Charts deletes replaced axes and series with deleteLater(); outside an event loop (the command line, a
        // brief being written) they would still be in the scene and be drawn under the new ones.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_wasAttribute = w->testAttribute(Qt::WA_DontShowOnScreen);
        if (!w->isVisible())
            w->setAttribute(Qt::WA_DontShowOnScreen, true);
        w->resize(size);
        // Hidden widgets (a chart on another tab) get their resize event only when shown: deliver it now so that
        // the chart lays itself out at the export size.
        QResizeEvent resize(size, m_old);
        QCoreApplication::sendEvent(w, &resize);
        sendPendingResizes(w);
        if (auto *layout = w->layout())
            layout->activate();
        QCoreApplication::sendPostedEvents(w, QEvent::LayoutRequest);
        // Qt Charts places some items (bar labels) from queued updates: let them run at the new size.
        QCoreApplication::processEvents();
    }
    ~TemporarySize()
    {
        const QSize exported = m_widget->size();
        m_widget->resize(m_old);
        QResizeEvent resize(m_old, exported);
        QCoreApplication::sendEvent(m_widget, &resize);
        m_widget->setAttribute(Qt::WA_DontShowOnScreen, m_wasAttribute);
        for (auto it = m_stacks.crbegin(); it != m_stacks.crend(); ++it)
            it->first->setCurrentIndex(it->second);
    }

private:
    // What QWidget::render does for hidden widgets: children laid out while hidden (a chart view's viewport)
    // have their resize events pending; a view drawn through its scene needs them delivered.
    static void sendPendingResizes(QWidget *w)
    {
        for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->testAttribute(Qt::WA_PendingResizeEvent)) {
                QResizeEvent e(child->size(), QSize());
                QCoreApplication::sendEvent(child, &e);
                child->setAttribute(Qt::WA_PendingResizeEvent, false);
            }
            sendPendingResizes(child);
        }
    }

    QWidget *m_widget;
    QSize m_old;
    bool m_wasAttribute;
    QList<std::pair<QStackedWidget *, int>> m_stacks;
};

} // namespace

ChartSurface *ChartSurface::from(QWidget *widget)
{
    return dynamic_cast<ChartSurface *>(widget);
}

const ChartSurface *ChartSurface::from(const QWidget *widget)
{
    return dynamic_cast<const ChartSurface *>(widget);
}

QSize ChartSurface::minimumExportSize() const
{
    const QWidget *w = const_cast<ChartSurface *>(this)->widget();
    return w->minimumSize().expandedTo(w->minimumSizeHint());
}

void ChartSurface::renderResized(QWidget *widget, QPainter *painter, const QRectF &target,
                                 const std::function<void(QPainter *, const QRectF &)> &draw)
{
    TemporarySize resized(widget, target.size().toSize());
    draw(painter, target);
}

} // namespace zhisuan::widgets
