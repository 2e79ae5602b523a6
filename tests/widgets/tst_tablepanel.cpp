#include "querytablemodel.h"
#include "tabledelegate.h"
#include "tablepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using zhisuan::widgets::TablePanel;

class TestTablePanel : public QObject
{
    Q_OBJECT
private:
    static QStandardItemModel *movers(QObject *parent)
    {
        auto *m = new QStandardItemModel(0, 3, parent);
        m->setHorizontalHeaderLabels({QStringLiteral("代码"), QStringLiteral("简称"), QStringLiteral("周涨跌幅")});
        const QList<std::tuple<QString, QString, double>> rows{{"300531.SZ", "优博讯", 18.31},
                                                               {"300311.SZ", "任子行", -24.43},
                                                               {"688168.SH", "安博通", 17.46}};
        for (const auto &[code, name, ret] : rows) {
            auto *r = new QStandardItem;
            r->setData(ret, Qt::DisplayRole);
            m->appendRow({new QStandardItem(code), new QStandardItem(name), r});
        }
        return m;
    }

private slots:
    void filterAndSortFollowTheModel()
    {
        TablePanel panel;
        auto *model = movers(&panel);
        panel.setModel(model);
        QAbstractItemModelTester tester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.findChild<QLineEdit *>()->setText(QStringLiteral("SZ"));
        QTRY_COMPARE(panel.proxy()->rowCount(), 2);
        panel.findChild<QLineEdit *>()->clear();
        QTRY_COMPARE(panel.proxy()->rowCount(), 3);
        panel.view()->sortByColumn(2, Qt::AscendingOrder);
        QCOMPARE(panel.proxy()->index(0, 1).data().toString(), QStringLiteral("任子行")); // numeric, not text, order
    }

