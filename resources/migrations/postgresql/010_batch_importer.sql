-- PostgreSQL dialect of ../010_batch_importer.sql (issue 26). On the team store the server fills it with the role
-- that logged in (session_user), so that a client cannot write another analyst's name on its batch.
ALTER TABLE import_batch ADD COLUMN imported_by TEXT COLLATE "C" DEFAULT session_user;
