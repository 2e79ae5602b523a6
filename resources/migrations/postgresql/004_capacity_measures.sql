-- PostgreSQL dialect of ../004_capacity_measures.sql (issue 17).
-- Compute figures are kept apart by measure and precision (issue 15): OPS are never PFLOPS, FP16 and FP64 are
-- never added. current_pflops/planned_pflops are the headline (FLOPS at capacity_precision); OPS go beside them;
-- every measure × precision of a centre is a row of centre_capacity_total. Filled by the importer from the
-- capacity text, and for stores made before this version by Store::open right after this migration.
ALTER TABLE compute_centre ADD COLUMN capacity_precision TEXT COLLATE "C";
ALTER TABLE compute_centre ADD COLUMN current_pops DOUBLE PRECISION;
ALTER TABLE compute_centre ADD COLUMN planned_pops DOUBLE PRECISION;
CREATE TABLE centre_capacity_total (
    centre_id BIGINT NOT NULL REFERENCES compute_centre(id) ON DELETE CASCADE,
    measure   TEXT COLLATE "C" NOT NULL CHECK (measure IN ('FLOPS','OPS')),
    precision TEXT COLLATE "C" NOT NULL DEFAULT '',
    current   DOUBLE PRECISION,
    planned   DOUBLE PRECISION,
    headline  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, measure, precision)
);

-- How far a row can be trusted: reported (the source says it), derived (computed from reported figures by a
-- stated rule), inferred (an analyst's judgement; confidence_note says why and which value).
ALTER TABLE compute_centre ADD COLUMN confidence TEXT COLLATE "C" CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE compute_centre ADD COLUMN confidence_note TEXT COLLATE "C";
ALTER TABLE compute_centre ADD COLUMN as_of TEXT COLLATE "C";
ALTER TABLE chip ADD COLUMN confidence TEXT COLLATE "C" CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE chip ADD COLUMN confidence_note TEXT COLLATE "C";
ALTER TABLE chip ADD COLUMN as_of TEXT COLLATE "C";
-- What the FP16 figure is: dense, sparse (with sparsity, as NVIDIA quotes H100), or a TOPS figure the source
-- printed in the FP16 column. Only dense figures are judged against efficiency thresholds.
ALTER TABLE chip ADD COLUMN fp16_basis TEXT COLLATE "C" CHECK (fp16_basis IN ('dense','sparse','tops'));
