-- ZhiSuan Board schema, version 1. See docs/schema.md.
-- Conventions: every imported row records the import batch that last wrote it (batch_id) and the
-- source it came from (source: report and table, or data provider). Natural keys are UNIQUE and
-- NOT NULL so that re-importing a file upserts instead of duplicating. Dates are ISO 8601 text.
-- Money and counts are stored in base units (yuan, shares, visits); the UI formats 万/亿.

CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    kind           TEXT NOT NULL,
    preset         TEXT NOT NULL,
    encoding       TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_inserted  INTEGER NOT NULL DEFAULT 0,
    rows_updated   INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rolled_back_at TEXT
);

-- What a batch overwrote, so that rolling it back restores the previous values.
CREATE TABLE import_undo (
    batch_id     INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    table_name   TEXT NOT NULL,
    row_id       INTEGER NOT NULL,
    old_batch_id INTEGER,
    old_values   TEXT NOT NULL,
    PRIMARY KEY (batch_id, seq)
);
CREATE INDEX import_undo_old_batch ON import_undo(old_batch_id);

-- Users' own column mappings (header text -> field), chosen by name in the import wizard and --preset.
CREATE TABLE import_preset (
    name       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE organisation (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    name_en  TEXT,
    kind     TEXT CHECK (kind IN ('vendor','operator','listed','cloud','research','government','other')),
    region   TEXT CHECK (region IN ('domestic','overseas')),
    ticker   TEXT,
    note     TEXT,
    source   TEXT,
    batch_id INTEGER REFERENCES import_batch(id)
);

CREATE TABLE compute_centre (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    operator       TEXT REFERENCES organisation(name) ON UPDATE CASCADE,
    location       TEXT,
    province       TEXT,
    city           TEXT,
    capacity_text  TEXT,
    -- parsed: phases below; not_capacity: text with numbers that are not compute (cabinets, video
    -- channels), kept and flagged; missing: no figure at all ("/", "在建", only a precision).
    capacity_kind  TEXT NOT NULL DEFAULT 'missing' CHECK (capacity_kind IN ('parsed','not_capacity','missing')),
    current_pflops REAL,
    planned_pflops REAL,
    precision      TEXT,
    ecosystem      TEXT CHECK (ecosystem IN ('ascend','hygon','cambricon','nvidia','kunlun','mixed','other')),
    accelerators   INTEGER,
    status         TEXT CHECK (status IN ('operational','partial','construction','planned')),
    opened_on      TEXT,
    note           TEXT,
    source         TEXT,
    batch_id       INTEGER REFERENCES import_batch(id)
);

-- Derived from compute_centre.capacity_text by the capacity parser; rebuilt whenever it changes.
CREATE TABLE centre_capacity_phase (
    id        INTEGER PRIMARY KEY,
    centre_id INTEGER NOT NULL REFERENCES compute_centre(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    phase     TEXT NOT NULL CHECK (phase IN ('current','planned')),
    label     TEXT,
    value     REAL NOT NULL,
    unit      TEXT NOT NULL,
    measure   TEXT NOT NULL CHECK (measure IN ('FLOPS','OPS','unspecified')),
    pflops    REAL NOT NULL,
    precision TEXT,
    raw       TEXT NOT NULL,
    UNIQUE (centre_id, seq)
);

CREATE TABLE ai_model (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    vendor          TEXT REFERENCES organisation(name) ON UPDATE CASCADE,
    family          TEXT,
    modality        TEXT CHECK (modality IN ('text','multimodal','image','video','vision','audio','code')),
    params_total_b  REAL,
    params_active_b REAL,
    context_tokens  INTEGER,
    open_weights    INTEGER CHECK (open_weights IN (0,1)),
    architecture    TEXT,
    region          TEXT CHECK (region IN ('domestic','overseas')),
    note            TEXT,
    source          TEXT,
    batch_id        INTEGER REFERENCES import_batch(id)
);

CREATE TABLE model_release (
    id          INTEGER PRIMARY KEY,
    model       TEXT NOT NULL REFERENCES ai_model(name) ON UPDATE CASCADE,
    released_on TEXT NOT NULL,
    title       TEXT,
    description TEXT,
    source      TEXT,
    batch_id    INTEGER REFERENCES import_batch(id),
    UNIQUE (model, released_on)
);

CREATE TABLE benchmark_score (
    id        INTEGER PRIMARY KEY,
    model     TEXT NOT NULL REFERENCES ai_model(name) ON UPDATE CASCADE,
    benchmark TEXT NOT NULL,
    score     REAL,
    unit      TEXT,
    setting   TEXT,
    as_of     TEXT,
    source    TEXT NOT NULL DEFAULT '',
    batch_id  INTEGER REFERENCES import_batch(id),
    UNIQUE (model, benchmark, source)
);

CREATE TABLE api_price (
    id                INTEGER PRIMARY KEY,
    model             TEXT NOT NULL REFERENCES ai_model(name) ON UPDATE CASCADE,
    as_of             TEXT NOT NULL,
    currency          TEXT NOT NULL DEFAULT 'CNY',
    input_per_mtok    REAL,
    output_per_mtok   REAL,
    context_tokens    INTEGER,
    note              TEXT,
    source            TEXT,
    batch_id          INTEGER REFERENCES import_batch(id),
    UNIQUE (model, as_of, currency)
);

CREATE TABLE site (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    domains  TEXT,
    category TEXT CHECK (category IN ('text','image','video','search','other')),
    region   TEXT CHECK (region IN ('domestic','overseas')),
    note     TEXT,
    source   TEXT,
    batch_id INTEGER REFERENCES import_batch(id)
);

CREATE TABLE site_traffic (
    id         INTEGER PRIMARY KEY,
    site       TEXT NOT NULL REFERENCES site(name) ON UPDATE CASCADE,
    week_start TEXT NOT NULL,
    week_end   TEXT NOT NULL,
    visits     REAL,
    note       TEXT,
    source     TEXT,
    batch_id   INTEGER REFERENCES import_batch(id),
    UNIQUE (site, week_start)
);

CREATE TABLE app (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    vendor   TEXT,
    category TEXT,
    note     TEXT,
    source   TEXT,
    batch_id INTEGER REFERENCES import_batch(id)
);

CREATE TABLE app_download (
    id        INTEGER PRIMARY KEY,
    app       TEXT NOT NULL REFERENCES app(name) ON UPDATE CASCADE,
    month     TEXT NOT NULL,
    platform  TEXT NOT NULL DEFAULT 'all',
    downloads REAL,
    partial   INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0,1)),
    cumulative INTEGER NOT NULL DEFAULT 0 CHECK (cumulative IN (0,1)),
    note      TEXT,
    source    TEXT,
    batch_id  INTEGER REFERENCES import_batch(id),
    UNIQUE (app, month, platform)
);

