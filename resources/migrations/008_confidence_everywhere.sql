-- Every fact row says how far it can be trusted (issue 15), as compute centres and chips have since 004:
-- confidence is reported (the source says it), derived (computed from reported figures by a stated rule) or
-- inferred (an analyst's judgement); confidence_note gives the reason; inferred_fields names the columns the
-- judgement is about (comma-separated; empty means the whole row), so a summary that leaves inferred values out
-- drops those values and keeps the row's reported ones (博大's capacity is reported, its chip ecosystem is not).
-- as_of is the date a fact was stated, for the tables that had no date of their own. Daily quotes come from a
-- terminal and have none of these: they are what the data vendor reports.

ALTER TABLE organisation ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE organisation ADD COLUMN confidence_note TEXT;
ALTER TABLE ai_model ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE ai_model ADD COLUMN confidence_note TEXT;
ALTER TABLE model_release ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE model_release ADD COLUMN confidence_note TEXT;
ALTER TABLE benchmark_score ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE benchmark_score ADD COLUMN confidence_note TEXT;
ALTER TABLE api_price ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE api_price ADD COLUMN confidence_note TEXT;
ALTER TABLE site ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE site ADD COLUMN confidence_note TEXT;
ALTER TABLE site_traffic ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE site_traffic ADD COLUMN confidence_note TEXT;
ALTER TABLE app ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE app ADD COLUMN confidence_note TEXT;
ALTER TABLE app_download ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE app_download ADD COLUMN confidence_note TEXT;
ALTER TABLE efficiency_threshold ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE efficiency_threshold ADD COLUMN confidence_note TEXT;
ALTER TABLE security ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE security ADD COLUMN confidence_note TEXT;
ALTER TABLE weekly_return ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE weekly_return ADD COLUMN confidence_note TEXT;
ALTER TABLE valuation ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE valuation ADD COLUMN confidence_note TEXT;
ALTER TABLE security_snapshot ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE security_snapshot ADD COLUMN confidence_note TEXT;
ALTER TABLE lockup ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE lockup ADD COLUMN confidence_note TEXT;
ALTER TABLE event ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE event ADD COLUMN confidence_note TEXT;
ALTER TABLE metric ADD COLUMN confidence TEXT CHECK (confidence IN ('reported','derived','inferred'));
ALTER TABLE metric ADD COLUMN confidence_note TEXT;
ALTER TABLE compute_centre ADD COLUMN inferred_fields TEXT;
ALTER TABLE chip ADD COLUMN inferred_fields TEXT;
ALTER TABLE organisation ADD COLUMN inferred_fields TEXT;
ALTER TABLE ai_model ADD COLUMN inferred_fields TEXT;
ALTER TABLE model_release ADD COLUMN inferred_fields TEXT;
ALTER TABLE benchmark_score ADD COLUMN inferred_fields TEXT;
ALTER TABLE api_price ADD COLUMN inferred_fields TEXT;
ALTER TABLE site ADD COLUMN inferred_fields TEXT;
ALTER TABLE site_traffic ADD COLUMN inferred_fields TEXT;
ALTER TABLE app ADD COLUMN inferred_fields TEXT;
ALTER TABLE app_download ADD COLUMN inferred_fields TEXT;
ALTER TABLE efficiency_threshold ADD COLUMN inferred_fields TEXT;
ALTER TABLE security ADD COLUMN inferred_fields TEXT;
ALTER TABLE weekly_return ADD COLUMN inferred_fields TEXT;
ALTER TABLE valuation ADD COLUMN inferred_fields TEXT;
ALTER TABLE security_snapshot ADD COLUMN inferred_fields TEXT;
ALTER TABLE lockup ADD COLUMN inferred_fields TEXT;
ALTER TABLE event ADD COLUMN inferred_fields TEXT;
ALTER TABLE metric ADD COLUMN inferred_fields TEXT;
ALTER TABLE organisation ADD COLUMN as_of TEXT;
ALTER TABLE ai_model ADD COLUMN as_of TEXT;
ALTER TABLE site ADD COLUMN as_of TEXT;
ALTER TABLE app ADD COLUMN as_of TEXT;
ALTER TABLE efficiency_threshold ADD COLUMN as_of TEXT;
ALTER TABLE security ADD COLUMN as_of TEXT;
ALTER TABLE model_release ADD COLUMN as_of TEXT;
ALTER TABLE event ADD COLUMN as_of TEXT;
