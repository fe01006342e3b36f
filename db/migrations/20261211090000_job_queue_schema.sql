-- The durable job queue (pg-boss, ADR 0024) lives in its own schema, owned by niramaya_owner.
-- The migration runner installs and upgrades pg-boss's tables in it after the SQL migrations
-- (server/jobs/install.ts), as the owner. The app role only reads and writes rows: it may not
-- create objects, so queues and their partitions are made at migrate time, never at run time.
--
-- These are platform tables without clinic_id or RLS (db/catalogue.ts looks at `public` only):
-- a job carries ids and sealed payloads, never a name, phone number or message text.
CREATE SCHEMA IF NOT EXISTS pgboss AUTHORIZATION niramaya_owner;
COMMENT ON SCHEMA pgboss IS 'The durable job queue (pg-boss). Jobs hold ids and sealed payloads only.';
GRANT USAGE ON SCHEMA pgboss TO niramaya_app;
-- Every table and sequence pg-boss creates now or in a later upgrade (as niramaya_owner).
ALTER DEFAULT PRIVILEGES FOR ROLE niramaya_owner IN SCHEMA pgboss
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO niramaya_app;
ALTER DEFAULT PRIVILEGES FOR ROLE niramaya_owner IN SCHEMA pgboss
  GRANT USAGE, SELECT ON SEQUENCES TO niramaya_app;
