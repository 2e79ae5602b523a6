-- PostgreSQL dialect of ../007_batch_lookups.sql (issue 14): the same statements.
-- Rollback of a batch finds its rows by batch_id (issue 14): daily_bar by the batch's rowid range (005), the
-- tables below by index instead of a scan each (130k weekly visits, 20k lockups, … for ten years of data). Their
-- imports are small next to daily quotes, so the index costs them little.
CREATE INDEX IF NOT EXISTS site_traffic_batch ON site_traffic(batch_id);
CREATE INDEX IF NOT EXISTS lockup_batch ON lockup(batch_id);
CREATE INDEX IF NOT EXISTS security_snapshot_batch ON security_snapshot(batch_id);
CREATE INDEX IF NOT EXISTS valuation_batch ON valuation(batch_id);
CREATE INDEX IF NOT EXISTS metric_batch ON metric(batch_id);
CREATE INDEX IF NOT EXISTS model_release_batch ON model_release(batch_id);
CREATE INDEX IF NOT EXISTS event_batch ON event(batch_id);
CREATE INDEX IF NOT EXISTS security_batch ON security(batch_id);
