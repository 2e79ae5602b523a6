-- daily_bar's two references (code → security, batch_id → import_batch) checked once per statement instead of once
-- per row (issue 26). PostgreSQL checks a FOREIGN KEY by a trigger per inserted row that looks the parent up and
-- locks it: 55% of an import's INSERT and half of copy-store's time, for a table that takes millions of rows a year.
-- Only a superuser may switch those triggers off, so the references become statement triggers that do the same work
-- set-wise: the rows a statement wrote (its transition table) are checked against their parents in one join, and
-- the parents they use are locked FOR KEY SHARE, as the row triggers lock them, so that no other session can delete
-- them before this one commits. The parents' side keeps the rest of the keys' meaning: a security or batch still
-- used by daily_bar cannot be deleted (the error names the key, as a foreign key's does), and a security's new code
-- reaches its quotes (ON UPDATE CASCADE). SQLite keeps its FOREIGN KEYs (its import turns their checks off for the
-- import's transaction and tests run foreign_key_check after every import); tests/db/tst_schemaparity.cpp lists this
-- difference, tests/pg/tst_pgimport.cpp proves each rule.
ALTER TABLE daily_bar DROP CONSTRAINT IF EXISTS daily_bar_code_fkey;
ALTER TABLE daily_bar DROP CONSTRAINT IF EXISTS daily_bar_batch_id_fkey;

CREATE FUNCTION daily_bar_refers() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing TEXT;
BEGIN
    SELECT n.code INTO missing FROM (SELECT DISTINCT code FROM daily_bar_new) n
     WHERE NOT EXISTS (SELECT 1 FROM security s WHERE s.code = n.code) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'insert or update on table "daily_bar" violates foreign key "daily_bar_code_fkey"',
            DETAIL = format('Key (code)=(%s) is not present in table "security".', missing);
    END IF;
    SELECT n.batch_id::text INTO missing FROM (SELECT DISTINCT batch_id FROM daily_bar_new WHERE batch_id IS NOT NULL) n
     WHERE NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = n.batch_id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'insert or update on table "daily_bar" violates foreign key "daily_bar_batch_id_fkey"',
            DETAIL = format('Key (batch_id)=(%s) is not present in table "import_batch".', missing);
    END IF;
    PERFORM 1 FROM security s WHERE s.code IN (SELECT DISTINCT code FROM daily_bar_new) FOR KEY SHARE OF s;
    PERFORM 1 FROM import_batch b WHERE b.id IN (SELECT DISTINCT batch_id FROM daily_bar_new) FOR KEY SHARE OF b;
    RETURN NULL;
END $$;
CREATE TRIGGER daily_bar_refers_on_insert AFTER INSERT ON daily_bar
    REFERENCING NEW TABLE AS daily_bar_new FOR EACH STATEMENT EXECUTE FUNCTION daily_bar_refers();
CREATE TRIGGER daily_bar_refers_on_update AFTER UPDATE ON daily_bar
    REFERENCING NEW TABLE AS daily_bar_new FOR EACH STATEMENT EXECUTE FUNCTION daily_bar_refers();

CREATE FUNCTION security_used_by_daily_bar() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    used TEXT;
BEGIN
    SELECT o.code INTO used FROM security_old o WHERE EXISTS (SELECT 1 FROM daily_bar d WHERE d.code = o.code)
       AND NOT EXISTS (SELECT 1 FROM security s WHERE s.code = o.code) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'update or delete on table "security" violates foreign key "daily_bar_code_fkey" on table "daily_bar"',
            DETAIL = format('Key (code)=(%s) is still referenced from table "daily_bar".', used);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER security_used_by_daily_bar AFTER DELETE ON security
    REFERENCING OLD TABLE AS security_old FOR EACH STATEMENT EXECUTE FUNCTION security_used_by_daily_bar();

CREATE FUNCTION security_code_to_daily_bar() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.code IS DISTINCT FROM OLD.code THEN
        UPDATE daily_bar SET code = NEW.code WHERE code = OLD.code;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER security_code_to_daily_bar AFTER UPDATE OF code ON security
    FOR EACH ROW EXECUTE FUNCTION security_code_to_daily_bar();

CREATE FUNCTION import_batch_used_by_daily_bar() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    used TEXT;
BEGIN
    SELECT o.id::text INTO used FROM import_batch_old o WHERE EXISTS (SELECT 1 FROM daily_bar d WHERE d.batch_id = o.id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'update or delete on table "import_batch" violates foreign key "daily_bar_batch_id_fkey" on table "daily_bar"',
            DETAIL = format('Key (id)=(%s) is still referenced from table "daily_bar".', used);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER import_batch_used_by_daily_bar AFTER DELETE ON import_batch
    REFERENCING OLD TABLE AS import_batch_old FOR EACH STATEMENT EXECUTE FUNCTION import_batch_used_by_daily_bar();

-- Identity values for daily_bar taken a thousand at a time: each nextval() of an uncached sequence locks and logs it,
-- a fifth of a bulk COPY's time. A session's unused values are skipped (ids were never dense: a conflict spends one);
-- a batch's rows still have increasing ids inside the range rollback reads, since one import writes at a time.
ALTER TABLE daily_bar ALTER COLUMN id SET CACHE 1000;
