#include "chartaccessibility.h"
#include "chartsurface.h"
#include "datatabledialog.h"
#include "exportoptionsdialog.h"
#include "importwizarddialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "marketdashboard.h"
#include "returnbarchartview.h"
#include "starterstore.h"
#include "storedialog.h"
#include "tabledelegate.h"
#include "tablepanel.h"
#include "weeklybriefdialog.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QAction>
#include <QDate>
#include <QApplication>
#include <QFile>
#include <QFocusFrame>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>

using namespace zhisuan;

// Issue 29, "Accessible": what a screen reader and a keyboard find on each page and in the main dialogs, read through
// Qt's accessibility interfaces (the ones the AT-SPI bridge serves: tests/a11y walks the same tree over D-Bus).
class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    app::LanguageManager m_languages;

    // Roles a user operates: each needs a name a screen reader can say.
    static bool interactive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::SpinBox:
        case QAccessible::EditableText:
        case QAccessible::Slider:
        case QAccessible::Table:
        case QAccessible::List:
        case QAccessible::Tree:
        case QAccessible::Chart:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::PageTabList:
        case QAccessible::PageTab:
            return true;
        default:
            return false;
        }
    }

    // Every visible element under `iface` that can take the focus or is a control, with no name: "role objectName".
    static void unnamed(QAccessibleInterface *iface, QStringList &out, int depth = 0)
    {
        if (!iface || depth > 60 || iface->state().invisible)
            return;
        const QAccessible::Role role = iface->role();
        // Focusable here means Tab stops there: a label one can select text of with the mouse is no control.
        auto *widget = qobject_cast<QWidget *>(iface->object());
        const bool tabStop = iface->state().focusable && widget && (widget->focusPolicy() & Qt::TabFocus);
        // A name is words: an arrow drawn in text ("◀ Previous") is read out as "black left-pointing triangle".
        static const QRegularExpression glyphs(QStringLiteral("[◀▶▲▼◂▸←→]"));
        const QString name = iface->text(QAccessible::Name).trimmed();
        if ((interactive(role) || tabStop) && (name.isEmpty() || name.contains(glyphs))) {
            QObject *o = iface->object();
            out << QStringLiteral("%1 %2 (%3) \"%4\"").arg(QString::number(role, 16), o ? o->objectName() : QString(),
                                                  o ? QString::fromLatin1(o->metaObject()->className()) : QString(), name);
        }
        // A table's cells, a list's items and a combo's popup are data, not controls: their container is named.
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::ComboBox)
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            unnamed(iface->child(i), out, depth + 1);
    }

    static QList<QWidget *> charts(QWidget *root)
    {
        QList<QWidget *> out;
        for (QWidget *w : root->findChildren<QWidget *>())
            if (widgets::ChartSurface::from(w) && w->isVisibleTo(root))
                out << w;
        return out;
    }

    // The label of the row with the highest figure in the table's second column, where that column is all numbers.
    static QString highestRow(const widgets::ChartSurface::Table &t)
    {
        QString label;
        double best = 0;
        for (const QStringList &row : t.rows) {
            bool ok = false;
            const double v = QLocale().toDouble(row.value(1), &ok);
            if (!ok)
                return {};
            if (label.isEmpty() || v > best)
                label = row.value(0), best = v;
        }
        return label;
    }

    static void pages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const char *lang : {"en", "zh_CN"})
            for (const char *page : {"market", "centres", "models", "chips", "data"})
                QTest::addRow("%s %s", page, lang) << QString::fromLatin1(page) << QString::fromLatin1(lang);
    }

    // The row's page, with the interface switched to the row's language.
    QString rowPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        return page;
    }

    void openPage(app::MainWindow &window, const QString &page)
    {
        window.resize(1600, 1000);
        window.show();
        window.showPage(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("page-") + page) != nullptr);
        QWidget *p = window.findChild<QWidget *>(QStringLiteral("page-") + page);
        QTRY_VERIFY(p->isVisible());
        // The page fills its charts from the store (PageLoader): wait until each has rows.
        for (QWidget *c : charts(p))
            QTRY_VERIFY2(!widgets::ChartSurface::from(c)->table().rows.isEmpty(), qPrintable(c->objectName()));
    }

