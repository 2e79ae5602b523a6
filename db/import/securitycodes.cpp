#include "securitycodes.h"

#include "numberreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zhisuan::db {

namespace {

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// Names compared as a reader would: no spaces, brackets folded, case ignored; "计算机(申万)" also matches "计算机".
QStringList nameForms(const QString &name)
{
    QString s;
    for (QChar c : name) {
        if (c.isSpace() || c == QChar(0x3000))
            continue;
        if (c == QChar(0xFF08))
            c = QLatin1Char('(');
        else if (c == QChar(0xFF09))
            c = QLatin1Char(')');
        s.append(c.toLower());
    }
    QStringList forms{s};
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)"));
    QString bare = s;
    bare.remove(bracketed);
    if (!bare.isEmpty() && bare != s)
        forms << bare;
    return forms;
}

// A family of bare six-digit codes: where they trade and what they are. `exchange` empty: two exchanges share it.
struct BareFamily
{
    const char *prefix;
    const char *exchange;
    SecurityKind kind;
};

const BareFamily bareFamilies[] = {
    {"60", "SH", SecurityKind::Stock},    {"68", "SH", SecurityKind::Stock},    {"900", "SH", SecurityKind::Stock},
    {"001", "SZ", SecurityKind::Stock},   {"002", "SZ", SecurityKind::Stock},   {"003", "SZ", SecurityKind::Stock},
    {"300", "SZ", SecurityKind::Stock},   {"301", "SZ", SecurityKind::Stock},   {"200", "SZ", SecurityKind::Stock},
    {"399", "SZ", SecurityKind::Index},   {"43", "BJ", SecurityKind::Stock},    {"83", "BJ", SecurityKind::Stock},
    {"87", "BJ", SecurityKind::Stock},    {"92", "BJ", SecurityKind::Stock},    {"899", "BJ", SecurityKind::Index},
    {"801", "SI", SecurityKind::Industry}, {"85", "SI", SecurityKind::Industry},
    {"000", "", SecurityKind::Stock}, // 000001.SZ 平安银行 or 000001.SH 上证指数
};

// Six-digit codes by exchange: the families each exchange lists, and what they are.
struct ExchangeFamily
{
    const char *exchange;
    const char *prefix;
    SecurityKind kind;
};

const ExchangeFamily exchangeFamilies[] = {
    {"SH", "000", SecurityKind::Index}, {"SH", "60", SecurityKind::Stock},  {"SH", "68", SecurityKind::Stock},
    {"SH", "900", SecurityKind::Stock}, {"SZ", "000", SecurityKind::Stock}, {"SZ", "001", SecurityKind::Stock},
    {"SZ", "002", SecurityKind::Stock}, {"SZ", "003", SecurityKind::Stock}, {"SZ", "300", SecurityKind::Stock},
    {"SZ", "301", SecurityKind::Stock}, {"SZ", "200", SecurityKind::Stock}, {"SZ", "399", SecurityKind::Index},
    {"BJ", "43", SecurityKind::Stock},  {"BJ", "83", SecurityKind::Stock},  {"BJ", "87", SecurityKind::Stock},
    {"BJ", "92", SecurityKind::Stock},  {"BJ", "899", SecurityKind::Index},
};

std::optional<SecurityKind> exchangeFamily(const QByteArray &exchange, const QByteArray &digits)
{
    for (const ExchangeFamily &f : exchangeFamilies)
        if (exchange == f.exchange && digits.startsWith(f.prefix))
            return f.kind;
    return std::nullopt;
}

bool isFundFamily(const QByteArray &exchange, const QByteArray &digits)
{
    return (exchange == "SH" && digits.startsWith('5')) || (exchange == "SZ" && (digits.startsWith("15") || digits.startsWith("16")));
}

QByteArray withoutLeadingZeros(const QByteArray &digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits[i] == '0')
        ++i;
    return digits.mid(i);
}

} // namespace

QByteArray securityKindCode(SecurityKind kind)
{
    switch (kind) {
    case SecurityKind::Index:
        return QByteArrayLiteral("index");
    case SecurityKind::Industry:
        return QByteArrayLiteral("industry");
    case SecurityKind::Stock:
        break;
    }
    return QByteArrayLiteral("stock");
}

void SecurityDirectory::add(const QByteArray &code, const QString &name)
{
    const qsizetype dot = code.lastIndexOf('.');
    const QByteArray body = dot > 0 ? code.left(dot) : code;
    for (const QString &form : nameForms(name))
        m_byDigits[body].append({code, form});
}