    void typingFiltersOnceWhenThePauseComes()
    {
        // Each keystroke into a 100k-row table filtered every row again: the box now waits for a pause in the typing.
        TablePanel panel;
        panel.setModel(movers(&panel));
        QSignalSpy applied(&panel, &TablePanel::filterApplied);
        auto *box = panel.findChild<QLineEdit *>();
        QTest::keyClicks(box, QStringLiteral("300531"));
        QCOMPARE(panel.proxy()->rowCount(), 3); // not yet: still typing
        QVERIFY(applied.isEmpty());
        QTRY_COMPARE(applied.size(), 1);        // one filtering for six keystrokes
        QCOMPARE(applied.first().first().toString(), QStringLiteral("300531"));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(panel.proxy()->index(0, 1).data().toString(), QStringLiteral("优博讯"));
        // Enter does not wait.
        box->clear();
        QTest::keyClicks(box, QStringLiteral("SH"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(applied.size(), 2);
        QTest::qWait(TablePanel::kFilterDelayMs * 2);
        QCOMPARE(applied.size(), 2); // the pending timer was stopped by Enter
    }

    void largeResultsAreFetchedInChunks()
    {
        // A table over 130k rows holds what the user has scrolled to, a chunk at a time.
        int served = 0, calls = 0;
        const int total = 2500;
        auto fetch = [&](int count) -> zhisuan::db::Result<zhisuan::db::QueryTable> {
            ++calls;
            zhisuan::db::QueryTable t{{QStringLiteral("code"), QStringLiteral("n")}, {}};
            for (int i = 0; i < count && served < total; ++i, ++served)
                t.rows.append({QStringLiteral("C%1").arg(served), served});
            return t;
        };
        zhisuan::widgets::QueryTableModel model;
        model.setColumns({{QStringLiteral("code"), QStringLiteral("代码")}, {QStringLiteral("n"), QStringLiteral("序号"), 1.0}});
        model.setFetcher(fetch, 1000);
        QCOMPARE(model.rowCount(), 1000); // the first chunk only
        QCOMPARE(calls, 1);
        QVERIFY(model.canFetchMore());
        QCOMPARE(model.index(999, 0).data().toString(), QStringLiteral("C999"));
        model.fetchMore();
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.index(1500, 1).data().toInt(), 1500);
        {
            // A filter looks through all rows, not only those read so far (and so does an export).
            served = 0;
            calls = 0;
            model.setFetcher(fetch, 1000);
            TablePanel filtered;
            filtered.setModel(&model);
            filtered.findChild<QLineEdit *>()->setText(QStringLiteral("C2499"));
            QTRY_COMPARE(filtered.proxy()->rowCount(), 1);
            QCOMPARE(model.rowCount(), total);
            served = 0;
            calls = 0;
            model.setFetcher(fetch, 1000);
            QTemporaryDir dir;
            QVERIFY(filtered.exportTo(dir.filePath(QStringLiteral("all.csv"))).ok());
            QCOMPARE(model.rowCount(), total);
        }
        served = 0;
        calls = 0;
        model.setFetcher(fetch, 1000);
        model.fetchMore();
        QCOMPARE(model.rowCount(), 2000);
        // A view scrolled to the end asks for the rest; the last, short chunk ends the fetching.
        TablePanel panel;
        panel.setModel(&model);
        panel.resize(600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.view()->scrollToBottom();
        QTRY_COMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore());
        QCOMPARE(calls, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A plain table has nothing more to fetch.
        model.setTable({{QStringLiteral("code")}, {{QStringLiteral("X")}}});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore());
    }

    // Issue 15: an inferred value is hatched and italic where it is shown, and every cell of the row says why.
    void inferredValuesAreMarkedWithTheirReason()
    {
        zhisuan::db::QueryTable t{{"name", "ecosystem", "current_pflops", "confidence", "confidence_note", "inferred_fields"},
                                  {{"博大", "ascend", 40000, "inferred", "托管 300P 昇腾集群，按此推断", "ecosystem"},
                                   {"中原", "ascend", 0, "reported", QVariant(), QVariant()},
                                   {"某中心", "hygon", 100, "inferred", "整行按传闻录入", QVariant()},
                                   {"某公司", QVariant(), 10, "inferred", "证券代码为分析师补充", "ticker"}}};
        zhisuan::widgets::QueryTableModel model;
        model.setColumns({{"name", "Centre"}, {"ecosystem", "Ecosystem"}, {"current_pflops", "PFLOPS"}});
        model.setTable(t);
        const auto hatched = [&](int r, int c) {
            const QVariant b = model.index(r, c).data(Qt::BackgroundRole);
            return b.isValid() && b.value<QBrush>().style() == Qt::BDiagPattern && model.index(r, c).data(Qt::FontRole).value<QFont>().italic();
        };
        // 博大: only the ecosystem is the inference; its capacity is reported and drawn plain.
        QVERIFY(hatched(0, 1));
        QVERIFY(!hatched(0, 0) && !hatched(0, 2));
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("托管 300P 昇腾集群")));
        QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("托管 300P 昇腾集群")));
        // A reported row has no mark and no tooltip.
        for (int c = 0; c < 3; ++c) {
            QVERIFY(!hatched(1, c));
            QVERIFY(model.index(1, c).data(Qt::ToolTipRole).isNull());
        }
        // No field named: the whole row is the inference.
        for (int c = 0; c < 3; ++c)
            QVERIFY(hatched(2, c));
        // An inferred value the table does not show marks the first cell, where its reason can be read.
        QVERIFY(hatched(3, 0));
        QVERIFY(!hatched(3, 1) && !hatched(3, 2));
    }

    // English is English (issue 29): a table's Source column names the report as the exports' source lines and the
    // detail panels do, in the interface language; the Chinese interface keeps the report's own name.
    void sourcesAreNamedInTheInterfaceLanguage()
    {
        const QString stored = QStringLiteral("004 民生证券 计算机周报 2024-08-17 表1 (智能算力产业发展白皮书)");
        zhisuan::db::QueryTable t{{"name", "source"}, {{"博大", stored}}};
        zhisuan::widgets::QueryTableModel model;
        model.setColumns({{"name", "Centre"}, {"source", "Source"}});
        model.setTable(t);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = model.index(0, 1).data().toString();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString chinese = model.index(0, 1).data().toString();
        QLocale::setDefault(before);
        QVERIFY2(english.contains(QStringLiteral("Minsheng Securities")) && english.contains(QStringLiteral("2024-08-17")), qPrintable(english));
        QVERIFY2(!english.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}]"))), qPrintable(english));
        // The Chinese interface keeps the report's own words and its table, the primary source first, without the
        // dataset's report number (as the detail panels cite it).
        QVERIFY2(chinese.startsWith(QStringLiteral("智能算力产业发展白皮书")) && chinese.endsWith(QStringLiteral("民生证券 计算机周报 2024-08-17 表1")),
                 qPrintable(chinese));
        QVERIFY2(!english.startsWith(QStringLiteral("004")) && !english.contains(QStringLiteral("Table 1 (")), qPrintable(english));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("博大")); // a data name is left as stored
    }

    void keepsTheModelOrderUntilTheUserSorts()
    {
        TablePanel panel;
        panel.setModel(movers(&panel));
        QCOMPARE(panel.proxy()->index(0, 0).data().toString(), QStringLiteral("300531.SZ"));
        QCOMPARE(panel.proxy()->index(2, 0).data().toString(), QStringLiteral("688168.SH"));
    }

    void exportsCsvForExcelAndXlsx()
    {
        TablePanel panel;
        auto *model = movers(&panel);
        model->appendRow({new QStandardItem(QStringLiteral("=cmd|' /C calc'!A0")), new QStandardItem(QStringLiteral("恶意, 公式")),
                          new QStandardItem(QStringLiteral("@x"))});
        panel.setModel(model);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("movers.csv"));
        QVERIFY(panel.exportTo(csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 Chinese only with the BOM
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("代码,简称,周涨跌幅\r\n300531.SZ,优博讯,18.31\r\n")));
        QVERIFY2(text.contains(QStringLiteral("'=cmd|' /C calc'!A0,\"恶意, 公式\",'@x")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("300311.SZ,任子行,-24.43"))); // negative numbers stay numbers

        // Counts export as counts (issue 29: "160.00" visits): a column of whole numbers has no decimals, one with
        // a tenth has one, and a column formatted as a return keeps two whatever its values.
        auto *counts = new QStandardItemModel(0, 3, &panel);
        counts->setHorizontalHeaderLabels({QStringLiteral("visits"), QStringLiteral("score"), QStringLiteral("wow")});
        for (const auto &[visits, score, wow] : {std::tuple{160.0, 95.0, 3.0}, std::tuple{14000.0, 88.4, -1.5}}) {
            QList<QStandardItem *> row;
            for (double v : {visits, score, wow}) {
                row << new QStandardItem;
                row.last()->setData(v, Qt::DisplayRole);
            }
            counts->appendRow(row);
        }
        TablePanel countsPanel;
        countsPanel.setModel(counts);
        countsPanel.delegate()->setColumnFormat(2, zhisuan::widgets::TableDelegate::Format::Change);
        const QString countsCsv = dir.filePath(QStringLiteral("counts.csv"));
        QVERIFY(countsPanel.exportTo(countsCsv).ok());
        QFile cf(countsCsv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(cf.readAll().mid(3)), QStringLiteral("visits,score,wow\r\n160,95.0,3.00\r\n14000,88.4,-1.50\r\n"));

        panel.findChild<QLineEdit *>()->setText(QStringLiteral("SH"));
        QTRY_COMPARE(panel.proxy()->rowCount(), 1);
        const QString xlsx = dir.filePath(QStringLiteral("movers.xlsx"));
        QVERIFY(panel.exportTo(xlsx).ok());
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK"); // an Office Open XML zip
        QVERIFY(x.size() > 3000);
    }

    // Issue 27: with no folder kept yet (a first export, or settings reset) the dialog proposed "/Title.xlsx", a
    // file at the root that cannot be written. It proposes the user's Documents folder (else home) until a folder is kept.
    void exportProposesAFolderTheUserCanWriteTo_data()
    {
        QTest::addColumn<bool>("hooked");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("folder"); // expected; "documents" for the user's Documents folder
        QTest::newRow("no folder handed in") << false << QString() << QStringLiteral("documents");
        QTest::newRow("nothing kept yet") << true << QString() << QStringLiteral("documents");
        QTest::newRow("a kept folder") << true << QStringLiteral("/data/reports") << QStringLiteral("/data/reports");
    }
    void exportProposesAFolderTheUserCanWriteTo()
    {
        QFETCH(bool, hooked);
        QFETCH(QString, kept);
        QFETCH(QString, folder);
        QStandardPaths::setTestModeEnabled(true);
        TablePanel::setExportFolder(hooked ? TablePanel::ExportFolder{[kept] { return kept; }, [](const QString &) {}} : TablePanel::ExportFolder{});
        TablePanel panel;
        panel.setTitle(QStringLiteral("Top movers 7/22–7/26"));
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expected = folder == QLatin1String("documents") ? (documents.isEmpty() ? QDir::homePath() : documents) : folder;
        QCOMPARE(panel.proposedExportPath(), QDir(expected).filePath(QStringLiteral("Top movers 7-22–7-26.xlsx")));
        QVERIFY(!panel.proposedExportPath().startsWith(QStringLiteral("/Top")));
        TablePanel::setExportFolder({});
    }

    void copiesTheSelectionAsTsv()
    {
        TablePanel panel;
        panel.setModel(movers(&panel));
        auto *sel = panel.view()->selectionModel();
        sel->select(QItemSelection(panel.proxy()->index(0, 0), panel.proxy()->index(1, 2)), QItemSelectionModel::Select);
        const QString expected = QStringLiteral("代码\t简称\t周涨跌幅\n300531.SZ\t优博讯\t18.31\n300311.SZ\t任子行\t-24.43\n");
        QCOMPARE(panel.selectionAsTsv(), expected);
        panel.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }
    // A loss year's PE reads NM whether the source printed a negative PE or none, "—" only where there is no figure,
    // and the panel says once, under the table, what the marks mean (issue 29).
    void aLossYearsMultipleIsNotMeaningfulEitherWay()
    {
        using Format = zhisuan::widgets::TableDelegate::Format;
        TablePanel panel;
        auto *m = new QStandardItemModel(0, 3, &panel);
        m->setHorizontalHeaderLabels({QStringLiteral("Code"), QStringLiteral("EPS 2022"), QStringLiteral("PE 2022")});
        auto cell = [](const QVariant &v) {
            auto *item = new QStandardItem;
            item->setData(v, Qt::DisplayRole);
            return item;
        };
        // A negative PE; a loss and no PE; a profit and no PE; no figures at all; a profit and its PE.
        const QList<std::tuple<QString, QVariant, QVariant>> rows{{"A", -0.68, -120.0}, {"B", -0.04, QVariant()}, {"C", 0.5, QVariant()},
                                                                 {"D", QVariant(), QVariant()}, {"E", 0.86, 32.2}};
        for (const auto &[code, eps, pe] : rows)
            m->appendRow({new QStandardItem(code), cell(eps), cell(pe)});
        panel.setModel(m);
        panel.delegate()->setColumnFormat(1, Format::Decimal2);
        panel.delegate()->setColumnFormat(2, Format::Multiple);
        auto shown = [&](int row) { return panel.delegate()->text(panel.proxy()->index(row, 2), QLocale::c()); };

        // Without the earnings column the missing PE of a loss year reads "—", as the brief printed it before.
        panel.fitColumns();
        QCOMPARE(shown(1), QStringLiteral("—"));

        panel.delegate()->setEarningsColumn(2, 1);
        panel.fitColumns();
        QCOMPARE(shown(0), QStringLiteral("NM"));
        QCOMPARE(shown(1), QStringLiteral("NM"));
        QCOMPARE(shown(2), QStringLiteral("—"));
        QCOMPARE(shown(3), QStringLiteral("—"));
        QCOMPARE(shown(4), QStringLiteral("32"));
        auto *label = panel.findChild<QLabel *>(QStringLiteral("tableNote"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("NM: not meaningful (negative earnings); —: no figure."));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(label->isVisible());
        QVERIFY(label->geometry().top() >= panel.view()->geometry().bottom()); // under the table
        // Copy gives what the cells show.
        panel.view()->selectionModel()->select(QItemSelection(panel.proxy()->index(1, 0), panel.proxy()->index(1, 2)), QItemSelectionModel::Select);
        QCOMPARE(panel.selectionAsTsv().section(QLatin1Char('\n'), 1, 1), QStringLiteral("B\t-0.04\tNM"));

        // Only profits with their PEs: no marks, no note.
        for (int r = 3; r >= 0; --r)
            m->removeRow(r);
        panel.fitColumns();
        QVERIFY(label->text().isEmpty());
        QVERIFY(!label->isVisible());
    }
};

QTEST_MAIN(TestTablePanel)
#include "tst_tablepanel.moc"
