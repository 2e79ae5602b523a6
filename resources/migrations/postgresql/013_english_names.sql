-- PostgreSQL dialect of ../013_english_names.sql (issue 29).
-- English names beside the Chinese ones a user reads: a centre, a stock or index, an event's and a model release's
-- title, and a metric's subject. Empty when the source gives none: an English page then shows the Chinese name, once.
ALTER TABLE compute_centre ADD COLUMN name_en TEXT COLLATE "C";
ALTER TABLE security ADD COLUMN name_en TEXT COLLATE "C";
ALTER TABLE event ADD COLUMN title_en TEXT COLLATE "C";
ALTER TABLE model_release ADD COLUMN title_en TEXT COLLATE "C";
ALTER TABLE metric ADD COLUMN subject_en TEXT COLLATE "C";
