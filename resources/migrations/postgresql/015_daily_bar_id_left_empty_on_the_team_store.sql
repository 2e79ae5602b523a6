-- daily_bar.id left empty on the team store (issue 26). Since schema 14 nothing on the server reads it: daily_bar is
-- found by its key (code, trade_date), the undo log names a quote by that key, rollback finds a batch's quotes by
-- batch_id, and a batch records no range of ids. Yet every row a bulk import COPYs still took a value from the
-- identity's sequence: about 0.02 s of the server's CPU per 500k rows (log_statement_stats; the wall clock had
-- suggested 0.10-0.15 s, docs/performance.md).
-- The column stays, so that both engines keep the same columns; the ids rows have already keep their values (the
-- table is not rewritten) and new rows leave it NULL. A copy to or from SQLite does not carry daily_bar's ids: SQLite
-- gives each copied row its rowid (db/store/storecopy.cpp). tests/db/tst_schemaparity.cpp lists the difference.
ALTER TABLE daily_bar ALTER COLUMN id DROP IDENTITY IF EXISTS;
ALTER TABLE daily_bar ALTER COLUMN id DROP NOT NULL;
