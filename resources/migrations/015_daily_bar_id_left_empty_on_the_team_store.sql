-- Nothing changes on SQLite (issue 26): daily_bar.id is its rowid, which an insert gets for nothing and which rollback
-- uses to delete a batch's rows by their range. On PostgreSQL this version leaves id empty
-- (postgresql/015_daily_bar_id_left_empty_on_the_team_store.sql); a copy between the engines does not carry
-- daily_bar's ids (db/store/storecopy.cpp).
SELECT 1;
