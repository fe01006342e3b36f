-- Test-only role, created by the test set-up, never by the product.
--
-- niramaya_rls_probe holds the table owner's privileges (it is a member of
-- niramaya_owner and inherits them) but NOT its BYPASSRLS attribute. To
-- PostgreSQL it counts as the owner of every table, and the owner is exempt
-- from row-level security unless the table says FORCE ROW LEVEL SECURITY.
-- The cross-clinic tests run as this role as well as the app role, so a
-- tenant table that lost FORCE fails them.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'niramaya_rls_probe') THEN
    CREATE ROLE niramaya_rls_probe NOLOGIN INHERIT NOBYPASSRLS;
  END IF;
END
$$;
GRANT niramaya_owner TO niramaya_rls_probe;
