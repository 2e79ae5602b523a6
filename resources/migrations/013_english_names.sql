-- English names beside the Chinese ones a user reads (issue 29): a centre, a stock or index, an event's and a model
-- release's title, and a metric's subject (a free text like 冷板式液冷 (存量改造), not a vocabulary's word). Empty
-- when the source gives none: an English page then shows the Chinese name, once.
ALTER TABLE compute_centre ADD COLUMN name_en TEXT;
ALTER TABLE security ADD COLUMN name_en TEXT;
ALTER TABLE event ADD COLUMN title_en TEXT;
ALTER TABLE model_release ADD COLUMN title_en TEXT;
ALTER TABLE metric ADD COLUMN subject_en TEXT;
