#pragma once

#include "upsertwriter.h"

#include <QByteArray>

#include <vector>

namespace zhisuan::db {

// COPY's binary format for the rows PgCopyWriter sends straight into a table (issue 26): the server takes a double as
// its 8 bytes instead of parsing its text, 0.17 of 0.91 s CPU for 500k quotes (less than psql's own CSV \copy of
// them). Only the column types whose binary form is plain are encoded: text, double precision, bigint.
namespace PgCopyBinary {

// Column types (pg_type OIDs) this encoder writes; another type leaves the slice to COPY's text format.
bool encodes(unsigned type);

// Whether every value of `rows` rows of `stride` cells each (as PgCopyWriter keeps them) fits its column of `types`
// (stride + 1 of them, batch_id's last) as the text format would read it. Not when a text goes into a number or a
// fraction into a bigint: the caller then sends the slice as text, and the server's refusal names the line as before.
bool fits(const std::vector<Cell> &cells, size_t stride, size_t rows, const std::vector<unsigned> &types);

// The stream's header and trailer, and rows [from, to) between them, each followed by `batchId` as a bigint.
void appendHeader(QByteArray &out);
void appendRows(const std::vector<Cell> &cells, size_t stride, size_t from, size_t to, const std::vector<unsigned> &types, qint64 batchId,
                QByteArray &out);
void appendTrailer(QByteArray &out);

// A row of `fields` fields, then each field: none, a bigint, a double precision, a text (for copy-store's rows).
void appendRowStart(QByteArray &out, int fields);
void appendNull(QByteArray &out);
void appendBigint(QByteArray &out, qint64 value);
void appendDouble(QByteArray &out, double value);
void appendText(QByteArray &out, const char *text, qsizetype size);
// The type OIDs of text, bigint and double precision.
inline constexpr unsigned kTextType = 25, kBigintType = 20, kDoubleType = 701;

} // namespace PgCopyBinary

} // namespace zhisuan::db
