#pragma once

#include "capacityparser.h"
#include "importkind.h"

namespace zhisuan::db {

// The kinds of data the import knows, declared as data (KindBuilder), one function per kind, in one file per family
// of data. ImportKindRegistry lists them (importkinds.cpp); a new kind is a function here and a line there. A new
// terminal shape is a vocabulary entry instead (exportheader.cpp, unitvocabulary.cpp, securitycodes.cpp).

// generalkinds.cpp
ImportKind organisationsKind();
ImportKind eventsKind();
ImportKind metricsOverTimeKind();

// computekinds.cpp
ImportKind centresKind();
ImportKind aiChipsKind();
ImportKind policyThresholdsKind();
// Writes the capacity phases and the per-measure, per-precision totals parsed from a centre's text (derived data,
// rebuilt on every change). With updateCentre, the centre's headline columns too (after a rollback restored its
// text, or for a store made before the totals existed).
Result<void> writeCentrePhases(UpsertWriter &w, qint64 centreId, const CapacityParser::Result &parsed, bool updateCentre = false);

// modelkinds.cpp
ImportKind aiModelsKind();
ImportKind modelReleasesKind();
ImportKind benchmarkScoresKind();
ImportKind benchmarkTableKind();
ImportKind apiPricesKind();
ImportKind websitesKind();
ImportKind websiteVisitsKind();
ImportKind appsKind();
ImportKind appDownloadsKind();

// marketkinds.cpp
ImportKind securitiesKind();
ImportKind dailyBarsKind();
ImportKind periodReturnsKind();
ImportKind keyStockTableKind();
ImportKind reportFiguresKind();
ImportKind lockupExpiriesKind();

} // namespace zhisuan::db