CREATE TABLE chip (
    id            INTEGER PRIMARY KEY,
    vendor        TEXT NOT NULL REFERENCES organisation(name) ON UPDATE CASCADE,
    model         TEXT NOT NULL,
    use           TEXT,
    process       TEXT,
    int8_tops     REAL,
    fp16_tflops   REAL,
    fp32_tflops   REAL,
    fp64_tflops   REAL,
    tdp_w         REAL,
    tdp_text      TEXT,
    bandwidth_gbs REAL,
    memory_gb     REAL,
    domestic      INTEGER CHECK (domestic IN (0,1)),
    note          TEXT,
    source        TEXT,
    batch_id      INTEGER REFERENCES import_batch(id),
    UNIQUE (vendor, model)
);

-- Policy thresholds are data: a new rule is an import, not a release.
CREATE TABLE efficiency_threshold (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    metric       TEXT NOT NULL,
    min_value    REAL NOT NULL,
    policy       TEXT,
    effective_on TEXT,
    note         TEXT,
    source       TEXT,
    batch_id     INTEGER REFERENCES import_batch(id)
);

CREATE TABLE security (
    code           TEXT PRIMARY KEY,
    name           TEXT,
    market         TEXT,
    kind           TEXT NOT NULL DEFAULT 'stock' CHECK (kind IN ('stock','index','industry')),
    industry_sw    TEXT,
    industry_citic TEXT,
    currency       TEXT,
    note           TEXT,
    source         TEXT,
    batch_id       INTEGER REFERENCES import_batch(id)
);

