#include "unitvocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace zhisuan::db {

namespace {

QString folded(const QString &spelling)
{
    QString s;
    s.reserve(spelling.size());
    for (QChar c : spelling) {
        if (c.isSpace() || c == QChar(0x3000))
            continue;
        if (c == QChar(0xFF05))
            c = QLatin1Char('%');
        s.append(c);
    }
    return s;
}

QList<Unit> buildUnits()
{
    const Quantity M = Quantity::Money, P = Quantity::Price, S = Quantity::Shares, C = Quantity::Count;
    QList<Unit> u{
        {QStringLiteral("%"), Quantity::Percent, 0, false},
        {QStringLiteral("元"), M, 0, false, QStringLiteral("CNY")},
        {QStringLiteral("人民币元"), M, 0, false, QStringLiteral("CNY")},
        {QStringLiteral("千元"), M, 3, false},
        {QStringLiteral("万元"), M, 4, false},
        {QStringLiteral("百万元"), M, 6, false},
        {QStringLiteral("千万元"), M, 7, false},
        {QStringLiteral("亿元"), M, 8, false},
        {QStringLiteral("万亿元"), M, 12, false},
        // A price or level as the terminal quotes it: in the security's own currency, or in points for an index.
        {QStringLiteral("原始币种"), P, 0, false},
        {QStringLiteral("美元"), P, 0, false, QStringLiteral("USD")},
        {QStringLiteral("港元"), P, 0, false, QStringLiteral("HKD")},
        {QStringLiteral("港币"), P, 0, false, QStringLiteral("HKD")},
        {QStringLiteral("点"), P, 0, false, QStringLiteral("points")},
        {QStringLiteral("元/股"), P, 0, false, QStringLiteral("CNY")},
        {QStringLiteral("股"), S, 0, false},
        {QStringLiteral("万股"), S, 4, false},
        {QStringLiteral("亿股"), S, 8, false},
        {QStringLiteral("手"), S, 2, false}, // a board lot of A-shares: 100 shares
        {QStringLiteral("万手"), S, 6, false},
        {QStringLiteral("倍"), Quantity::Multiple, 0, false},
        {QStringLiteral("x"), Quantity::Multiple, 0, false},
        {QStringLiteral("次"), C, 0, false},
        {QStringLiteral("万次"), C, 4, false},
        {QStringLiteral("亿次"), C, 8, false},
        {QStringLiteral("个"), C, 0, false},
        {QStringLiteral("万个"), C, 4, false},
        {QStringLiteral("人"), C, 0, false},
        {QStringLiteral("万人"), C, 4, false},
        {QStringLiteral("亿人"), C, 8, false},
        {QStringLiteral("千"), Quantity::Plain, 3, true},
        {QStringLiteral("万"), Quantity::Plain, 4, true},
        {QStringLiteral("十万"), Quantity::Plain, 5, true},
        {QStringLiteral("百万"), Quantity::Plain, 6, true},
        {QStringLiteral("千万"), Quantity::Plain, 7, true},
        {QStringLiteral("亿"), Quantity::Plain, 8, true},
        {QStringLiteral("万亿"), Quantity::Plain, 12, true},
    };
    return u;
}

} // namespace

const QList<Unit> &UnitVocabulary::all()
{
    static const QList<Unit> units = buildUnits();
    return units;
}

const Unit *UnitVocabulary::find(const QString &spelling)
{
    static const QHash<QString, const Unit *> bySpelling = [] {
        QHash<QString, const Unit *> h;
        for (const Unit &u : all())
            h.insert(u.spelling.toLower(), &u);
        return h;
    }();
    return bySpelling.value(folded(spelling).toLower(), nullptr);
}

bool UnitVocabulary::fits(Quantity quantity, const Unit &unit)
{
    if (unit.magnitudeOnly)
        return quantity == Quantity::Plain || quantity == Quantity::Money || quantity == Quantity::Shares
            || quantity == Quantity::Count;
    if (unit.quantity == quantity)
        return true;
    // A price in yuan: 元 itself (not 万元: no terminal quotes a share price in ten-thousands).
    return quantity == Quantity::Price && unit.quantity == Quantity::Money && unit.pow10 == 0;
}

QStringList UnitVocabulary::spellingsFor(Quantity quantity)
{
    QStringList out;
    for (const Unit &u : all())
        if (!u.magnitudeOnly && fits(quantity, u) && u.spelling != QStringLiteral("人民币元") && u.spelling != QStringLiteral("港币")
            && u.spelling != QLatin1String("x"))
            out << u.spelling;
    return out;
}

QString UnitVocabulary::describe(Quantity quantity)
{
    switch (quantity) {
    case Quantity::Percent:
        return QCoreApplication::translate("UnitVocabulary", "a percentage");
    case Quantity::Money:
        return QCoreApplication::translate("UnitVocabulary", "an amount of money");
    case Quantity::Price:
        return QCoreApplication::translate("UnitVocabulary", "a price or index level");
    case Quantity::Shares:
        return QCoreApplication::translate("UnitVocabulary", "a number of shares");
    case Quantity::Multiple:
        return QCoreApplication::translate("UnitVocabulary", "a multiple (PE, PB)");
    case Quantity::Count:
        return QCoreApplication::translate("UnitVocabulary", "a count");
    case Quantity::Plain:
        break;
    }
    return QCoreApplication::translate("UnitVocabulary", "a plain number");
}

} // namespace zhisuan::db
