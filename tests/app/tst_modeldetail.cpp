#include "importjob.h"
#include "languagemanager.h"
#include "modelsdashboard.h"
#include "starterstore.h"
#include "timelineview.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan;

// Issue 29, the Models page's detail of a release or an event on the starter dataset: English on an English page
// (the description too, description_en), a description with no English shown once and said to be Chinese, and each
// benchmark listed once, each differing value with its source.
class TestModelDetail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    app::LanguageManager m_languages;
    std::unique_ptr<app::ModelsDashboard> m_page;

    // The Chinese characters and punctuation in a text, by their blocks.
    static QStringList chinese(const QString &text)
    {
        static const QRegularExpression run(QStringLiteral("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]+"));
        QStringList out;
        for (auto it = run.globalMatch(text); it.hasNext();)
            out << it.next().captured(0);
        return out;
    }

    // The timeline item of a model's release (not an event), as a click on it names it.
    qint64 release(const QString &model) const
    {
        const auto *timeline = m_page->findChild<widgets::TimelineView *>();
        for (const widgets::TimelineView::Item &item : timeline->items())
            if (!item.event && item.label.contains(model))
                return item.id;
        return -1;
    }

    qint64 event(const QString &labelStart) const
    {
        const auto *timeline = m_page->findChild<widgets::TimelineView *>();
        for (const widgets::TimelineView::Item &item : timeline->items())
            if (item.event && item.label.startsWith(labelStart))
                return item.id;
        return -1;
    }

    // The detail of a release as a click on the timeline shows it.
    QString detailOf(const QString &model)
    {
        const qint64 id = release(model);
        if (id < 0)
            return QStringLiteral("no release of %1 on the timeline").arg(model);
        m_page->showItem(id);
        return m_page->detailText();
    }

    // The detail's line of a label ("Benchmarks\t…" as the table reads as text), its no-break spaces as spaces.
    static QString line(const QString &detail, const QString &label)
    {
        const QStringList lines = QString(detail).replace(QChar::Nbsp, u' ').split(u'\n');
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].startsWith(label))
                return lines[i].mid(label.size()).trimmed().isEmpty() ? lines.value(i + 1) : lines[i].mid(label.size()).trimmed();
        return {};
    }

    void reopen()
    {
        m_page = std::make_unique<app::ModelsDashboard>(m_store.get());
        m_page->setAttribute(Qt::WA_DontShowOnScreen);
        m_page->resize(1400, 900);
        m_page->show();
        QTRY_VERIFY(!m_page->isEmpty());
    }

