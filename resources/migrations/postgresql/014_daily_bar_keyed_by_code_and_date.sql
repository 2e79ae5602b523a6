-- daily_bar found by its key (code, trade_date) on the team store, without an index on id (issue 26). Every row a
-- bulk import COPYs went into two B-trees, the key's and id's: the id index was a sixth of the server's time for 500k
-- quotes (0.27 of 1.56 s CPU), and nothing on the server needs it. The undo log names a daily_bar row by its key
-- (as it names a security's), rollback finds a batch's rows by a scan of batch_id (it found their days that way
-- already), and the batch no longer records the ids it took (daily_bar_first_id/last_id stay NULL on the team store).
-- The id column stays, filled by its identity as before, so that both engines keep the same columns and copy-store
-- copies ids both ways; UNIQUE (code, trade_date) is the table's key. SQLite keeps its rowid, which costs it nothing
-- (../014_daily_bar_keyed_by_code_and_date.sql); tests/db/tst_schemaparity.cpp lists the difference.
ALTER TABLE daily_bar DROP CONSTRAINT daily_bar_pkey;
