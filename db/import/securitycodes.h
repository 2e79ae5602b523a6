#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace zhisuan::db {

// security.kind
enum class SecurityKind { Stock, Index, Industry };
QByteArray securityKindCode(SecurityKind kind); // stock, index, industry

// A security code in the one form the store keeps, with the kind its code family says it is.
struct NormalisedCode
{
    QByteArray code;        // 300474.SZ, 0700.HK, 801750.SI, NVDA.O
    SecurityKind kind = SecurityKind::Stock;
};

// The securities the store (or a file) already names, so that a bare code that could be either of two securities
// (000001: 平安银行 000001.SZ or 上证指数 000001.SH) is told apart by the row's name.
class SecurityDirectory
{
public:
    void add(const QByteArray &code, const QString &name);
    // Codes with these bare digits whose name is `name` (names compared without spaces and brackets).
    QList<QByteArray> byDigitsAndName(const QByteArray &digits, const QString &name) const;
    bool isEmpty() const { return m_byDigits.isEmpty(); }

private:
    QHash<QByteArray, QList<std::pair<QByteArray, QString>>> m_byDigits; // digits -> (code, normalised name)
};

// The one normaliser of security codes (issue 24). It knows the code families of the exchanges and index providers
// (docs/import-formats.md, "Security codes"): every code a file writes becomes one form, so that one company is one
// security whichever terminal wrote it (0700.HK, 00700.HK and 700.HK are 0700.HK), and its kind follows from its
// family (000300.SH and 399006.SZ are indices, 801750.SI and CI005027.WI industries). An exchange is never guessed:
// a bare code of a family two exchanges share (000xxx) is resolved by the row's name or refused.
class SecurityCodes
{
public:
    // `why` says, as the end of "expected …, found …" does, what would make the code acceptable.
    static std::optional<NormalisedCode> normalise(QByteArrayView raw, const QString &name, const SecurityDirectory &known,
                                                   QString *why);
    // The kind a normalised code's family says (Stock when the family says nothing more).
    static SecurityKind kindOf(const QByteArray &code);
    // The currency a security is quoted in, by its family: CNY (Shanghai, Shenzhen, Beijing), HKD, USD (.O .N .A),
    // JPY, KRW, TWD; "points" for an index or industry; empty when the family does not say.
    static QString quoteCurrency(const QByteArray &code);
    // Whether a price column in `currency` (a Unit's) can hold this security's prices: 元 or 点 for an index, the
    // security's own currency for a stock, anything for 原始币种 (empty).
    static bool takesPriceIn(const QByteArray &code, const QString &currency);
    // The built-in names of the main indices (上证指数 → 000001.SH …), for bare codes and for the docs.
    static const SecurityDirectory &indexNames();
};

} // namespace zhisuan::db