private slots:
    void initTestCase()
    {
        m_store = teststore::openWithStarterData(m_dir.filePath(QStringLiteral("models.sqlite")), QStringLiteral("zhisuan-test-modeldetail"));
        QVERIFY(m_store);
        m_languages.setLanguage(QStringLiteral("en"));
        reopen();
    }

    void cleanup()
    {
        m_languages.setLanguage(QStringLiteral("en"));
    }

    // Claude 3 Opus on an English page read "Opus 多项基准超过 GPT-4 …" under an English title.
    void anEnglishDetailIsEnglish()
    {
        const QString opus = detailOf(QStringLiteral("Claude 3 Opus"));
        QVERIFY2(opus.contains(QStringLiteral("Anthropic releases the Claude 3 family")), qPrintable(opus));
        QVERIFY2(opus.contains(QStringLiteral("Opus beats GPT-4 and Gemini 1.0 Ultra on many benchmarks")), qPrintable(opus));
        QVERIFY2(chinese(opus).isEmpty(), qPrintable(chinese(opus).join(u'|') + u'\n' + opus));
        // A Chinese model: its name as the store keeps it where it has no English form, the rest English.
        const QString deepseek = detailOf(QStringLiteral("DeepSeek-V2"));
        QVERIFY2(deepseek.contains(QStringLiteral("API at 1 yuan per million input tokens")), qPrintable(deepseek));
        QVERIFY2(chinese(deepseek).isEmpty(), qPrintable(chinese(deepseek).join(u'|') + u'\n' + deepseek));
        // An event: the Kimi outage's description in English.
        const qint64 outage = event(QStringLiteral("Kimi traffic surges"));
        QVERIFY(outage >= 0);
        m_page->showItem(outage);
        QVERIFY2(m_page->detailText().contains(QStringLiteral("on the 21st the app and the mini program could not be used")), qPrintable(m_page->detailText()));
        QVERIFY2(chinese(m_page->detailText()).isEmpty(), qPrintable(m_page->detailText()));
    }

    // In Chinese the detail is as the report wrote it: the title and the description on one line.
    void aChineseDetailIsAsWritten()
    {
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(!m_page->isEmpty());
        const QString opus = detailOf(QStringLiteral("Claude 3 Opus"));
        QVERIFY2(opus.contains(QStringLiteral("Anthropic 发布 Claude 3 系列 — Opus 多项基准超过 GPT-4 和 Gemini 1.0 Ultra")), qPrintable(opus));
        QVERIFY2(!opus.contains(QStringLiteral("Opus beats")), qPrintable(opus));
    }

    // A release imported without an English description: on an English page its Chinese description is shown once,
    // on a line that says it is Chinese, not run on into the English title; an English one imported under the header
    // people write ("English description") is shown instead.
    void aDescriptionWithoutEnglishIsLabelledOnce()
    {
        QFile csv(m_dir.filePath(QStringLiteral("releases.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("model,released_on,title,title_en,description,source\n"
                  "Qwen2-72B,2024-06-07,阿里云开源 Qwen2,Alibaba Cloud open-sources Qwen2,多项评测超过 Llama 3-70B,test 2024-06-08\n");
        csv.close();
        auto report = db::ImportJob::run(*m_store, csv.fileName(), {});
        QVERIFY2(report.ok() && report.inserted == 1, qPrintable(report.errors.isEmpty() ? QString() : report.errors.first().toString()));
        reopen();
        QString qwen = detailOf(QStringLiteral("Qwen2-72B"));
        QVERIFY2(qwen.contains(QStringLiteral("Alibaba Cloud open-sources Qwen2")), qPrintable(qwen));
        QCOMPARE(qwen.count(QStringLiteral("多项评测超过 Llama 3-70B")), 1);
        QCOMPARE(line(qwen, QStringLiteral("Details (in Chinese)")), QStringLiteral("多项评测超过 Llama 3-70B"));
        QCOMPARE(chinese(line(qwen, QStringLiteral("What"))), QStringList());

        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("model,released_on,title,English description,source\n"
                  "Qwen2-72B,2024-06-07,阿里云开源 Qwen2,Beats Llama 3-70B on many benchmarks,test 2024-06-08\n");
        csv.close();
        report = db::ImportJob::run(*m_store, csv.fileName(), {});
        QVERIFY2(report.ok(), qPrintable(report.errors.isEmpty() ? QString() : report.errors.first().toString()));
        reopen();
        qwen = detailOf(QStringLiteral("Qwen2-72B"));
        QVERIFY2(qwen.contains(QStringLiteral("Beats Llama 3-70B on many benchmarks")), qPrintable(qwen));
        QVERIFY2(chinese(qwen).isEmpty(), qPrintable(qwen));
    }

    // Two reports give Claude 3 Opus's scores: each benchmark is listed once; where they agree (BBH 86.8) the value
    // once, where they differ (MATH 61 and 60.1) each value with the number of its report, the reports named below.
    void eachBenchmarkOnceWithDifferingSourcesCited()
    {
        const QString detail = detailOf(QStringLiteral("Claude 3 Opus"));
        const QString benchmarks = line(detail, QStringLiteral("Benchmarks"));
        QVERIFY(!benchmarks.isEmpty());
        for (const QString &b : {QStringLiteral("MMLU"), QStringLiteral("BBH"), QStringLiteral("GSM8K"), QStringLiteral("HumanEval"), QStringLiteral("MATH"), QStringLiteral("GPQA")})
            QVERIFY2(benchmarks.count(QRegularExpression(QStringLiteral("\\b%1 ").arg(b))) == 1, qPrintable(b + u':' + benchmarks));
        QVERIFY2(benchmarks.contains(QStringLiteral("BBH 86.8,")), qPrintable(benchmarks));
        QVERIFY2(benchmarks.contains(QStringLiteral("GPQA 50.4")), qPrintable(benchmarks));
        QVERIFY2(benchmarks.contains(QStringLiteral("MATH 61 [1] / 60.1 [2]")), qPrintable(benchmarks));
        const QString sources = detail.mid(detail.indexOf(QStringLiteral("Benchmark sources")));
        QVERIFY2(sources.contains(QRegularExpression(QStringLiteral("\\[1\\] Orient Securities [^\\n]*2024-05-12\\s+\\[2\\] Soochow Securities [^\\n]*2024-03-26"))),
                 qPrintable(detail));
        // DeepSeek-V2, scored by one report: its scores as they were, none cited.
        const QString deepseek = line(detailOf(QStringLiteral("DeepSeek-V2")), QStringLiteral("Benchmarks"));
        QVERIFY2(deepseek.startsWith(QStringLiteral("AlignBench 7.91, ")) && !deepseek.contains(u'['), qPrintable(deepseek));
        QVERIFY(!m_page->detailText().contains(QStringLiteral("Benchmark sources")));
    }
};

QTEST_MAIN(TestModelDetail)
#include "tst_modeldetail.moc"
