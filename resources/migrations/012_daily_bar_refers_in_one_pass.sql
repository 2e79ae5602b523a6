-- Nothing changes on SQLite (issue 26): on PostgreSQL this version reads the rows a statement wrote to daily_bar once
-- instead of four times when it checks their references (postgresql/012_daily_bar_refers_in_one_pass.sql).
SELECT 1;