QList<QByteArray> SecurityDirectory::byDigitsAndName(const QByteArray &digits, const QString &name) const
{
    QList<QByteArray> out;
    if (name.trimmed().isEmpty())
        return out;
    const QStringList wanted = nameForms(name);
    for (const auto &[code, known] : m_byDigits.value(digits))
        if (wanted.contains(known) && !out.contains(code))
            out << code;
    return out;
}

const SecurityDirectory &SecurityCodes::indexNames()
{
    static const SecurityDirectory names = [] {
        SecurityDirectory d;
        const std::pair<const char *, const char *> known[] = {
            {"000001.SH", "上证指数"}, {"000001.SH", "上证综指"}, {"000001.SH", "上证综合指数"}, {"000016.SH", "上证50"},
            {"000010.SH", "上证180"}, {"000300.SH", "沪深300"}, {"000688.SH", "科创50"}, {"000905.SH", "中证500"},
            {"000852.SH", "中证1000"}, {"000906.SH", "中证800"}, {"399001.SZ", "深证成指"}, {"399006.SZ", "创业板指"},
            {"399005.SZ", "中小板指"}, {"399005.SZ", "中小100"}, {"399330.SZ", "深证100"}, {"899050.BJ", "北证50"},
            {"HSI.HI", "恒生指数"}, {"HSTECH.HI", "恒生科技指数"}, {"HSTECH.HI", "恒生科技"}, {"HSCEI.HI", "恒生中国企业指数"},
            {"IXIC.GI", "纳斯达克指数"}, {"IXIC.GI", "纳斯达克综合指数"}, {"SPX.GI", "标普500"}, {"DJI.GI", "道琼斯工业指数"},
        };
        for (const auto &[code, name] : known)
            d.add(QByteArray(code), QString::fromUtf8(name));
        return d;
    }();
    return names;
}

SecurityKind SecurityCodes::kindOf(const QByteArray &code)
{
    const qsizetype dot = code.lastIndexOf('.');
    if (dot <= 0)
        return SecurityKind::Stock;
    const QByteArray body = code.left(dot);
    const QByteArray suffix = code.mid(dot + 1);
    if (suffix == "SI")
        return SecurityKind::Industry;
    if (suffix == "WI")
        return body.startsWith("CI") ? SecurityKind::Industry : SecurityKind::Index;
    if (suffix == "CSI" || suffix == "CNI" || suffix == "HI" || suffix == "GI")
        return SecurityKind::Index;
    if (const auto k = exchangeFamily(suffix, body))
        return *k;
    return SecurityKind::Stock;
}

QString SecurityCodes::quoteCurrency(const QByteArray &code)
{
    if (kindOf(code) != SecurityKind::Stock)
        return QStringLiteral("points");
    const QByteArray suffix = code.mid(code.lastIndexOf('.') + 1);
    static const QHash<QByteArray, QString> bySuffix{
        {"SH", QStringLiteral("CNY")}, {"SZ", QStringLiteral("CNY")}, {"BJ", QStringLiteral("CNY")}, {"HK", QStringLiteral("HKD")},
        {"O", QStringLiteral("USD")},  {"N", QStringLiteral("USD")},  {"A", QStringLiteral("USD")},  {"T", QStringLiteral("JPY")},
        {"KS", QStringLiteral("KRW")}, {"TW", QStringLiteral("TWD")}};
    return bySuffix.value(suffix);
}

bool SecurityCodes::takesPriceIn(const QByteArray &code, const QString &currency)
{
    if (currency.isEmpty())
        return true;
    const QString quoted = quoteCurrency(code);
    if (quoted == QLatin1String("points"))
        return currency == QLatin1String("points") || currency == QLatin1String("CNY"); // 收盘价(元) of 沪深300: its level
    return quoted == currency;
}

