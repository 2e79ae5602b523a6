-- Who imported each batch (issue 26): a team store is written by several analysts, and the Data page and
-- `zhisuan batches` say whose file a batch was. Batches from before this version have no name recorded.
ALTER TABLE import_batch ADD COLUMN imported_by TEXT;
