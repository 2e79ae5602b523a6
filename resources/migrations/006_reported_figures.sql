-- A report's own computed figures (issue 15): its excess return over each benchmark and the tracked industry's
-- rank, kept as the report prints them so that the product's computation is shown beside them ("2.15 报告 /
-- 2.14 计算") and a rank can be shown when the store lacks the other industries' returns.
CREATE TABLE reported_figure (
    id         INTEGER PRIMARY KEY,
    subject    TEXT NOT NULL REFERENCES security(code) ON UPDATE CASCADE, -- the industry index
    week_start TEXT NOT NULL,
    week_end   TEXT NOT NULL,
    figure     TEXT NOT NULL CHECK (figure IN ('excess_pcts', 'industry_rank')),
    against    TEXT NOT NULL DEFAULT '', -- the benchmark of an excess return; '' for a rank
    value      REAL,
    of_count   INTEGER,                  -- a rank's field: "第 11 名" of 31
    source     TEXT,
    batch_id   INTEGER REFERENCES import_batch(id),
    UNIQUE (subject, week_start, figure, against)
);
CREATE INDEX reported_figure_batch ON reported_figure(batch_id);