std::optional<NormalisedCode> SecurityCodes::normalise(QByteArrayView raw, const QString &name, const SecurityDirectory &known,
                                                       QString *why)
{
    auto fail = [&](const QString &reason) -> std::optional<NormalisedCode> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QByteArray code = NumberReader::fold(NumberReader::unwrapExcelText(raw)).trimmed().toUpper();
    if (code.isEmpty() || code.size() > 20)
        return fail({});
    for (char c : code)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_'))
            return fail({});
    const qsizetype dot = code.lastIndexOf('.');
    if (dot == 0 || dot == code.size() - 1)
        return fail({});
    if (dot > 0) {
        QByteArray body = code.left(dot);
        const QByteArray suffix = code.mid(dot + 1);
        if (suffix == "SH" || suffix == "SZ" || suffix == "BJ") {
            if (!allDigits(body) || body.size() > 6)
                return fail(QCoreApplication::translate("SecurityCodes", "six digits before .%1").arg(QString::fromLatin1(suffix)));
            body = QByteArray(6 - body.size(), '0') + body; // Excel dropped the zeros; the exchange says how many
            if (isFundFamily(suffix, body))
                return fail(QCoreApplication::translate("SecurityCodes", "a stock, index or industry code (funds and ETFs such as %1.%2 are not kept)")
                                .arg(QString::fromLatin1(body), QString::fromLatin1(suffix)));
            const auto kind = exchangeFamily(suffix, body);
            if (!kind)
                return fail(QCoreApplication::translate("SecurityCodes", "a code the %1 exchange lists").arg(QString::fromLatin1(suffix)));
            return NormalisedCode{body + '.' + suffix, *kind};
        }
        if (suffix == "HK") {
            if (!allDigits(body) || body.size() > 5)
                return fail(QCoreApplication::translate("SecurityCodes", "a Hong Kong code of up to five digits (0700.HK)"));
            QByteArray digits = withoutLeadingZeros(body);
            if (digits.size() < 4)
                digits = QByteArray(4 - digits.size(), '0') + digits;
            return NormalisedCode{digits + ".HK", SecurityKind::Stock};
        }
        if (suffix == "SI") {
            if (!allDigits(body) || body.size() != 6 || !body.startsWith('8'))
                return fail(QCoreApplication::translate("SecurityCodes", "a 申万 industry code such as 801750.SI"));
            return NormalisedCode{code, SecurityKind::Industry};
        }
        static const QList<QByteArray> indexSuffixes{"WI", "CSI", "CNI", "HI", "GI"};
        static const QList<QByteArray> stockSuffixes{"O", "N", "A", "T", "KS", "TW"};
        if (indexSuffixes.contains(suffix) || stockSuffixes.contains(suffix))
            return NormalisedCode{code, kindOf(code)};
        return fail(QCoreApplication::translate("SecurityCodes", "a known exchange or index suffix (.SH .SZ .BJ .HK .O .N .A .SI .WI .CSI .CNI .HI .GI)"));
    }
    // A bare code: the family says the exchange where only one exchange lists it; the name says it where two do.
    if (code.startsWith("CI") && code.size() == 8 && allDigits(code.mid(2)))
        return NormalisedCode{code + ".WI", SecurityKind::Industry};
    if (allDigits(code) && code.size() == 6) {
        for (const BareFamily &f : bareFamilies) {
            if (!code.startsWith(f.prefix))
                continue;
            if (*f.exchange)
                return NormalisedCode{code + '.' + f.exchange, f.kind};
            break;
        }
    }
    QList<QByteArray> candidates = known.byDigitsAndName(code, name);
    for (const QByteArray &c : indexNames().byDigitsAndName(code, name))
        if (!candidates.contains(c))
            candidates << c;
    if (candidates.size() == 1)
        return NormalisedCode{candidates.first(), kindOf(candidates.first())};
    if (allDigits(code) && code.size() == 6 && code.startsWith("000"))
        return fail(QCoreApplication::translate("SecurityCodes", "a code with its exchange: %1 is both a Shenzhen stock (%1.SZ) and a Shanghai index (%1.SH), "
                       "and the name “%2” is not one the store knows for either")
                        .arg(QString::fromLatin1(code), name));
    if (allDigits(code) && code.size() < 6)
        return fail(QCoreApplication::translate("SecurityCodes", "six digits or an exchange suffix: %1 looks like a code whose leading zeros a spreadsheet dropped "
                       "(format the column as text, or write the whole code, such as %2.SZ)")
                        .arg(QString::fromLatin1(code), QString::fromLatin1(QByteArray(6 - code.size(), '0') + code)));
    return fail(QCoreApplication::translate("SecurityCodes", "a code with its exchange suffix (%1.SH, %1.O …): ZhiSuan never guesses the exchange")
                    .arg(QString::fromLatin1(code)));
}

} // namespace zhisuan::db
