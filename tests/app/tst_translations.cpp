#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// Both shipped translations, read as lupdate writes them: every message translated, and every translation keeps
// its source's placeholders (%1 … %9; %n in plural forms) and menu mnemonic, so that no argument is dropped or
// shown raw in either language.
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    struct Message
    {
        QString context, source;
        QStringList translations; // one, or the plural forms
        bool numerus = false, unfinished = false;
    };

    static QList<Message> read(const QString &path)
    {
        QList<Message> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&f);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false};
            } else if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!m.numerus) {
                    m.translations << xml.readElementText();
                    out << m;
                } else {
                    while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation")))
                        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                            m.translations << xml.readElementText();
                    out << m;
                }
            }
        }
        return out;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        QSet<QString> out;
        static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
        for (auto it = re.globalMatch(text); it.hasNext();)
            out << it.next().captured(0);
        return out;
    }

private slots:
    void everyMessageIsTranslatedWithItsPlaceholders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("zh_CN") << QStringLiteral(ZHISUAN_SOURCE_DIR "/translations/zhisuan_zh_CN.ts") << false;
        QTest::newRow("en") << QStringLiteral(ZHISUAN_SOURCE_DIR "/translations/zhisuan_en.ts") << true;
    }

    void everyMessageIsTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralsOnly);
        const QList<Message> messages = read(file);
        QVERIFY2(messages.size() > (pluralsOnly ? 10 : 500), qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (pluralsOnly && !m.numerus)
                continue;
            if (m.unfinished || m.translations.isEmpty() || m.translations.contains(QString())) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            QSet<QString> wanted = placeholders(m.source);
            for (int form = 0; form < m.translations.size(); ++form) {
                QSet<QString> got = placeholders(m.translations[form]);
                QSet<QString> expected = wanted;
                // A singular English form may say "one" instead of %n ("the day after this week").
                if (m.numerus && m.translations.size() > 1 && form == 0) {
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (got != expected)
                    problems << QStringLiteral("placeholders %1 vs %2: %3").arg(QStringList(expected.values()).join(u','),
                                                                                QStringList(got.values()).join(u','), where);
            }
            const bool mnemonic = m.source.contains(QRegularExpression(QStringLiteral("&[^& ]")));
            if (mnemonic && !m.translations.first().contains(QRegularExpression(QStringLiteral("&[^& ]"))))
                problems << QStringLiteral("menu mnemonic lost: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
