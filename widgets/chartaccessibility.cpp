#include "chartaccessibility.h"

#include "chartaccessible.h"
#include "datatabledialog.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QDate>
#include <QEvent>
#include <QFocusFrame>
#include <QLocale>
#include <QPainter>
#include <QRegion>
#include <QWidget>

#include <optional>

namespace zhisuan::widgets {

namespace {

// The focus frame: a ring three pixels wide in the palette's highlight colour over the chart's edge. A sibling of
// the chart above it, not its child, so that an export (which draws the chart and its children) never shows it;
// a QFocusFrame, which assistive technology leaves out of the tree, placed here rather than by QFocusFrame's own
// margins (the style's two pixels outside the widget, under it, were clipped away in a scroll area).
class ChartFocusFrame : public QFocusFrame
{
public:
    using QFocusFrame::QFocusFrame;

    void place(const QWidget *chart)
    {
        constexpr int kWidth = 3;
        setGeometry(chart->geometry());
        setMask(QRegion(rect()).subtracted(QRegion(rect().adjusted(kWidth, kWidth, -kWidth, -kWidth))));
        raise();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Active, QPalette::Highlight));
    }
};

// A cell as a number: in the current locale as the tables write them ("1,234.5"), or in C form.
std::optional<double> number(const QString &cell, const QLocale &locale)
{
    // A return is written with its sign and percent (+3.20%): the figure is what is between them.
    QString figure = cell;
    if (figure.endsWith(u'%'))
        figure.chop(1);
    if (figure.startsWith(u'+'))
        figure.remove(0, 1);
    bool ok = false;
    double v = locale.toDouble(figure, &ok);
    if (!ok)
        v = figure.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// A value of a column that has negative figures, with its sign written out: +4.1, −3.2.
QString withSign(const QString &cell, double value, bool signedColumn)
{
    if (!signedColumn)
        return cell;
    if (value > 0 && !cell.startsWith(u'+'))
        return u'+' + cell;
    if (value < 0 && cell.startsWith(u'-'))
        return QChar(0x2212) + cell.mid(1);
    return cell;
}

} // namespace

void ChartAccessibility::attach(QWidget *chart, ChartSurface *surface)
{
    if (!chart || of(chart))
        return;
    ChartAccessible::installFactory();
    new ChartAccessibility(chart, surface);
}

ChartAccessibility *ChartAccessibility::of(const QWidget *chart)
{
    return chart ? chart->findChild<ChartAccessibility *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

ChartAccessibility::ChartAccessibility(QWidget *chart, ChartSurface *surface)
    : QObject(chart), m_chart(chart), m_surface(surface), m_tableAction(new QAction(chart))
{
    setObjectName(QStringLiteral("chartAccessibility"));
    // The chart takes the focus, not the view inside it: one stop for Tab, and the shortcut below is the chart's.
    // (A scroll area's viewport hands the focus to the area itself: only views inside the chart are stopped.)
    for (auto *area : chart->findChildren<QAbstractScrollArea *>())
        area->setFocusPolicy(Qt::NoFocus);
    chart->setFocusPolicy(Qt::StrongFocus);
    m_tableAction->setObjectName(QStringLiteral("actionDataTable"));
    m_tableAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_tableAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_tableAction, &QAction::triggered, this, [this] { showTable(); });
    chart->addAction(m_tableAction);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    chart->installEventFilter(this);
    retranslate();
}

void ChartAccessibility::retranslate()
{
    m_tableAction->setText(tr("Show data table"));
}

bool ChartAccessibility::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

bool ChartAccessibility::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart) {
        switch (event->type()) {
        case QEvent::FocusIn:
            if (!m_frame && m_chart->parentWidget())
                m_frame = new ChartFocusFrame(m_chart->parentWidget());
            if (m_frame) {
                static_cast<ChartFocusFrame *>(m_frame)->place(m_chart);
                m_frame->show();
            }
            break;
        case QEvent::Move:
        case QEvent::Resize:
            if (m_frame && m_frame->isVisible())
                static_cast<ChartFocusFrame *>(m_frame)->place(m_chart);
            break;
        case QEvent::FocusOut:
        case QEvent::Hide:
            if (m_frame)
                m_frame->hide();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

QString ChartAccessibility::name() const
{
    if (!m_chart->accessibleName().isEmpty())
        return m_chart->accessibleName();
    const QString title = m_surface->title();
    return title.isEmpty() ? tr("Chart") : title;
}

QString ChartAccessibility::description() const
{
    if (!m_chart->accessibleDescription().isEmpty())
        return m_chart->accessibleDescription();
    return describe(name(), m_surface->table(), m_from, m_to);
}

QWidget *ChartAccessibility::showTable()
{
    auto *dialog = new DataTableDialog(name(), m_surface->table(), m_chart);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ChartAccessibility::setPeriod(QWidget *chart, const QDate &from, const QDate &to)
{
    if (ChartAccessibility *helper = of(chart)) {
        helper->m_from = from;
        helper->m_to = to.isValid() ? to : from;
    }
}

QString ChartAccessibility::describe(const QString &title, const ChartSurface::Table &table, const QDate &from, const QDate &to)
{
    const QLocale locale;
    const QString head = title.isEmpty() ? tr("Chart") : title;
    if (table.rows.isEmpty())
        return tr("%1: no data.").arg(head);
    QStringList out{tr("%1: %2 rows of %3.").arg(head, locale.toString(table.rows.size()), locale.createSeparatedList(table.columns))};

    // The first column of figures: its highest and lowest row, named by the row's first cell.
    for (int c = 1; c < table.columns.size(); ++c) {
        int high = -1, low = -1, figures = 0;
        double highValue = 0, lowValue = 0;
        bool allNumbers = true;
        for (int r = 0; r < table.rows.size() && allNumbers; ++r) {
            const QString cell = table.rows[r].value(c).trimmed();
            if (cell.isEmpty())
                continue;
            const auto v = number(cell, locale);
            if (!v) {
                allNumbers = false;
                break;
            }
            ++figures;
            if (high < 0 || *v > highValue)
                high = r, highValue = *v;
            if (low < 0 || *v < lowValue)
                low = r, lowValue = *v;
        }
        if (!allNumbers || figures == 0)
            continue;
        const bool signedColumn = lowValue < 0;
        const auto cell = [&](int r, double v) { return withSign(table.rows[r].value(c).trimmed(), v, signedColumn); };
        if (high == low)
            out << tr("%1: %2 %3.").arg(table.columns[c], table.rows[high].value(0), cell(high, highValue));
        else
            out << tr("Highest %1: %2 %3; lowest: %4 %5.")
                       .arg(table.columns[c], table.rows[high].value(0), cell(high, highValue), table.rows[low].value(0),
                            cell(low, lowValue));
        break;
    }

    // The period: the rows' own dates, else the one the chart was given.
    QDate first, last;
    for (const QStringList &row : table.rows) {
        const QDate d = QDate::fromString(row.value(0), Qt::ISODate);
        if (!d.isValid()) {
            first = last = QDate();
            break;
        }
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
    if (!first.isValid() && from.isValid())
        first = from, last = to.isValid() ? to : from;
    if (first.isValid())
        out << (first == last ? tr("On %1.").arg(first.toString(Qt::ISODate))
                              : tr("From %1 to %2.").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    return out.join(u' ');
}

} // namespace zhisuan::widgets
