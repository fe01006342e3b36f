-- Database roles, created once per PostgreSQL cluster (and per embedded PGlite data directory).
-- Run by the migration runner before any migration, as the administrative connection
-- (DATABASE_URL). Idempotent: safe to run on every start.
--
--   niramaya_owner  owns every table, function and policy; runs migrations and
--                   administrative commands. The only role allowed to bypass RLS.
--                   NOLOGIN: the administrative connection switches to it with
--                   SET LOCAL ROLE inside each migration transaction.
--   niramaya_app    the role the server logs in as for every request and job.
--                   Owns nothing, cannot bypass RLS, cannot create objects.
--                   See docs/decisions/0002-rls-tenancy.md.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'niramaya_owner') THEN
    CREATE ROLE niramaya_owner NOLOGIN BYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'niramaya_app') THEN
    CREATE ROLE niramaya_app LOGIN NOINHERIT;
  END IF;
END
$$;

-- Re-assert the attributes every time, so a hand-edited role is corrected on the next start.
ALTER ROLE niramaya_app NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE niramaya_owner NOSUPERUSER NOREPLICATION BYPASSRLS;

-- The administrative connection must be able to act as the owner.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'niramaya_owner', 'MEMBER') THEN
    EXECUTE format('GRANT niramaya_owner TO %I', current_user);
  END IF;
END
$$;

DO $$
BEGIN
  EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO niramaya_owner', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO niramaya_app', current_database());
END
$$;

GRANT USAGE, CREATE ON SCHEMA public TO niramaya_owner;
GRANT USAGE ON SCHEMA public TO niramaya_app;
-- PostgreSQL 15 already revokes CREATE on public from PUBLIC; older clusters upgraded in place may not.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
