#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace zhisuan::db {

// Turns the capacity text of a compute centre, as the sources write it, into phases in PFLOPS:
//   "一期 100PFLOPS(短期 500P,远期 1000P)", "1.14EopS(完全建成 4EopS)", "每秒算力性能超 10 亿亿次",
//   "-期 100P(FP16)+5P(FP64)二期 300P(FP16)+15P(FP64)", "机柜数量超 1 万个", "/".
// Text with numbers that are not compute (cabinets, video channels) is flagged, never turned into a number.
class CapacityParser
{
public:
    enum class Kind { Parsed, NotCapacity, Missing };
    enum class Status { Unknown, Operational, Partial, Construction, Planned };

    struct Phase
    {
        bool planned = false;
        QString label;     // 一期, 远期, 建成后 … (empty when unlabelled)
        double value = 0;  // as written
        QString unit;      // as written: P, PFLOPS, EopS, 亿亿次 …
        QString measure;   // FLOPS, OPS or unspecified
        double pflops = 0; // normalised: 1 EFLOPS = 1000 PFLOPS, 10 亿亿次 = 10^17 ops/s = 100
        QString precision; // FP16, FP64, INT8 … when the text gives one for this figure
        QString raw;       // the piece of text this phase came from
    };

    // Figures are only ever added within one measure (FLOPS or OPS; a bare "P" is read as PFLOPS, as the reports
    // use it) and one precision (FP16, FP64 …, "mixed" for 混合精度, empty when unstated): 1.14 EOPS is not
    // 1,140 PFLOPS, and 100P(FP16) + 5P(FP64) is not 105.
    struct Total
    {
        QString measure;   // FLOPS or OPS
        QString precision; // FP16, FP64, BF16, INT8, mixed, or empty (unspecified)
        std::optional<double> current; // in PFLOPS or POPS
        std::optional<double> planned;  // the final target, as for the headline
    };

    struct Result
    {
        Kind kind = Kind::Missing;
        QList<Phase> phases;
        QString precision;                  // the centre-level precision (混合精度, FP16 …)
        // The headline: FLOPS at the precision of the first FLOPS figure (what maps and totals size by).
        std::optional<double> currentPflops; // sum of current phases
        std::optional<double> plannedPflops; // the final target: the largest "final" figure, else current + planned phases
        QString headlinePrecision;           // the precision of the headline figures (empty: unspecified)
        std::optional<double> currentPops;   // OPS figures, kept apart
        std::optional<double> plannedPops;
        QList<Total> totals;                 // every measure × precision, the headline first
        QString note;                       // why the text is flagged
    };
    // The precision class of a written precision: FP16 …, "mixed" for 混合精度, empty when none.
    static QString precisionClass(const QString &precision);

    static Result parse(const QString &text, Status status = Status::Unknown);
    static Status statusFromCode(const QString &code); // operational/partial/construction/planned
    static QString kindCode(Kind kind);
};

} // namespace zhisuan::db
