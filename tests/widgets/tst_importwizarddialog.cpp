#include "importwizarddialog.h"
#include "store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QLabel>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <xlsxwriter.h>

using namespace zhisuan;

class TestImportWizardDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;

private slots:
    void initTestCase()
    {
        auto store = db::Store::open(m_dir.filePath(QStringLiteral("wizard.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
    }

    void showsWhatWasDetected()
    {
        widgets::ImportWizardDialog wizard(m_store.get(), {QFINDTESTDATA("data/top_movers.csv")});
        QVERIFY(wizard.currentPlan());
        QCOMPARE(wizard.currentPlan()->kind->id, QStringLiteral("weekly_returns"));
        QCOMPARE(wizard.currentPlan()->headerLine, 2);
        const QString summary = wizard.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("GB18030")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("2024-08-12"))); // the week, read from the footnote
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("preview"));
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("优博讯"));
        QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("3")); // file line numbers
        QCOMPARE(wizard.previewErrorCount(), 0);
    }

    void marksCellsThatFailValidation()
    {
        widgets::ImportWizardDialog wizard(m_store.get(), {QFINDTESTDATA("data/bad_return.csv")});
        QCOMPARE(wizard.previewErrorCount(), 1);
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("preview"));
        QVERIFY2(preview->item(1, 3)->toolTip().contains(QStringLiteral("Line 3: return_pct: expected a percentage")),
                 qPrintable(preview->item(1, 3)->toolTip()));
        QVERIFY(preview->item(0, 3)->toolTip().isEmpty());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("would be rejected")));
    }

    void ownHeadersAreMappedAndSavedAsAPreset()
    {
        const QString file = QFINDTESTDATA("data/own_headers/lockups.csv");
        widgets::ImportWizardDialog wizard(m_store.get(), {file});
        QVERIFY(!wizard.currentPlan()); // nothing in "Ticker, Unlock, Qty" says what this is
        auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("lockups")));
        QVERIFY(wizard.currentPlan());
        QVERIFY(wizard.previewErrorCount() > 0); // code and expiry_date are not mapped yet
        wizard.setColumnMapping(QStringLiteral("Ticker"), QStringLiteral("code"));
        wizard.setColumnMapping(QStringLiteral("Unlock"), QStringLiteral("expiry_date"));
        wizard.setColumnMapping(QStringLiteral("Qty"), QStringLiteral("shares"));
        QCOMPARE(wizard.previewErrorCount(), 0);
        QVERIFY(wizard.saveMappingAsPreset(QStringLiteral("my lockups")));

        auto presets = db::PresetRepository::list(*m_store);
        QVERIFY(presets.ok());
        QCOMPARE(presets.value().size(), 1);
        QCOMPARE(presets.value().first().mapping.value(QStringLiteral("Qty")), QStringLiteral("shares"));

        // What the dialog hands over imports the file as mapped.
        const auto imports = wizard.imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().second.preset, QStringLiteral("my lockups"));
        const auto report = db::ImportJob::run(*m_store, file, imports.first().second);
        QVERIFY(report.ok());
        QCOMPARE(report.inserted, 2);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT shares FROM lockup WHERE code='301085.SZ'")) && q.next());
        QCOMPARE(q.value(0).toDouble(), 43773800.0);

        // A new wizard offers the preset.
        widgets::ImportWizardDialog again(m_store.get(), {file});
        QVERIFY(again.findChild<QComboBox *>(QStringLiteral("preset"))->findData(QStringLiteral("my lockups")) > 0);
    }

    void aColumnCanBeLeftOut()
    {
        widgets::ImportWizardDialog wizard(m_store.get(), {QFINDTESTDATA("data/top_movers.csv")});
        wizard.setColumnMapping(QStringLiteral("收盘价(元)"), QStringLiteral("-"));
        QVERIFY(wizard.currentPlan());
        bool closeMapped = false;
        for (const auto &c : wizard.currentPlan()->columns)
            closeMapped = closeMapped || (c.header == QStringLiteral("收盘价(元)") && c.field >= 0);
        QVERIFY(!closeMapped);
        QVERIFY(wizard.imports().first().second.mapping.has_value());
    }

    // A column of numbers no field takes is shown in red and blocks the import until the user decides; the week
    // box shows the week the file states, not today.
    void measureColumnsWaitForTheUsersDecision()
    {
        const QString file = m_dir.filePath(QStringLiteral("turnover.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("代码,名称,交易日期,周涨跌幅(%),换手率(%)\n300531.SZ,优博讯,2024-08-16,18.31,5.2\n");
        f.close();
        widgets::ImportWizardDialog wizard(m_store.get(), {file});
        QVERIFY(wizard.currentPlan());
        QCOMPARE(wizard.currentPlan()->kind->id, QStringLiteral("weekly_returns"));
        auto *import = wizard.findChild<QPushButton *>(QStringLiteral("import"));
        QVERIFY(!import->isEnabled());
        auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mapping"));
        QCOMPARE(mapping->item(4, 0)->text(), QStringLiteral("换手率(%)"));
        QVERIFY(mapping->item(4, 0)->foreground().color().red() > 150);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("hold numbers")));
        QCOMPARE(wizard.findChild<QDateEdit *>(QStringLiteral("week"))->date(), QDate(2024, 8, 16));

        wizard.setColumnMapping(QStringLiteral("换手率(%)"), QStringLiteral("-"));
        QVERIFY(import->isEnabled());
        QVERIFY(wizard.currentPlan()->unmappedMeasures.isEmpty());
    }

    // A Chinese page offers the fields by their Chinese headers (周截止日), not as "week_end — 周截止日" (issue 16);
    // the stored key stays the item's data, so the mapping is the same.
    void chineseFieldListHasNoRawKeys()
    {
        const QString file = m_dir.filePath(QStringLiteral("movers-zh.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("代码,名称,交易日期,周涨跌幅(%)\n300531.SZ,优博讯,2024-08-16,18.31\n");
        f.close();
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        widgets::ImportWizardDialog wizard(m_store.get(), {file});
        QLocale::setDefault(before);
        auto *box = qobject_cast<QComboBox *>(wizard.findChild<QTableWidget *>(QStringLiteral("mapping"))->cellWidget(0, 1));
        QVERIFY(box);
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts << box->itemText(i);
        const int end = box->findData(QStringLiteral("week_end"));
        QVERIFY(end >= 0);
        QCOMPARE(box->itemText(end), QStringLiteral("周截止日"));
        for (const QString &t : std::as_const(texts))
            QVERIFY2(!t.contains(QStringLiteral("week_")) && !t.contains(QStringLiteral("return_pct")), qPrintable(t));
    }

    // A workbook's sheets are offered in a sheet box (issue 28): with two tables the wizard asks which, naming them;
    // choosing one previews its rows. With ZHISUAN_SCREENSHOT_DIR set, the picker is photographed in English and, with
    // the build's zh_CN translations, in Chinese.
    void workbookSheetsArePickedAndPreviewed()
    {
        const QString file = m_dir.filePath(QStringLiteral("周报.xlsx"));
        lxw_workbook *book = workbook_new(QFile::encodeName(file).constData());
        lxw_format *date = workbook_add_format(book);
        format_set_num_format(date, "yyyy-mm-dd");
        lxw_worksheet *cover = workbook_add_worksheet(book, "封面");
        worksheet_write_string(cover, 0, 0, "AI 周报", nullptr);
        const char *names[] = {"上周", "本周"};
        for (int s = 0; s < 2; ++s) {
            lxw_worksheet *sheet = workbook_add_worksheet(book, names[s]);
            worksheet_write_string(sheet, 0, 0, "代码", nullptr);
            worksheet_write_string(sheet, 0, 1, "名称", nullptr);
            worksheet_write_string(sheet, 0, 2, "周涨跌幅(%)", nullptr);
            worksheet_write_string(sheet, 0, 3, "交易日期", nullptr);
            const char *codes[] = {"300474", "002230", "688256"};
            const char *firms[] = {"景嘉微", "科大讯飞", "寒武纪"};
            for (int r = 0; r < 2 + s; ++r) {
                worksheet_write_string(sheet, lxw_row_t(r + 1), 0, codes[r], nullptr);
                worksheet_write_string(sheet, lxw_row_t(r + 1), 1, firms[r], nullptr);
                worksheet_write_number(sheet, lxw_row_t(r + 1), 2, 1.25 * (r + 1), nullptr);
                lxw_datetime day{2024, 11, s == 0 ? 1 : 8, 0, 0, 0};
                worksheet_write_datetime(sheet, lxw_row_t(r + 1), 3, &day, date);
            }
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        for (const char *name : {"en", "zh_CN"}) {
            const QString language = QString::fromLatin1(name);
            QTranslator translator;
            const bool chinese = language == QLatin1String("zh_CN");
            if (chinese && translator.load(QStringLiteral(ZHISUAN_BUILD_DIR "/app/zhisuan_zh_CN.qm")))
                QCoreApplication::installTranslator(&translator);
            widgets::ImportWizardDialog wizard(m_store.get(), {file});
            auto *sheet = wizard.findChild<QComboBox *>(QStringLiteral("sheet"));
            QVERIFY(sheet);
            QCOMPARE(sheet->count(), 4); // the sheet with a known header, then 封面, 上周, 本周
            QCOMPARE(sheet->itemData(3).toString(), QStringLiteral("本周"));
            QVERIFY(!wizard.currentPlan());
            const QString asked = wizard.findChild<QLabel *>(QStringLiteral("summary"))->text();
            QVERIFY2(asked.contains(QStringLiteral("上周")) && asked.contains(QStringLiteral("本周")), qPrintable(asked));
            sheet->setCurrentIndex(3);
            QVERIFY(wizard.currentPlan());
            QCOMPARE(wizard.currentPlan()->sheetName, QStringLiteral("本周"));
            auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("preview"));
            QCOMPARE(preview->rowCount(), 3);
            QCOMPARE(preview->item(2, 1)->text(), QStringLiteral("寒武纪"));
            QCOMPARE(preview->item(2, 3)->text(), QStringLiteral("2024-11-08")); // a date cell, read as its day
            QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("本周")));
            sheet->setCurrentIndex(2);
            QCOMPARE(preview->rowCount(), 2);
            sheet->setCurrentIndex(3);
            if (const QString dir = qEnvironmentVariable("ZHISUAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
                wizard.show();
                QVERIFY(QTest::qWaitForWindowExposed(&wizard));
                wizard.grab().save(QDir(dir).filePath(QStringLiteral("wizard-sheet-picker-%1.png").arg(language)));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestImportWizardDialog)
#include "tst_importwizarddialog.moc"