private slots:
    void initTestCase()
    {
        m_store = teststore::openWithStarterData(m_dir.filePath(QStringLiteral("a11y.sqlite")), QStringLiteral("zhisuan-test-a11y"));
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_languages.setLanguage(QStringLiteral("en"));
    }

    // Every control of the window on each page has a name, in either language.
    void everyControlIsNamed_data() { pages_data(); }
    void everyControlIsNamed()
    {
        const QString page = rowPage();
        app::MainWindow window(m_store.get(), &m_languages);
        openPage(window, page);
        QStringList missing; // the whole window: the page, the list of pages, the menus
        unnamed(QAccessible::queryAccessibleInterface(&window), missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

    // Each chart and the map: role Chart, its title as its name, and a description that names its data: how many
    // rows, and the row with the highest figure.
    void chartsDescribeTheirData_data() { pages_data(); }
    void chartsDescribeTheirData()
    {
        const QString page = rowPage();
        app::MainWindow window(m_store.get(), &m_languages);
        openPage(window, page);
        QWidget *p = window.findChild<QWidget *>(QStringLiteral("page-") + page);
        const QList<QWidget *> all = charts(p);
        if (page != QLatin1String("data"))
            QVERIFY2(!all.isEmpty(), "a page of charts has charts");
        for (QWidget *c : all) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(c);
            QVERIFY(iface);
            QCOMPARE(iface->role(), QAccessible::Chart);
            const QString name = iface->text(QAccessible::Name), description = iface->text(QAccessible::Description);
            QVERIFY2(!name.isEmpty() && name != widgets::ChartAccessibility::tr("Chart"), qPrintable(c->objectName())); // what it is, not just "Chart"
            const widgets::ChartSurface::Table t = widgets::ChartSurface::from(c)->table();
            QVERIFY2(description.startsWith(name), qPrintable(description));
            QVERIFY2(description.contains(QLocale().toString(t.rows.size())), qPrintable(description));
            const QString highest = highestRow(t);
            if (!highest.isEmpty())
                QVERIFY2(description.contains(highest), qPrintable(highest + QStringLiteral(" not in ") + description));
        }
    }

    // A chart's description follows its data: the same chart on another week says another week's best.
    void descriptionFollowsTheData()
    {
        const widgets::ChartSurface::Table before{{QStringLiteral("Name"), QStringLiteral("Value (%)")},
                                                  {{QStringLiteral("通信"), QStringLiteral("4.1")}, {QStringLiteral("计算机"), QStringLiteral("-3.2")}}};
        const QString d = widgets::ChartAccessibility::describe(QStringLiteral("Weekly returns"), before);
        QVERIFY2(d.contains(QStringLiteral("通信 +4.1")) && d.contains(QStringLiteral("计算机 \u22123.2")), qPrintable(d));
        QVERIFY2(d.contains(QStringLiteral("2 rows")), qPrintable(d));
        const widgets::ChartSurface::Table dated{{QStringLiteral("Date"), QStringLiteral("Close")},
                                                 {{QStringLiteral("2024-05-06"), QStringLiteral("10")}, {QStringLiteral("2024-05-10"), QStringLiteral("12")}}};
        const QString h = widgets::ChartAccessibility::describe(QStringLiteral("Level"), dated);
        QVERIFY2(h.contains(QStringLiteral("From 2024-05-06 to 2024-05-10")) && h.contains(QStringLiteral("2024-05-10 12")), qPrintable(h));
        QVERIFY2(!h.contains(u'+'), qPrintable(h)); // a column with no negative figure has no signs to tell apart
        QCOMPARE(widgets::ChartAccessibility::describe(QStringLiteral("Empty"), {}), QStringLiteral("Empty: no data."));
        // Undated rows (a week's returns) are described with the week they were given.
        const QString week = widgets::ChartAccessibility::describe(QStringLiteral("Weekly returns"), before, QDate(2024, 5, 6), QDate(2024, 5, 10));
        QVERIFY2(week.contains(QStringLiteral("From 2024-05-06 to 2024-05-10")), qPrintable(week));
    }

    // The market's returns chart says which week it shows, and follows the week chosen.
    void returnsChartSaysItsWeek()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        openPage(window, QStringLiteral("market"));
        auto *market = window.findChild<app::MarketDashboard *>();
        auto *returns = market->findChild<QWidget *>(QStringLiteral("returnsChart"));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(returns);
        market->setWeek(QDate(2024, 5, 8));
        QTRY_VERIFY(!market->isLoading());
        QTRY_VERIFY2(iface->text(QAccessible::Description).contains(QStringLiteral("2024-05-06 to 2024-05-10")),
                     qPrintable(iface->text(QAccessible::Description)));
        market->setWeek(QDate(2024, 7, 24));
        QTRY_VERIFY(!market->isLoading());
        QTRY_VERIFY2(iface->text(QAccessible::Description).contains(QStringLiteral("2024-07-22 to 2024-07-26")),
                     qPrintable(iface->text(QAccessible::Description)));
    }

    // Tab reaches every chart of the page, and a frame shows the one that has the focus.
    void tabReachesEveryChart_data() { pages_data(); }
    void tabReachesEveryChart()
    {
        const QString page = rowPage();
        if (page == QLatin1String("data"))
            QSKIP("the data page draws no chart");
        if (m_languages.language() != QLatin1String("en"))
            QSKIP("the focus chain does not depend on the language: walked in English only");
        app::MainWindow window(m_store.get(), &m_languages);
        openPage(window, page);
        window.activateWindow(); // not QApplication::setActiveWindow: deprecated in Qt 6.5, an error with -Werror on 6.8
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *p = window.findChild<QWidget *>(QStringLiteral("page-") + page);
        QSet<QWidget *> reached;
        window.setFocus();
        for (int i = 0; i < 300; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Tab);
            if (QWidget *f = QApplication::focusWidget())
                reached.insert(f);
        }
        for (QWidget *c : charts(p)) {
            QVERIFY2(reached.contains(c), qPrintable(c->objectName()));
            c->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(c->hasFocus());
            auto *frame = c->parentWidget()->findChild<QFocusFrame *>();
            QVERIFY2(frame && frame->isVisible() && frame->geometry() == c->geometry(), qPrintable(c->objectName()));
            c->clearFocus();
            QTRY_VERIFY(!frame->isVisible());
        }
    }

    // Enter on a focused chart (or "Show data table" on its menu) opens its rows in a table the keyboard walks.
    void enterOpensTheDataTable_data() { pages_data(); }
    void enterOpensTheDataTable()
    {
        const QString page = rowPage();
        if (page == QLatin1String("data"))
            QSKIP("the data page draws no chart");
        app::MainWindow window(m_store.get(), &m_languages);
        openPage(window, page);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *p = window.findChild<QWidget *>(QStringLiteral("page-") + page);
        for (QWidget *c : charts(p)) {
            c->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(c->hasFocus());
            QVERIFY(c->actions().contains(widgets::ChartAccessibility::of(c)->tableAction()));
            QTest::keyClick(c, Qt::Key_Return);
            widgets::DataTableDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = c->findChild<widgets::DataTableDialog *>()) != nullptr);
            const widgets::ChartSurface::Table t = widgets::ChartSurface::from(c)->table();
            QAbstractItemModel *model = dialog->view()->model();
            QCOMPARE(model->rowCount(), int(t.rows.size()));
            QCOMPARE(model->columnCount(), int(t.columns.size()));
            for (int r = 0; r < t.rows.size(); ++r)
                QCOMPARE(model->index(r, 0).data().toString(), t.rows[r].value(0));
            QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), t.columns.value(0));
            QTRY_VERIFY(dialog->view()->hasFocus());
            QTest::keyClick(dialog->view(), Qt::Key_Down);
            if (t.rows.size() > 1)
                QCOMPARE(dialog->view()->currentIndex().row(), 1);
            QAccessibleInterface *table = QAccessible::queryAccessibleInterface(dialog->view());
            QCOMPARE(table->role(), QAccessible::Table);
            QVERIFY(!table->text(QAccessible::Name).isEmpty());
            dialog->close();
            QTRY_VERIFY(!c->findChild<widgets::DataTableDialog *>());
        }
    }

    // Up and down are told by sign as well as by red and green: the bars' value labels, the rows of each chart's
    // data table (Enter on the chart: +3.20%, -1.05%, as the labels read) and every coloured change in the tables
    // (the week 5.6–5.10 has both rises and falls); in both languages.
    void upAndDownBySign_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void upAndDownBySign()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        app::MainWindow window(m_store.get(), &m_languages);
        openPage(window, QStringLiteral("market"));
        QWidget *p = window.findChild<QWidget *>(QStringLiteral("page-market"));
        int rises = 0, falls = 0;
        for (auto *chart : p->findChildren<widgets::ReturnBarChartView *>()) {
            const QStringList labels = chart->valueLabels();
            widgets::ChartAccessibility::of(chart)->tableAction()->trigger();
            widgets::DataTableDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = chart->findChild<widgets::DataTableDialog *>()) != nullptr);
            const QAbstractItemModel *table = dialog->view()->model();
            QCOMPARE(labels.size(), table->rowCount());
            for (int i = 0; i < labels.size(); ++i) {
                const QString cell = table->index(i, 1).data().toString();
                QCOMPARE(cell, labels[i] + u'%'); // the label's figure and sign, with its unit
                const double v = QLocale().toDouble(labels[i].mid(labels[i].startsWith(u'+') ? 1 : 0));
                if (v > 0) {
                    ++rises;
                    QVERIFY2(labels[i].startsWith(u'+'), qPrintable(labels[i]));
                } else if (v < 0) {
                    ++falls;
                    QVERIFY2(labels[i].startsWith(u'-'), qPrintable(labels[i]));
                } else {
                    QVERIFY2(!labels[i].startsWith(u'-') && !labels[i].startsWith(u'+'), qPrintable(labels[i])); // 0.00 neither
                }
            }
            // With ZHISUAN_SCREENSHOT_DIR set, the table as the user sees it (issue 29's closing note).
            if (const QString dir = qEnvironmentVariable("ZHISUAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                dialog->grab().save(QDir(dir).filePath(QStringLiteral("data-table-%1-%2.png").arg(chart->objectName(), language)));
            }
            delete dialog;
        }
        int changes = 0;
        for (auto *panel : p->findChildren<widgets::TablePanel *>()) {
            for (int c = 0; c < panel->proxy()->columnCount(); ++c) {
                if (panel->delegate()->columnFormat(c) != widgets::TableDelegate::Format::Change)
                    continue;
                for (int r = 0; r < panel->proxy()->rowCount(); ++r) {
                    const QVariant value = panel->proxy()->index(r, c).data(Qt::EditRole);
                    const QString text = panel->delegate()->text(c, value, QLocale());
                    if (value.toDouble() != 0) {
                        ++changes;
                        QVERIFY2(text.startsWith(value.toDouble() > 0 ? u'+' : u'-'), qPrintable(text));
                    }
                }
            }
        }
        QVERIFY2(rises > 0 && falls > 0 && changes > 0, qPrintable(QStringLiteral("%1 rises, %2 falls, %3 changes").arg(rises).arg(falls).arg(changes)));
    }

    // The main dialogs: every control named.
    void dialogsNameTheirControls_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("language");
        for (const char *lang : {"en", "zh_CN"})
            for (const char *d : {"import", "store", "export", "exportAll", "brief"})
                QTest::addRow("%s %s", d, lang) << QString::fromLatin1(d) << QString::fromLatin1(lang);
    }
    void dialogsNameTheirControls()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        std::unique_ptr<QDialog> d;
        if (dialog == QLatin1String("import")) {
            const QString csv = m_dir.filePath(QStringLiteral("prices.csv"));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("code,name,date,close\n300474.SZ,景嘉微,2024-05-10,80.1\n");
            f.close();
            d = std::make_unique<widgets::ImportWizardDialog>(m_store.get(), QStringList{csv});
        } else if (dialog == QLatin1String("store")) {
            d = std::make_unique<app::StoreDialog>(m_dir.filePath(QStringLiteral("a11y.sqlite")));
        } else if (dialog == QLatin1String("export")) {
            d = std::make_unique<widgets::ExportOptionsDialog>(widgets::ExportOptionsDialog::Mode::OneChart);
        } else if (dialog == QLatin1String("exportAll")) {
            d = std::make_unique<widgets::ExportOptionsDialog>(widgets::ExportOptionsDialog::Mode::ManyCharts);
        } else {
            d = std::make_unique<app::WeeklyBriefDialog>(m_store.get());
        }
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QTest::qWait(50);
        QStringList missing;
        unnamed(QAccessible::queryAccessibleInterface(d.get()), missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
