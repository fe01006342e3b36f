-- The role a request resolved, kept in its transaction-local context (ADR 0014, item 7 of
-- the platform pass: few round trips, and a cheap clinical-access check).
--
-- Before: every policy and helper asked memberships and role_capabilities again through
-- SECURITY DEFINER SQL functions (app_current_role, app_can, app_clinical_all). Functions
-- with SECURITY DEFINER or a SET clause are never inlined, so PostgreSQL 15 parsed and
-- planned their bodies on every call: app_open_request() alone called app_clinical_all twice
-- (each two app_can and up to three role lookups), and a patient read cost 0.76 ms in it.
--
-- Now app_open_request() resolves the role and its capabilities once and stores them with
-- set_config(..., true) next to the tenant context it already sets, tagged with the
-- clinic and user they belong to (app.opened_for). The public helpers are plain SQL that
-- PostgreSQL inlines: when the tag matches the context they read the settings; otherwise
-- (withClinic: the worker, sign-in, invitations) they ask the tables as before, through
-- the *_lookup functions. Trust is unchanged: the app role could already name any user
-- in app.user_id, so a forged role setting grants nothing a forged user id did not; RLS
-- still keys every row on app.clinic_id. A role change or deactivation still takes effect
-- on the next request, because each request resolves the role afresh.

CREATE FUNCTION app_membership_role() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT m.role FROM memberships m
  WHERE m.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND m.user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
    AND m.deactivated_at IS NULL
$$;

CREATE FUNCTION app_role_can(capability text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT EXISTS (
    SELECT 1 FROM role_capabilities rc
    WHERE rc.role = app_membership_role() AND rc.capability = app_role_can.capability)
$$;

CREATE FUNCTION app_clinical_all_lookup(p_write boolean) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT app_role_can(CASE WHEN p_write THEN 'clinical.write' ELSE 'clinical.read' END)
     AND (app_role_can('clinical.all_patients')
          OR (app_membership_role() = 'doctor'
              AND COALESCE((SELECT c.doctors_see_all_patients FROM clinics c
                            WHERE c.id = NULLIF(current_setting('app.clinic_id', true), '')::uuid), false)))
$$;
REVOKE ALL ON FUNCTION app_membership_role(), app_role_can(text), app_clinical_all_lookup(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_membership_role(), app_role_can(text), app_clinical_all_lookup(boolean) TO niramaya_app;

-- True when app_open_request() set the role settings for the clinic and user now in context.
-- No SET clause and schema-qualified names, so that it (and the helpers below) can be inlined.
CREATE FUNCTION app_context_opened() RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT COALESCE(pg_catalog.current_setting('app.opened_for', true), '') <> ''
     AND pg_catalog.current_setting('app.opened_for', true)
         = pg_catalog.current_setting('app.clinic_id', true) || '/' || pg_catalog.current_setting('app.user_id', true)
$$;

CREATE OR REPLACE FUNCTION app_current_role() RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN public.app_context_opened() THEN pg_catalog.current_setting('app.role', true)
              ELSE public.app_membership_role() END
$$;

CREATE OR REPLACE FUNCTION app_can(capability text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN public.app_context_opened()
              THEN pg_catalog.strpos(pg_catalog.current_setting('app.capabilities', true),
                                     ',' || capability || ',') > 0
              ELSE public.app_role_can(capability) END
$$;

CREATE OR REPLACE FUNCTION app_clinical_all(p_write boolean) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN public.app_context_opened()
              THEN pg_catalog.current_setting(CASE WHEN p_write THEN 'app.clinical_all_write'
                                                   ELSE 'app.clinical_all_read' END, true) = 'on'
              ELSE public.app_clinical_all_lookup(p_write) END
$$;

CREATE OR REPLACE FUNCTION app_open_request(p_token_hash text, p_now timestamptz, p_idle interval,
                                            p_request_id text, p_ip text, p_user_agent text)
  RETURNS TABLE (session_id uuid, clinic_id uuid, user_id uuid, role text, csrf_token_hash text,
                 expires_at timestamptz, must_enrol_two_factor boolean, time_zone text,
                 data_key_id uuid, clinical_all_read boolean, clinical_all_write boolean)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v record;
  v_capabilities text;
  v_time_zone text;
  v_key uuid;
  v_every_patient boolean;
  v_all_read boolean;
  v_all_write boolean;
BEGIN
  SELECT * INTO v FROM auth_resolve_session(p_token_hash, p_now, p_idle) s LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  -- ',patient.read,patient.write,' so that app_can() is one strpos().
  SELECT ',' || COALESCE(string_agg(rc.capability, ','), '') || ',' INTO v_capabilities
    FROM role_capabilities rc WHERE rc.role = v.role;
  SELECT c.time_zone, k.id,
         strpos(v_capabilities, ',clinical.all_patients,') > 0
           OR (v.role = 'doctor' AND COALESCE(c.doctors_see_all_patients, false))
    INTO v_time_zone, v_key, v_every_patient
    FROM clinics c LEFT JOIN clinic_keys k ON k.clinic_id = c.id
    WHERE c.id = v.clinic_id;
  -- The same rule as app_clinical_all_lookup(), from what is already in hand.
  v_all_read := strpos(v_capabilities, ',clinical.read,') > 0 AND COALESCE(v_every_patient, false);
  v_all_write := strpos(v_capabilities, ',clinical.write,') > 0 AND COALESCE(v_every_patient, false);
  PERFORM set_config('app.clinic_id', v.clinic_id::text, true),
          set_config('app.user_id', v.user_id::text, true),
          set_config('app.request_id', COALESCE(p_request_id, ''), true),
          set_config('app.ip', COALESCE(p_ip, ''), true),
          set_config('app.user_agent', COALESCE(left(p_user_agent, 500), ''), true),
          set_config('app.now', p_now::text, true),
          set_config('app.role', v.role, true),
          set_config('app.capabilities', v_capabilities, true),
          set_config('app.clinical_all_read', CASE WHEN v_all_read THEN 'on' ELSE 'off' END, true),
          set_config('app.clinical_all_write', CASE WHEN v_all_write THEN 'on' ELSE 'off' END, true),
          set_config('app.opened_for', v.clinic_id::text || '/' || v.user_id::text, true);
  RETURN QUERY
    SELECT v.session_id, v.clinic_id, v.user_id, v.role, v.csrf_token_hash, v.expires_at,
           v.must_enrol_two_factor, v_time_zone, v_key, v_all_read, v_all_write;
END
$$;