CREATE TABLE daily_bar (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL REFERENCES security(code) ON UPDATE CASCADE,
    trade_date TEXT NOT NULL,
    open       REAL,
    high       REAL,
    low        REAL,
    close      REAL,
    volume     REAL,
    amount     REAL,
    batch_id   INTEGER REFERENCES import_batch(id),
    UNIQUE (code, trade_date)
);

CREATE TABLE weekly_return (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL REFERENCES security(code) ON UPDATE CASCADE,
    week_start TEXT NOT NULL,
    week_end   TEXT NOT NULL,
    return_pct REAL,
    close      REAL,
    week_low   REAL,
    week_high  REAL,
    source     TEXT,
    batch_id   INTEGER REFERENCES import_batch(id),
    UNIQUE (code, week_start)
);

CREATE TABLE valuation (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL REFERENCES security(code) ON UPDATE CASCADE,
    as_of       TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    eps         REAL,
    pe          REAL,
    source      TEXT,
    batch_id    INTEGER REFERENCES import_batch(id),
    UNIQUE (code, as_of, fiscal_year)
);

-- Price and book multiple at a date (the key-stock table's 股价 and PB).
CREATE TABLE security_snapshot (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL REFERENCES security(code) ON UPDATE CASCADE,
    as_of    TEXT NOT NULL,
    price    REAL,
    pb       REAL,
    source   TEXT,
    batch_id INTEGER REFERENCES import_batch(id),
    UNIQUE (code, as_of)
);

CREATE TABLE lockup (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL REFERENCES security(code) ON UPDATE CASCADE,
    expiry_date       TEXT NOT NULL,
    shares            REAL,
    market_value_cny  REAL,
    total_shares      REAL,
    float_a_shares    REAL,
    as_of             TEXT,
    source            TEXT,
    batch_id          INTEGER REFERENCES import_batch(id),
    UNIQUE (code, expiry_date)
);

CREATE TABLE event (
    id           INTEGER PRIMARY KEY,
    event_date   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('policy','sanction','product','earnings','outage','market','other')),
    title        TEXT NOT NULL,
    description  TEXT,
    organisation TEXT,
    region       TEXT CHECK (region IN ('domestic','overseas')),
    source       TEXT,
    batch_id     INTEGER REFERENCES import_batch(id),
    UNIQUE (event_date, title)
);

-- Anything measured over time that has no table of its own: daily API calls, tokens per day,
-- users, revenue lines, market-size estimates.
CREATE TABLE metric (
    id       INTEGER PRIMARY KEY,
    subject  TEXT NOT NULL,
    name     TEXT NOT NULL,
    as_of    TEXT NOT NULL,
    value    REAL,
    unit     TEXT,
    note     TEXT,
    source   TEXT,
    batch_id INTEGER REFERENCES import_batch(id),
    UNIQUE (subject, name, as_of)
);

CREATE INDEX compute_centre_batch ON compute_centre(batch_id);
CREATE INDEX weekly_return_week ON weekly_return(week_end);
CREATE INDEX weekly_return_batch ON weekly_return(batch_id);
CREATE INDEX lockup_expiry ON lockup(expiry_date);
CREATE INDEX model_release_date ON model_release(released_on);
