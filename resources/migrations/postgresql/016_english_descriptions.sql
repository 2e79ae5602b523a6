-- PostgreSQL dialect of ../016_english_descriptions.sql (issue 29).
-- English descriptions beside the Chinese ones: what a model release or an event was, said in English. Empty when
-- nobody has rendered it: an English page then shows the Chinese description once, labelled as Chinese.
ALTER TABLE model_release ADD COLUMN description_en TEXT COLLATE "C";
ALTER TABLE event ADD COLUMN description_en TEXT COLLATE "C";
