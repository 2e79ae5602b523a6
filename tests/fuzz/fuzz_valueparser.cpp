// ValueParser on one cell: the first byte picks the field type (and a unit scale), the rest is the cell as
// written. Whatever a parse returns must stay readable after the cell is gone, numbers must be finite, dates
// must be real ISO dates, and a missing-value marker must parse as missing for every type but text.

#include "fuzzsupport.h"
#include "value.h"

#include <QDate>

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace zhisuan::db;

namespace {

constexpr FieldType kTypes[] = {FieldType::Text,    FieldType::Code, FieldType::Integer,
                                FieldType::Real,    FieldType::Percent, FieldType::Date,
                                FieldType::Month,   FieldType::Bool, FieldType::Choice};
constexpr int kScales[] = {0, 2, 4, 8};
constexpr Quantity kQuantities[] = {Quantity::Plain, Quantity::Money, Quantity::Price, Quantity::Shares, Quantity::Count};

void checkValue(FieldType type, const Value &value)
{
    if (const auto *d = std::get_if<double>(&value))
        FUZZ_CHECK(std::isfinite(*d));
    if (const auto *text = std::get_if<QByteArray>(&value)) {
        fuzzsupport::touch(*text);
        if (type == FieldType::Date)
            FUZZ_CHECK(QDate::fromString(QString::fromLatin1(*text), Qt::ISODate).isValid());
        if (type == FieldType::Month)
            FUZZ_CHECK(text->size() == 7 && QDate::fromString(QString::fromLatin1(*text + "-01"), Qt::ISODate).isValid());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const FieldType type = kTypes[data[0] % std::size(kTypes)];
    const int pow10 = kScales[(data[0] / std::size(kTypes)) % std::size(kScales)];
    const Quantity quantity = kQuantities[(data[0] / std::size(kTypes) / std::size(kScales)) % std::size(kQuantities)];
    Value value;
    {
        // The cell lives only in this scope, as a CSV record's field lives only until the next record.
        const QByteArray cell(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
        const QString error = ValueParser::parse(type, cell, value, pow10, quantity);
        if (ValueParser::isMissingText(cell) && type != FieldType::Text && type != FieldType::Choice)
            FUZZ_CHECK(error.isEmpty() && isMissing(value));
        double number = 0;
        if (ValueParser::parseNumber(cell, number, true))
            FUZZ_CHECK(std::isfinite(number));
        QByteArray iso;
        if (ValueParser::parseDate(cell, iso)) {
            const QByteArray copy(iso.constData(), iso.size()); // a deep copy reads every byte now
            FUZZ_CHECK(QDate::fromString(QString::fromLatin1(copy), Qt::ISODate).isValid());
        }
        fuzzsupport::touch(ValueParser::expectation(type).toUtf8());
        if (!error.isEmpty())
            return 0;
        checkValue(type, value);
    }
    // Values own their bytes: a chunked insert writes them after the record they came from is gone.
    checkValue(type, value);
    fuzzsupport::touch(valueToString(value).toUtf8());
    return 0;
}
