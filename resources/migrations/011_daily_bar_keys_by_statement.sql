-- Nothing changes on SQLite (issue 26): on PostgreSQL this version checks daily_bar's two foreign keys once per
-- statement instead of once per row (postgresql/011_daily_bar_keys_by_statement.sql). SQLite keeps its FOREIGN KEYs;
-- its import already turns their per-row checks off for the import's transaction (sqlitewritetransaction.cpp).
SELECT 1;
