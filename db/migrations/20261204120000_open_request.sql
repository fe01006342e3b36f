-- Opens a clinic request in one round trip (ADR 0014).
--
-- Before: the session lookup, BEGIN, set_config for the tenant context, the clinic's
-- time zone, its data key and the clinical-access rule were each a statement of their
-- own, about half of the eleven a patient read sent. app_open_request() is the first
-- statement of the request's transaction: it resolves the session cookie exactly as
-- auth_resolve_session() does (revoked, idle, expired, deactivated: no row), sets the
-- tenant context for this transaction only (set_config(..., true), as withClinic does),
-- and returns what every clinic route needs: who, their role, the CSRF hash, the
-- clinic's time zone, the id of its data key (the server caches unwrapped keys by it)
-- and whether the role's clinical access covers every patient (then no per-patient
-- check is needed). No row: no live session, and no context is set.
--
-- Called only from server/db/with-clinic.ts (openClinicRequest), the one TypeScript
-- place that establishes tenant context.

CREATE FUNCTION app_open_request(p_token_hash text, p_now timestamptz, p_idle interval,
                                 p_request_id text, p_ip text, p_user_agent text)
  RETURNS TABLE (session_id uuid, clinic_id uuid, user_id uuid, role text, csrf_token_hash text,
                 expires_at timestamptz, must_enrol_two_factor boolean, time_zone text,
                 data_key_id uuid, clinical_all_read boolean, clinical_all_write boolean)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v record;
BEGIN
  SELECT * INTO v FROM auth_resolve_session(p_token_hash, p_now, p_idle) s LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM set_config('app.clinic_id', v.clinic_id::text, true);
  PERFORM set_config('app.user_id', v.user_id::text, true);
  PERFORM set_config('app.request_id', COALESCE(p_request_id, ''), true);
  PERFORM set_config('app.ip', COALESCE(p_ip, ''), true);
  PERFORM set_config('app.user_agent', COALESCE(left(p_user_agent, 500), ''), true);
  PERFORM set_config('app.now', p_now::text, true);
  RETURN QUERY
    SELECT v.session_id, v.clinic_id, v.user_id, v.role, v.csrf_token_hash, v.expires_at,
           v.must_enrol_two_factor, c.time_zone, k.id,
           app_clinical_all(false), app_clinical_all(true)
    FROM clinics c
    LEFT JOIN clinic_keys k ON k.clinic_id = c.id
    WHERE c.id = v.clinic_id;
END
$$;
REVOKE ALL ON FUNCTION app_open_request(text, timestamptz, interval, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_open_request(text, timestamptz, interval, text, text, text) TO niramaya_app;
