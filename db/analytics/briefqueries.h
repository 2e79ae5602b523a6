#pragma once

#include "statement.h"

#include <utility>
#include <vector>

namespace zhisuan::db {

// The statements the weekly brief reads besides the market's (db/marketqueries.h), in one place so that
// tst_marketqueries asks SQLite for each plan and fails on a scan of a table that grows with history: the brief
// draws one week, so it reads that week by index (a seek per site for the 130k weekly visits of ten years), never
// every row. Parameters are positional; the comment says what each one is.
namespace BriefQueries {

// Monday, next Monday: the week's model releases (a date may carry a time).
inline constexpr Statement releasesOfWeek{
    "SELECT r.released_on, r.model, m.vendor, m.modality, m.region, m.params_total_b, m.params_active_b, m.context_tokens, "
    "m.open_weights, m.architecture, r.title, r.description, r.source, r.confidence, r.confidence_note, r.inferred_fields, r.title_en, r.description_en "
    "FROM model_release r JOIN ai_model m ON m.name = r.model "
    "WHERE r.released_on >= ? AND r.released_on < ? ORDER BY r.released_on, r.model"};
// Monday, next Monday: the week's product, policy and industry events.
// The organisation's English name too (国资委 → SASAC), for the brief's tables (issue 29).
inline constexpr Statement eventsOfWeek{"SELECT event_date, kind, title, description, organisation, region, source, title_en, description_en, "
                                        "(SELECT o.name_en FROM organisation o WHERE o.name = event.organisation) FROM event "
                                        "WHERE event_date >= ? AND event_date < ? ORDER BY event_date"};
// A weekly-visits row as ModelAnalytics::traffic() gives it, before its two derived columns, and the two figures
// they are derived from: the site's previous recorded visits and its best before that week (one seek and one range
// of the (site, week_start) key each).
#define ZHISUAN_TRAFFIC_ROW                                                                                            \
    "SELECT t.site, s.category, s.region, t.week_start, t.week_end, t.visits, t.note, t.source, t.confidence, "          \
    "  t.confidence_note, t.inferred_fields, "                                                                           \
    "  (SELECT p.visits FROM site_traffic p WHERE p.site = t.site AND p.week_start < t.week_start AND p.visits IS NOT NULL " \
    "   ORDER BY p.week_start DESC LIMIT 1), "                                                                           \
    "  (SELECT MAX(p.visits) FROM site_traffic p WHERE p.site = t.site AND p.week_start < t.week_start) "
// The three statements below drive from the sites (dozens) into site_traffic by its (site, week_start) key. SQLite's
// CROSS JOIN … ON fixes that order; PostgreSQL has no ON for a cross join and plans the order itself, so its spelling
// reads JOIN (ZHISUAN_SITES_THEN: the one word that differs).
// Monday, next Monday: each site's rows of the week (sites outside, so each is a seek on (site, week_start)).
#define ZHISUAN_TRAFFIC_OF_WEEK(ZHISUAN_SITES_THEN)                                                                  \
    ZHISUAN_TRAFFIC_ROW "FROM site s " ZHISUAN_SITES_THEN " site_traffic t ON t.site = s.name "                      \
                        "AND t.week_start >= ? AND t.week_start < ? ORDER BY t.site, t.week_start"
inline constexpr Statement trafficOfWeek{ZHISUAN_TRAFFIC_OF_WEEK("CROSS JOIN"), ZHISUAN_TRAFFIC_OF_WEEK("JOIN")};
#undef ZHISUAN_TRAFFIC_OF_WEEK
// Next Monday: each site's latest row with visits before it.
#define ZHISUAN_TRAFFIC_LATEST(ZHISUAN_SITES_THEN)                                                                   \
    ZHISUAN_TRAFFIC_ROW "FROM site s " ZHISUAN_SITES_THEN " site_traffic t ON t.id = (SELECT p.id FROM site_traffic p " \
                        "WHERE p.site = s.name AND p.week_start < ? AND p.visits IS NOT NULL "                        \
                        "ORDER BY p.week_start DESC LIMIT 1) ORDER BY t.site"
inline constexpr Statement trafficLatest{ZHISUAN_TRAFFIC_LATEST("CROSS JOIN"), ZHISUAN_TRAFFIC_LATEST("JOIN")};
#undef ZHISUAN_TRAFFIC_LATEST
#undef ZHISUAN_TRAFFIC_ROW
// Next Monday, how many: the sites with two weeks of visits or more before it, most visits in their latest week
// first (the lines the traffic chart draws).
#define ZHISUAN_TRAFFIC_TOP_SITES(ZHISUAN_SITES_THEN)                                                                \
    "SELECT s.name FROM site s " ZHISUAN_SITES_THEN " site_traffic t ON t.id = (SELECT p.id FROM site_traffic p "    \
    "WHERE p.site = s.name AND p.week_start < ? AND p.visits IS NOT NULL ORDER BY p.week_start DESC LIMIT 1) "        \
    "WHERE EXISTS (SELECT 1 FROM site_traffic e WHERE e.site = s.name AND e.week_start < t.week_start "              \
    "AND e.visits IS NOT NULL) ORDER BY t.visits DESC, s.name LIMIT ?"
inline constexpr Statement trafficTopSites{ZHISUAN_TRAFFIC_TOP_SITES("CROSS JOIN"), ZHISUAN_TRAFFIC_TOP_SITES("JOIN")};
#undef ZHISUAN_TRAFFIC_TOP_SITES
// Site, next Monday: the site's visits before it.
inline constexpr Statement trafficHistory{"SELECT site, week_start, visits FROM site_traffic "
                                              "WHERE site = ? AND week_start < ? AND visits IS NOT NULL ORDER BY week_start"};
// Site, next Monday: where that site's drawn rows (trafficHistory's) came from, by the same key: the traffic chart's
// source line, without counting the sources of every site's ten years (130k rows).
inline constexpr Statement trafficSourcesOfSite{"SELECT coalesce(t.source, 'file:' || b.file_name), count(*) FROM site_traffic t LEFT JOIN import_batch b ON b.id = t.batch_id "
    "WHERE t.site = ? AND t.week_start < ? AND t.visits IS NOT NULL GROUP BY 1"};

// Not the brief's, but of the same kind: the models page's traffic table a chunk at a time, in (site, week) order
// after the last row shown (site, week start), by the (site, week_start) key; then how many rows.
inline constexpr Statement trafficChunk{"SELECT t.site, s.category, s.region, t.week_start, t.week_end, t.visits, t.note, t.source, t.confidence, "
    "t.confidence_note, t.inferred_fields FROM site_traffic t JOIN site s ON s.name = t.site WHERE (t.site, t.week_start) > (?, ?) ORDER BY t.site, t.week_start LIMIT ?"};

// Every statement above by name, for the plan test.
inline std::vector<std::pair<const char *, Statement>> all()
{
    return {{"releasesOfWeek", releasesOfWeek}, {"eventsOfWeek", eventsOfWeek},       {"trafficOfWeek", trafficOfWeek},
            {"trafficLatest", trafficLatest},   {"trafficTopSites", trafficTopSites}, {"trafficHistory", trafficHistory}, {"trafficChunk", trafficChunk},
            {"trafficSourcesOfSite", trafficSourcesOfSite}};
}

} // namespace BriefQueries

} // namespace zhisuan::db
