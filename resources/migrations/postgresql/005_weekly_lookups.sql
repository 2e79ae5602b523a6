-- PostgreSQL dialect of ../005_weekly_lookups.sql (issue 17).
-- Ten years of the whole market (issue 14): the dashboard's weekly queries seek instead of scanning.
-- The days that have daily quotes. The importer adds the days of the rows it writes and rollback removes the days
-- left without any row, so the weeks list never reads daily_bar (12.5M rows for ten years of the A-share market).
CREATE TABLE trading_day (trade_date TEXT COLLATE "C" PRIMARY KEY);
INSERT INTO trading_day SELECT DISTINCT trade_date FROM daily_bar;
-- A week's imported returns and the weeks that have any (no index started with week_start).
CREATE INDEX weekly_return_start ON weekly_return(week_start, week_end);
-- Key stocks of a week: the latest snapshot and its valuations by date.
CREATE INDEX security_snapshot_as_of ON security_snapshot(as_of);
CREATE INDEX valuation_as_of ON valuation(as_of);
-- The daily_bar rows a batch inserted have consecutive rowids: rollback deletes that range instead of scanning
-- daily_bar for its batch_id (an index on batch_id would cost every import about 10%, docs/performance.md).
ALTER TABLE import_batch ADD COLUMN daily_bar_first_id BIGINT;
ALTER TABLE import_batch ADD COLUMN daily_bar_last_id BIGINT;
