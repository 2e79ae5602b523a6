-- daily_bar's references checked in one pass over the statement's rows (issue 26). Version 11's check read its
-- transition table four times (the distinct codes and batches, each to check and again to lock): on 200k imported
-- rows it cost as much as the transition table itself. Now one grouping collects the distinct codes and batches (a
-- few thousand at most), and the checks and the FOR KEY SHARE locks work on those. The same rules and the same
-- messages as the foreign keys they replace (tests/pg/tst_pgimport.cpp proves each).
CREATE OR REPLACE FUNCTION daily_bar_refers() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing TEXT;
    codes TEXT[];
    batches BIGINT[];
BEGIN
    SELECT array_agg(DISTINCT g.code), array_agg(DISTINCT g.batch_id) FILTER (WHERE g.batch_id IS NOT NULL)
      INTO codes, batches
      FROM (SELECT code, batch_id FROM daily_bar_new GROUP BY code, batch_id) g;
    SELECT c INTO missing FROM unnest(codes) c WHERE NOT EXISTS (SELECT 1 FROM security s WHERE s.code = c) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'insert or update on table "daily_bar" violates foreign key "daily_bar_code_fkey"',
            DETAIL = format('Key (code)=(%s) is not present in table "security".', missing);
    END IF;
    SELECT b::text INTO missing FROM unnest(batches) b WHERE NOT EXISTS (SELECT 1 FROM import_batch i WHERE i.id = b) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'insert or update on table "daily_bar" violates foreign key "daily_bar_batch_id_fkey"',
            DETAIL = format('Key (batch_id)=(%s) is not present in table "import_batch".', missing);
    END IF;
    PERFORM 1 FROM security s WHERE s.code = ANY (codes) FOR KEY SHARE OF s;
    PERFORM 1 FROM import_batch b WHERE b.id = ANY (batches) FOR KEY SHARE OF b;
    RETURN NULL;
END $$;
