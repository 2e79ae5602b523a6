-- PostgreSQL dialect of ../002_place_note.sql (issue 17).
-- How a centre's city was found when the source did not say it plainly ("青田 is in 丽水", or a province the
-- source got wrong). Filled by the importer's place resolution.
ALTER TABLE compute_centre ADD COLUMN place_note TEXT COLLATE "C";
CREATE INDEX compute_centre_province ON compute_centre(province);
