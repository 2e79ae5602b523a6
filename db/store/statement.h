#pragma once

namespace zhisuan::db {

// One read in every engine's dialect: SQLite's text, and the team store's where it is written differently (a LATERAL
// join order where SQLite's CROSS JOIN fixes it, strpos for instr, date casts for julianday), else null: both read the
// same text. The same parameters in the same order and the same columns in each. The store's engine picks its own
// (Store::text, StoreEngine::text); no caller asks which engine it talks to. Compile-time literals, so that the plan
// tests can list every statement (MarketQueries::all, BriefQueries::all) and tst_engineparity compares the rows.
struct Statement
{
    const char *sqlite;
    const char *server = nullptr;
};

} // namespace zhisuan::db
