-- Terminal truth (issue 24): a return is stored with the period it covers, and only a trading week is a week.
--
-- weekly_return holds trading weeks only: week_start is the week's Monday and week_end its last trading day in that
-- week. The import decides (TradingCalendar: a holiday-short week is still that week); these triggers make a row
-- that breaks the rule impossible, whoever writes it. A return over any other period (two weeks, Friday to Friday)
-- goes to period_return with the dates it covers, where no weekly view reads it.
CREATE TABLE period_return (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL REFERENCES security(code) ON UPDATE CASCADE,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL CHECK (period_end >= period_start),
    return_pct      REAL,
    close           REAL,
    period_low      REAL,
    period_high     REAL,
    source          TEXT,
    confidence      TEXT CHECK (confidence IN ('reported','derived','inferred')),
    confidence_note TEXT,
    inferred_fields TEXT,
    -- The Monday of the week when the period is that week's trading days so far (Monday to Wednesday: "本周以来"),
    -- which the market page shows for the week, labelled with its dates; NULL for any other period.
    week_start      TEXT,
    batch_id        INTEGER REFERENCES import_batch(id),
    UNIQUE (code, period_start, period_end)
);
CREATE INDEX period_return_batch ON period_return(batch_id);
CREATE INDEX period_return_week ON period_return(week_start);
CREATE INDEX period_return_end ON period_return(period_end);

-- Rows an earlier version stored under another day than a Monday covered a period, not a week: they move to
-- period_return (a re-import files a holiday-short week under its Monday).
INSERT INTO period_return (code, period_start, period_end, return_pct, close, period_low, period_high, source,
                           confidence, confidence_note, inferred_fields, batch_id)
    SELECT code, week_start, week_end, return_pct, close, week_low, week_high, source, confidence, confidence_note,
           inferred_fields, batch_id
    FROM weekly_return WHERE strftime('%w', week_start) IS NOT '1';
DELETE FROM weekly_return WHERE strftime('%w', week_start) IS NOT '1';

CREATE TRIGGER weekly_return_is_a_week_on_insert BEFORE INSERT ON weekly_return
WHEN strftime('%w', NEW.week_start) IS NOT '1' OR NEW.week_end < NEW.week_start OR NEW.week_end > date(NEW.week_start, '+6 days')
BEGIN
    SELECT RAISE(ABORT, 'weekly_return holds trading weeks only: week_start must be a Monday and week_end in that week');
END;
CREATE TRIGGER weekly_return_is_a_week_on_update BEFORE UPDATE OF week_start, week_end ON weekly_return
WHEN strftime('%w', NEW.week_start) IS NOT '1' OR NEW.week_end < NEW.week_start OR NEW.week_end > date(NEW.week_start, '+6 days')
BEGIN
    SELECT RAISE(ABORT, 'weekly_return holds trading weeks only: week_start must be a Monday and week_end in that week');
END;

-- A broker's year columns say whether a figure is actual (2023A) or an estimate (2024E).
ALTER TABLE valuation ADD COLUMN basis TEXT CHECK (basis IN ('actual','estimate'));

-- Securities an earlier version created as stocks although their code family says index or industry
-- (SecurityCodes::kindOf): 000xxx.SH, 399xxx.SZ, 899xxx.BJ and the index providers' codes; 申万 .SI, 中信 CI….WI.
UPDATE security SET kind = 'industry'
WHERE kind = 'stock' AND (code LIKE '%.SI' OR code LIKE 'CI%.WI');
UPDATE security SET kind = 'index'
WHERE kind = 'stock' AND (code LIKE '000___.SH' OR code LIKE '399___.SZ' OR code LIKE '899___.BJ' OR code LIKE '%.CSI'
                          OR code LIKE '%.CNI' OR code LIKE '%.HI' OR code LIKE '%.GI' OR code LIKE '%.WI');
