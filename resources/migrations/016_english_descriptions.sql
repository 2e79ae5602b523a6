-- English descriptions beside the Chinese ones (issue 29): what a model release or an event was, as the report
-- describes it ("Opus 多项基准超过 GPT-4 和 Gemini 1.0 Ultra"), said in English. Empty when nobody has rendered it: an
-- English page then shows the Chinese description once, labelled as Chinese, never run on into an English sentence.
-- Numbered 016: 015 is the team store's daily_bar id (issue 26), written on another branch at the same time.
ALTER TABLE model_release ADD COLUMN description_en TEXT;
ALTER TABLE event ADD COLUMN description_en TEXT;
