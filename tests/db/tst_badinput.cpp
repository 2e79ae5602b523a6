// The bad-input corpus (data/bad-input/, described by its expected.tsv): every file is imported alone into a
// fresh copy of a store that holds the starter dataset. A file either imports exactly what it says, or it is
// refused with an error that names file:line:column, and then the store file is byte for byte what it was.

#include "importjob.h"
#include "importtesthelpers.h"
#include "starterdataset.h"
#include "store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan::db;
using namespace zhisuan::test;

namespace {

struct Expectation
{
    enum class Outcome { Imports, Rejects };
    Outcome outcome = Outcome::Rejects;
    QString kind;
    qint64 rows = 0;
    qint64 line = 0;
    qint64 column = 0; // 0: any column, as long as there is one
    QStringList texts; // one of them must appear in the error
    QString sql;
    QString sqlExpected;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// QVERIFY2 evaluates its message even when the check passes: only ask a failed result for its error.
} // namespace

Q_DECLARE_METATYPE(Expectation)

class TestBadInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;
    QByteArray m_templateHash;

    QString dataDir() const { return QFINDTESTDATA("data/bad-input/expected.tsv").section(QLatin1Char('/'), 0, -2); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!QFINDTESTDATA("data/bad-input/expected.tsv").isEmpty());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        {
            auto store = Store::open(m_template);
            QVERIFY2(store.ok(), qPrintable(errorOf(store)));
            for (const ImportReport &r : StarterDataset::load(*store.value()))
                QVERIFY2(r.ok(), qPrintable(r.file + QStringLiteral(": ") + errorsText(r)));
        }
        // Closing the last connection checkpoints the WAL into the file: from here on the file alone is the store.
        QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));
        m_templateHash = fileHash(m_template);
        QVERIFY(!m_templateHash.isEmpty());
        // Opening and closing a store without writing must leave it as it was, or the comparison below means nothing.
        {
            auto store = Store::open(m_template, Store::OpenMode::ExistingOnly);
            QVERIFY(store.ok());
        }
        QCOMPARE(fileHash(m_template), m_templateHash);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Expectation>("expected");
        QFile manifest(QFINDTESTDATA("data/bad-input/expected.tsv"));
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        static const QRegularExpression imports(QStringLiteral("^imports (\\S+) (\\d+)$"));
        static const QRegularExpression rejects(QStringLiteral("^rejects (\\d+):(\\d+|\\*) (.+)$"));
        int rows = 0;
        while (!manifest.atEnd()) {
            const QString line = QString::fromUtf8(manifest.readLine()).chopped(1);
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cells = line.split(QLatin1Char('\t'));
            QVERIFY2(cells.size() == 2 || cells.size() == 4, qPrintable(QStringLiteral("bad manifest line: ") + line));
            Expectation e;
            if (const auto m = imports.match(cells[1]); m.hasMatch()) {
                e.outcome = Expectation::Outcome::Imports;
                e.kind = m.captured(1);
                e.rows = m.captured(2).toLongLong();
            } else if (const auto r = rejects.match(cells[1]); r.hasMatch()) {
                e.line = r.captured(1).toLongLong();
                e.column = r.captured(2) == QLatin1String("*") ? 0 : r.captured(2).toLongLong();
                e.texts = r.captured(3).split(QLatin1Char('|'));
            } else {
                QFAIL(qPrintable(QStringLiteral("bad outcome in manifest: ") + cells[1]));
            }
            if (cells.size() == 4) {
                e.sql = cells[2];
                e.sqlExpected = cells[3];
            }
            QVERIFY2(QFile::exists(dataDir() + QLatin1Char('/') + cells[0]), qPrintable(cells[0]));
            QTest::newRow(qPrintable(cells[0])) << cells[0] << e;
            ++rows;
        }
        QVERIFY2(rows >= 40, "the corpus should hold at least 40 files");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(Expectation, expected);
        const QString storePath = m_dir.filePath(file + QStringLiteral(".sqlite"));
        QFile::remove(storePath);
        QVERIFY(QFile::copy(m_template, storePath));
        QFile::setPermissions(storePath, QFile::ReadOwner | QFile::WriteOwner);

        ImportReport report;
        QString sqlResult;
        {
            auto opened = Store::open(storePath, Store::OpenMode::ExistingOnly);
            QVERIFY2(opened.ok(), qPrintable(errorOf(opened)));
            Store &store = *opened.value();
            report = ImportJob::run(store, dataDir() + QLatin1Char('/') + file, ImportOptions{});
            if (!expected.sql.isEmpty()) {
                QSqlQuery q(store.database());
                QVERIFY2(q.exec(expected.sql), qPrintable(expected.sql));
                if (q.next())
                    sqlResult = q.value(0).toString();
            }
            // Whatever happened, foreign keys are back on and no row points at a missing parent.
            QSqlQuery check(store.database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!check.next(), "an import left a row without its parent");
        }

        if (expected.outcome == Expectation::Outcome::Imports) {
            QVERIFY2(report.ok(), qPrintable(errorsText(report)));
            QVERIFY(report.committed);
            QCOMPARE(report.kind, expected.kind);
            QCOMPARE(report.rowsRead, expected.rows);
            QCOMPARE(report.inserted + report.updated, expected.rows);
            if (!expected.sql.isEmpty())
                QCOMPARE(sqlResult, expected.sqlExpected);
            QFile::remove(storePath);
            return;
        }

        QVERIFY2(!report.ok(), qPrintable(QStringLiteral("imported as %1, %2 rows, but should have been refused")
                                               .arg(report.kind).arg(report.rowsRead)));
        QVERIFY(!report.committed);
        // Every error says where: a file's content problem is never reported at line 0 or column 0. Only a workbook that
        // cannot be read at all (expected 0:0) has no place in it.
        for (const ImportIssue &e : report.errors) {
            QVERIFY2((e.line > 0 && e.column > 0) || expected.line == 0, qPrintable(e.toString()));
            QCOMPARE(e.file, file);
        }
        bool found = false;
        for (const ImportIssue &e : report.errors) {
            if (e.line != expected.line || (expected.column > 0 && e.column != expected.column))
                continue;
            for (const QString &text : expected.texts)
                found = found || e.message.contains(text, Qt::CaseInsensitive);
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected an error at %1:%2 saying “%3”, got:\n%4")
                                       .arg(expected.line)
                                       .arg(expected.column > 0 ? QString::number(expected.column) : QStringLiteral("*"))
                                       .arg(expected.texts.join(QStringLiteral("” or “")), errorsText(report))));
        QCOMPARE(fileHash(storePath), m_templateHash);
        QFile::remove(storePath);
    }

    // The importer reads files in windows (1 MiB; issue 14). Every file of the corpus, read in windows of a few bytes
    // (so that each edge falls inside characters, quoted fields, CRLFs, a 2 MB cell, a GB18030 or UTF-16 character),
    // gives the report it gives read in one window: the same kind, encoding, counts, notes and file:line:column
    // errors. Dry runs, on one copy of the starter store.
    void corpusReadsAlikeInAnyWindow_data() { corpus_data(); }
    void corpusReadsAlikeInAnyWindow()
    {
        QFETCH(QString, file);
        const QString storePath = m_dir.filePath(QStringLiteral("windows.sqlite"));
        if (!QFile::exists(storePath))
            QVERIFY(QFile::copy(m_template, storePath));
        QFile::setPermissions(storePath, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Store::open(storePath, Store::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(errorOf(opened)));
        const QString path = dataDir() + QLatin1Char('/') + file;
        auto describe = [&](qint64 window) {
            ImportOptions options;
            options.dryRun = true;
            options.windowBytes = window;
            const ImportReport r = ImportJob::run(*opened.value(), path, options);
            return QStringList{r.kind, r.encoding, QString::number(r.rowsRead), QString::number(r.inserted),
                               QString::number(r.updated), QString::number(r.unchanged), r.notes.join(QLatin1Char('|')),
                               errorsText(r)};
        };
        const QStringList whole = describe(0);
        const qint64 size = QFileInfo(path).size();
        // A 2 MB file in windows of one byte would be 2 million reads: the big files use larger odd windows.
        const QList<qint64> windows = size > 100000 ? QList<qint64>{4093, 65521} : QList<qint64>{1, 2, 3, 5, 7, 64, 333};
        for (qint64 window : windows)
            QCOMPARE(describe(window), whole);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
