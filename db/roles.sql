-- Database roles, created once per PostgreSQL cluster (and per embedded PGlite data directory).
-- Run by the migration runner before any migration, as the administrative connection
-- (DATABASE_URL). Idempotent: safe to run on every start.
--
-- It changes nothing that is already right. Roles live in the whole PostgreSQL cluster, and
-- every server start on PostgreSQL runs this file: two servers (or two databases of one
-- cluster) starting at once both re-asserting the same role wrote the same catalog row and one
-- failed with "tuple concurrently updated" (seen starting two browser-test servers together).
-- So each statement runs only when its role, attribute or grant is missing, and two first
-- starts on a new cluster that both create a role leave one role and no error.
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
    BEGIN
      CREATE ROLE niramaya_owner NOLOGIN BYPASSRLS;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- another server created it a moment ago
    END;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'niramaya_app') THEN
    BEGIN
      CREATE ROLE niramaya_app LOGIN NOINHERIT;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;

  -- Re-assert the attributes, so a hand-edited role is corrected on the next start.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'niramaya_app'
               AND (rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls)) THEN
    ALTER ROLE niramaya_app NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'niramaya_owner'
               AND (rolsuper OR rolreplication OR NOT rolbypassrls)) THEN
    ALTER ROLE niramaya_owner NOSUPERUSER NOREPLICATION BYPASSRLS;
  END IF;

  -- The administrative connection must be able to act as the owner.
  IF NOT pg_has_role(current_user, 'niramaya_owner', 'MEMBER') THEN
    BEGIN
      EXECUTE format('GRANT niramaya_owner TO %I', current_user);
    EXCEPTION WHEN unique_violation THEN
      NULL;
    END;
  END IF;

  -- Explicit grants (not PUBLIC's defaults, which a hardened cluster may have revoked), each
  -- only when the database's or the schema's access list lacks it.
  IF NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
                 WHERE d.datname = current_database() AND a.grantee = 'niramaya_owner'::regrole
                   AND a.privilege_type = 'CREATE')
     OR NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
                    WHERE d.datname = current_database() AND a.grantee = 'niramaya_owner'::regrole
                      AND a.privilege_type = 'CONNECT') THEN
    EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO niramaya_owner', current_database());
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
                 WHERE d.datname = current_database() AND a.grantee = 'niramaya_app'::regrole
                   AND a.privilege_type = 'CONNECT') THEN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO niramaya_app', current_database());
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
                 WHERE n.nspname = 'public' AND a.grantee = 'niramaya_owner'::regrole
                   AND a.privilege_type = 'CREATE')
     OR NOT EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
                    WHERE n.nspname = 'public' AND a.grantee = 'niramaya_owner'::regrole
                      AND a.privilege_type = 'USAGE') THEN
    GRANT USAGE, CREATE ON SCHEMA public TO niramaya_owner;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
                 WHERE n.nspname = 'public' AND a.grantee = 'niramaya_app'::regrole
                   AND a.privilege_type = 'USAGE') THEN
    GRANT USAGE ON SCHEMA public TO niramaya_app;
  END IF;
  -- PostgreSQL 15 already revokes CREATE on public from PUBLIC; older clusters upgraded in place
  -- may not (grantee 0 is PUBLIC).
  IF EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
             WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE') THEN
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
  END IF;
END
$$;
