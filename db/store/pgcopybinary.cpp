#include "pgcopybinary.h"

#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>

namespace zhisuan::db::PgCopyBinary {

namespace {

constexpr unsigned kText = 25, kVarchar = 1043, kInt8 = 20, kFloat8 = 701;

void appendInt16(QByteArray &out, qint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void appendInt32(QByteArray &out, qint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendInt64(QByteArray &out, qint64 v)
{
    appendInt32(out, 8);
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

void appendFloat8(QByteArray &out, double d)
{
    quint64 bits;
    std::memcpy(&bits, &d, sizeof bits);
    appendInt64(out, qint64(bits));
}

void appendBytes(QByteArray &out, const char *text, qsizetype size)
{
    appendInt32(out, qint32(size));
    out.append(text, size);
}

bool fitsType(const Value &v, unsigned type)
{
    if (isMissing(v))
        return true;
    if (type == kFloat8)
        return std::holds_alternative<qint64>(v) || std::holds_alternative<double>(v);
    if (type == kInt8)
        return std::holds_alternative<qint64>(v);
    return true; // text takes any value as its digits
}

// One value that fits a column of `type` (fitsType), as the text format would have read it.
void appendValue(QByteArray &out, const Value &v, unsigned type)
{
    if (isMissing(v)) {
        appendInt32(out, -1);
        return;
    }
    const auto *i = std::get_if<qint64>(&v);
    const auto *d = std::get_if<double>(&v);
    if (type == kFloat8) {
        appendFloat8(out, i ? double(*i) : *d);
        return;
    }
    if (type == kInt8) {
        appendInt64(out, *i);
        return;
    }
    // Text: a number as its text format's digits (PgCopyWriter's textOf).
    if (const auto *t = std::get_if<QByteArray>(&v)) {
        appendBytes(out, t->constData(), t->size());
        return;
    }
    char digits[32];
    const auto r = i ? std::to_chars(digits, digits + sizeof digits, *i) : std::to_chars(digits, digits + sizeof digits, *d);
    appendBytes(out, digits, r.ptr - digits);
}

} // namespace

bool encodes(unsigned type)
{
    return type == kText || type == kVarchar || type == kInt8 || type == kFloat8;
}

bool fits(const std::vector<Cell> &cells, size_t stride, size_t rows, const std::vector<unsigned> &types)
{
    if (types.size() != stride + 1 || types.back() != kInt8 || cells.size() < rows * stride)
        return false;
    for (size_t r = 0; r < rows; ++r)
        for (size_t c = 0; c < stride; ++c)
            if (!fitsType(cells[r * stride + c].value, types[c]))
                return false;
    return true;
}

void appendHeader(QByteArray &out)
{
    out.append("PGCOPY\n\377\r\n\0", 11);
    appendInt32(out, 0); // flags
    appendInt32(out, 0); // header extension
}

void appendRows(const std::vector<Cell> &cells, size_t stride, size_t from, size_t to, const std::vector<unsigned> &types, qint64 batchId,
                QByteArray &out)
{
    for (size_t r = from; r < to; ++r) {
        appendInt16(out, qint16(stride + 1));
        for (size_t c = 0; c < stride; ++c)
            appendValue(out, cells[r * stride + c].value, types[c]);
        appendInt64(out, batchId);
    }
}

void appendTrailer(QByteArray &out)
{
    appendInt16(out, -1);
}

void appendRowStart(QByteArray &out, int fields)
{
    appendInt16(out, qint16(fields));
}

void appendNull(QByteArray &out)
{
    appendInt32(out, -1);
}

void appendBigint(QByteArray &out, qint64 value)
{
    appendInt64(out, value);
}

void appendDouble(QByteArray &out, double value)
{
    appendFloat8(out, value);
}

void appendText(QByteArray &out, const char *text, qsizetype size)
{
    appendBytes(out, text, size);
}

} // namespace zhisuan::db::PgCopyBinary
