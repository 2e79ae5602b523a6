-- Nothing changes on SQLite (issue 26): its daily_bar keeps the rowid as its primary key, which costs an insert
-- nothing (the rowid is the table's own B-tree) and lets rollback delete a batch's rows by their range. On PostgreSQL
-- this version drops the separate index on id (postgresql/014_daily_bar_keyed_by_code_and_date.sql).
SELECT 1;
