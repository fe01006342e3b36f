-- Foundation: shared trigger functions, then the tenant root (clinics) and branches.
--
-- Conventions every later migration follows (see ARCHITECTURE.md, "Tenancy"):
--   * every tenant table has `clinic_id uuid not null`, and its primary key and
--     foreign keys lead with clinic_id, so the schema can be distributed by
--     clinic_id on Citus later (docs/decisions/0002-rls-tenancy.md);
--   * RLS is enabled AND forced in the same migration that creates the table;
--   * policies compare against the transaction-local setting app.clinic_id,
--     written exactly as NULLIF(current_setting('app.clinic_id', true), '')::uuid,
--     which is NULL (matches nothing) when no tenant context is set;
--   * niramaya_app gets only the grants it needs; it owns nothing.

CREATE FUNCTION set_updated_at() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

-- Clinics are the tenant root: the row's own id is its clinic id.
CREATE TABLE clinics (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  time_zone   text NOT NULL DEFAULT 'Asia/Kolkata',
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE clinics IS E'Tenant root. One row per clinic (a Data Fiduciary under the DPDP Act). Visible only inside its own tenant context.';

CREATE TRIGGER clinics_set_updated_at BEFORE UPDATE ON clinics
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE clinics ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinics FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON clinics
  USING (id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);

-- Clinics are created at sign-up and renamed in settings; closure and deletion
-- are owner-role operations (retention engine), so the app role cannot DELETE.
GRANT SELECT, INSERT ON clinics TO niramaya_app;
GRANT UPDATE (name, time_zone) ON clinics TO niramaya_app;

CREATE TABLE branches (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, name)
);
COMMENT ON TABLE branches IS E'Locations of a clinic. Branches share the clinic''s patient list.';

CREATE TRIGGER branches_set_updated_at BEFORE UPDATE ON branches
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE branches ENABLE ROW LEVEL SECURITY;
ALTER TABLE branches FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON branches
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);

GRANT SELECT, INSERT, DELETE ON branches TO niramaya_app;
GRANT UPDATE (name) ON branches TO niramaya_app;
