// CapacityParser on a centre's capacity text: the first byte picks the centre's status, the rest is the text
// (decoded as UTF-8, as the importer hands it over). Figures must be finite and never negative, totals are
// FLOPS or OPS, and a text flagged as not a capacity must carry no figure.

#include "capacityparser.h"
#include "fuzzsupport.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace zhisuan::db;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString statuses[] = {QString(), QStringLiteral("operational"), QStringLiteral("partial"),
                                       QStringLiteral("construction"), QStringLiteral("planned")};
    const auto status = CapacityParser::statusFromCode(statuses[data[0] % std::size(statuses)]);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const CapacityParser::Result r = CapacityParser::parse(text, status);
    for (const auto &phase : r.phases) {
        FUZZ_CHECK(std::isfinite(phase.value) && std::isfinite(phase.pflops));
        fuzzsupport::touch(phase.raw.toUtf8());
    }
    for (const auto &total : {r.currentPflops, r.plannedPflops, r.currentPops, r.plannedPops})
        if (total)
            FUZZ_CHECK(std::isfinite(*total) && *total >= 0);
    for (const auto &total : r.totals) {
        FUZZ_CHECK(total.measure == QLatin1String("FLOPS") || total.measure == QLatin1String("OPS"));
        for (const auto &figure : {total.current, total.planned})
            if (figure)
                FUZZ_CHECK(std::isfinite(*figure) && *figure >= 0);
    }
    if (r.kind == CapacityParser::Kind::NotCapacity)
        FUZZ_CHECK(!r.currentPflops && !r.plannedPflops && !r.currentPops && !r.plannedPops);
    fuzzsupport::touch(CapacityParser::kindCode(r.kind).toUtf8());
    return 0;
}
