#include "chartpanel.h"

#include "chartaccessibility.h"
#include "chartlook.h"
#include "labelplacement.h"

#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>

namespace zhisuan::widgets {

namespace {

// The view tells its panel when it was resized, after Qt Charts laid the chart out at the new size.
class PanelView : public QChartView
{
public:
    PanelView(QWidget *parent, std::function<void()> resized) : QChartView(parent), m_resized(std::move(resized)) {}

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        m_resized();
    }

private:
    std::function<void()> m_resized;
};

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_view(new PanelView(this, [this] {
          chartResized();
          ChartLook::apply(m_view->chart(), palette()); // the names chartResized() placed
      }))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->setBackgroundRoundness(0);
    ChartAccessibility::attach(this, this); // Tab, a description and the data table (issue 29)
    // Axes and series come and go as the chart is filled: each change lays the plot out again.
    connect(m_view->chart(), &QChart::plotAreaChanged, this, [this] { ChartLook::apply(m_view->chart(), palette()); });
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartLook::apply(m_view->chart(), palette());
    QWidget::changeEvent(event);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::title() const
{
    return m_title;
}

void ChartPanel::setChartTitle(const QString &title)
{
    m_title = title;
    fitTitle();
}


bool ChartPanel::fitTitle()
{
    if (m_rendering)
        return false;
    QChart *c = m_view->chart();
    // The view fills the panel; 40 px for the chart's margins and the title's own.
    // Broken as the charts break their names (LabelPlacement::twoLines: evenly, at a space or between Chinese
    // characters); set as rich text, so each line is escaped.
    const QStringList lines = m_title.contains(u'\n') ? QStringList{m_title}
                                                        : LabelPlacement::twoLines(m_title, QFontMetricsF(c->titleFont()), std::max<qreal>(1, width() - 40));
    const QString shown = lines.size() < 2 ? m_title : lines[0].toHtmlEscaped() + QStringLiteral("<br>") + lines[1].toHtmlEscaped();
    if (c->title() == shown)
        return false;
    c->setTitle(shown);
    return true;
}

bool ChartPanel::hasContent() const
{
    return !m_view->chart()->series().isEmpty();
}

QSize ChartPanel::sizeHint() const
{
    return m_view->sizeHint();
}

QSize ChartPanel::minimumSizeHint() const
{
    return m_view->minimumSizeHint();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTitle(); // before the view is laid out at the new size: what the widget places in the plot follows once
    m_view->setGeometry(rect()); // a hidden panel's view gets its resize event when the exporter delivers it
}

void ChartPanel::render(QPainter *painter, const QRectF &target, bool withTitle)
{
    // The export's title replaces the chart's own: one title, not two (fitted to the screen again after the render).
    m_view->chart()->setTitle(withTitle ? m_title : QString()); // laid out at the target's size, not the screen's
    m_rendering = true;
    ChartLook::apply(m_view->chart(), palette(), true); // an export is printed on white, whatever the desktop
    renderResized(this, painter, target, [this](QPainter *p, const QRectF &to) {
        // Through the scene, not QWidget::render: the view culls items (bar labels) against an exposed region
        // computed without the painter's transform, and drops the ones that an offset or scale moves.
        // The chart is laid out at the target's own size: a widget held to a maximum (the price chart's 400 px)
        // kept its size, and stretching it into the target drew circles as ellipses and squashed the type.
        QChart *c = m_view->chart();
        const QRectF own = c->geometry();
        const QRectF laidOut(QPointF(0, 0), to.size());
        c->setGeometry(laidOut);
        if (c->layout())
            c->layout()->activate();
        chartResized();
        m_view->scene()->render(p, to, laidOut, Qt::KeepAspectRatio);
        c->setGeometry(own);
        if (c->layout())
            c->layout()->activate();
        chartResized();
    });
    m_rendering = false;
    if (fitTitle()) { // the screen's title again: the plot moved, and what the widget placed in it follows
        if (m_view->chart()->layout())
            m_view->chart()->layout()->activate();
        chartResized();
    }
    ChartLook::apply(m_view->chart(), palette());
}

} // namespace zhisuan::widgets
