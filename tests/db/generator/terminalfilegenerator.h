#pragma once

#include "terminalcsvwriter.h"
#include "terminaltable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zhisuan::db::gen {

// A security the store already holds (the starter dataset's): never generated as a new one, and the way a bare
// 000xxx code is resolved by its name (000977 浪潮信息 is 000977.SZ).
struct KnownSecurity
{
    QString code;
    QString name;
    QString kind;
};

// One generated case: the table with its expectation, and how it is written.
struct GeneratedCase
{
    quint64 seed = 0;
    TerminalTable table;
    CsvStyle style;
    QStringList tags() const; // the table's, its style's, every cell's and every expectation's, once each
};

// Random terminal files in every shape docs/import-formats.md and the issue-24 contract name (Wind and iFinD weekly
// returns, daily quotes, key-stock tables, lockups, traffic), with random values in random written forms, each with
// what the import must store or where it must refuse. A case follows from its seed alone (given the same known
// securities), so a failure is replayed from the seed it prints.
class TerminalFileGenerator
{
public:
    explicit TerminalFileGenerator(const QList<KnownSecurity> &known = {});

    static QStringList shapes();
    // The shape a seed makes, without making it.
    static QString shapeOf(quint64 seed);
    // The seed of case `index` of a run seeded with `runSeed`.
    static quint64 caseSeed(quint64 runSeed, quint64 index);

    GeneratedCase generate(quint64 seed) const;

private:
    QList<KnownSecurity> m_known;
    QHash<QString, KnownSecurity> m_knownByCode;
};

} // namespace zhisuan::db::gen
