-- Identity: people (users, global) and their place in a clinic (memberships, tenant).
--
-- A person can work at more than one clinic (visiting consultants are common),
-- so the login identity is global and the role lives in the clinic's membership.
-- Staff accounts are the platform's own data (the platform is their fiduciary);
-- see ../shared/reference/india-domain.md §1.2.

ALTER TABLE clinics
  ADD COLUMN state_code text CHECK (state_code ~ '^[0-9]{2}$'),
  ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN clinics.state_code IS E'GST state code of the clinic (e.g. 27 Maharashtra): in-clinic services are intra-state.';
COMMENT ON COLUMN clinics.require_two_factor IS E'When true, owners and admins must use TOTP two-factor sign-in.';

-- The role matrix, as data the policies consult. server/modules/access/role-matrix.ts
-- holds the same matrix; server/modules/access/role-matrix.test.ts keeps them equal.
CREATE TABLE role_capabilities (
  role        text NOT NULL CHECK (role IN ('owner', 'admin', 'doctor', 'assistant', 'receptionist', 'accountant')),
  capability  text NOT NULL CHECK (capability ~ '^[a-z]+(\.[a-z_]+)+$'),
  PRIMARY KEY (role, capability)
);
COMMENT ON TABLE role_capabilities IS E'Global reference data: which role holds which capability. Read-only to the app.';
INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'audit.read'), ('owner', 'audit.verify'),
  ('owner', 'clinic.settings'),
  ('owner', 'staff.read'), ('owner', 'staff.manage'), ('owner', 'staff.grant_privileged'),
  ('admin', 'audit.read'),
  ('admin', 'staff.read'), ('admin', 'staff.manage');
GRANT SELECT ON role_capabilities TO niramaya_app;

CREATE TABLE users (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email                text NOT NULL CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254),
  full_name            text NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
  password_hash        text NOT NULL,
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  totp_secret          text,
  totp_enabled_at      timestamptz,
  totp_last_step       bigint,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_key ON users (email);
COMMENT ON TABLE users IS E'Staff login identities, global across clinics. Password hashes and TOTP secrets are never readable by the app role (column grants).';
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE memberships (
  clinic_id              uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                     uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id                uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  role                   text NOT NULL CHECK (role IN ('owner', 'admin', 'doctor', 'assistant', 'receptionist', 'accountant')),
  registration_number    text CHECK (length(registration_number) BETWEEN 1 AND 50),
  registration_council   text CHECK (length(registration_council) BETWEEN 1 AND 200),
  deactivated_at         timestamptz,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);
COMMENT ON TABLE memberships IS E'A user''s role in a clinic. Deactivation or a role change takes effect on the next request (sessions resolve the role afresh).';
COMMENT ON COLUMN memberships.registration_number IS E'Doctor''s registration number with the State Medical/Dental Council: printed on prescriptions (IMC Regulations 1.4.2).';
CREATE TRIGGER memberships_set_updated_at BEFORE UPDATE ON memberships
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The acting user's role in the current clinic, or NULL. SECURITY DEFINER so
-- policies can call it without recursing into memberships' own policies.
CREATE FUNCTION app_current_role() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT m.role FROM memberships m
  WHERE m.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND m.user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
    AND m.deactivated_at IS NULL
$$;

CREATE FUNCTION app_can(capability text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT EXISTS (
    SELECT 1 FROM role_capabilities rc
    WHERE rc.role = app_current_role() AND rc.capability = app_can.capability)
$$;
REVOKE ALL ON FUNCTION app_current_role(), app_can(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_current_role(), app_can(text) TO niramaya_app;

-- users: global, so no clinic_id; a user sees themself and the members of the current clinic.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY self_or_colleague ON users FOR SELECT
  USING (id = NULLIF(current_setting('app.user_id', true), '')::uuid
         OR EXISTS (SELECT 1 FROM memberships m
                    WHERE m.user_id = users.id
                      AND m.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid));
CREATE POLICY self_update ON users FOR UPDATE
  USING (id = NULLIF(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (id = NULLIF(current_setting('app.user_id', true), '')::uuid);
GRANT SELECT (id, email, full_name, password_changed_at, totp_enabled_at, created_at, updated_at) ON users TO niramaya_app;
GRANT UPDATE (full_name, password_hash, password_changed_at, totp_secret, totp_enabled_at, totp_last_step) ON users TO niramaya_app;

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON memberships
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Everyone sees their own membership; the staff list needs staff.read.
CREATE POLICY role_read ON memberships AS RESTRICTIVE FOR SELECT
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid OR (SELECT app_can('staff.read')));
-- Only staff managers change memberships, and only an owner touches owner or admin rows.
CREATE POLICY role_insert ON memberships AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('staff.manage')) AND (role NOT IN ('owner', 'admin') OR (SELECT app_can('staff.grant_privileged'))));
CREATE POLICY role_update ON memberships AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('staff.manage')) AND (role NOT IN ('owner', 'admin') OR (SELECT app_can('staff.grant_privileged'))))
  WITH CHECK ((SELECT app_can('staff.manage')) AND (role NOT IN ('owner', 'admin') OR (SELECT app_can('staff.grant_privileged'))));
CREATE POLICY role_delete ON memberships AS RESTRICTIVE FOR DELETE
  USING (false);
GRANT SELECT, INSERT ON memberships TO niramaya_app;
GRANT UPDATE (role, registration_number, registration_council, deactivated_at) ON memberships TO niramaya_app;

-- Clinic settings belong to the owner alone.
CREATE POLICY role_update ON clinics AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinic.settings')))
  WITH CHECK ((SELECT app_can('clinic.settings')));
GRANT UPDATE (require_two_factor) ON clinics TO niramaya_app;
