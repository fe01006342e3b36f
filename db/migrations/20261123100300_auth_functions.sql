-- The few operations that must happen before a tenant context exists (sign-up,
-- sign-in, session lookup, invitation acceptance, password reset). Each is a
-- SECURITY DEFINER function owned by niramaya_owner with a pinned search_path:
-- small, reviewed doors through RLS instead of a privileged connection.
-- Times come from the caller (the server's clock) so tests can move time.

-- Sign-up: the clinic, its first branch, the owner's account and membership.
-- A duplicate email raises unique_violation (23505), which the API answers with 409.
CREATE FUNCTION auth_sign_up(p_clinic_name text, p_state_code text, p_owner_name text,
                             p_email text, p_password_hash text)
  RETURNS TABLE (clinic_id uuid, user_id uuid, branch_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_clinic uuid := gen_random_uuid();
  v_user uuid;
  v_branch uuid;
BEGIN
  INSERT INTO users (email, full_name, password_hash)
    VALUES (p_email, p_owner_name, p_password_hash) RETURNING id INTO v_user;
  -- The change triggers record who did it: the new owner, in the new clinic.
  PERFORM set_config('app.clinic_id', v_clinic::text, true);
  PERFORM set_config('app.user_id', v_user::text, true);
  INSERT INTO clinics (id, name, state_code) VALUES (v_clinic, p_clinic_name, p_state_code);
  INSERT INTO memberships (clinic_id, user_id, role) VALUES (v_clinic, v_user, 'owner');
  INSERT INTO branches (clinic_id, name) VALUES (v_clinic, 'Main branch') RETURNING id INTO v_branch;
  RETURN QUERY SELECT v_clinic, v_user, v_branch;
END
$$;

-- Everything sign-in needs about an email: the hash to verify, TOTP state and
-- the clinics where the account is active. No rows: unknown email.
CREATE FUNCTION auth_login_lookup(p_email text)
  RETURNS TABLE (user_id uuid, full_name text, password_hash text, totp_secret text,
                 totp_enabled boolean, totp_last_step bigint,
                 clinic_id uuid, clinic_name text, role text, clinic_requires_two_factor boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT u.id, u.full_name, u.password_hash, u.totp_secret, u.totp_enabled_at IS NOT NULL,
         u.totp_last_step, m.clinic_id, c.name, m.role, c.require_two_factor
  FROM users u
  LEFT JOIN memberships m ON m.user_id = u.id AND m.deactivated_at IS NULL
  LEFT JOIN clinics c ON c.id = m.clinic_id
  WHERE u.email = lower(btrim(p_email))
  ORDER BY c.name
$$;

-- Records the TOTP time step just used, so the same code cannot be replayed.
CREATE FUNCTION auth_use_totp_step(p_user uuid, p_step bigint) RETURNS boolean
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  WITH used AS (
    UPDATE users SET totp_last_step = p_step
    WHERE id = p_user AND (totp_last_step IS NULL OR totp_last_step < p_step)
    RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM used)
$$;

-- Resolves a session cookie. Refuses revoked, idle-expired and absolute-expired
-- sessions, and sessions whose membership was deactivated. Touches last_seen_at
-- at most once a minute to keep reads cheap.
CREATE FUNCTION auth_resolve_session(p_token_hash text, p_now timestamptz, p_idle interval)
  RETURNS TABLE (session_id uuid, clinic_id uuid, user_id uuid, role text, csrf_token_hash text,
                 expires_at timestamptz, must_enrol_two_factor boolean)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v sessions;
BEGIN
  SELECT * INTO v FROM sessions s
  WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL
    AND s.expires_at > p_now AND s.last_seen_at > p_now - p_idle;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF v.last_seen_at < p_now - interval '1 minute' THEN
    UPDATE sessions SET last_seen_at = p_now WHERE sessions.clinic_id = v.clinic_id AND id = v.id;
  END IF;
  RETURN QUERY
    SELECT v.id, v.clinic_id, v.user_id, m.role, v.csrf_token_hash, v.expires_at,
           (c.require_two_factor AND m.role IN ('owner', 'admin') AND u.totp_enabled_at IS NULL)
    FROM memberships m
    JOIN users u ON u.id = m.user_id
    JOIN clinics c ON c.id = m.clinic_id
    WHERE m.clinic_id = v.clinic_id AND m.user_id = v.user_id AND m.deactivated_at IS NULL;
END
$$;

-- Ends every session of the acting user, in every clinic ("log out everywhere").
CREATE FUNCTION auth_revoke_my_sessions(p_now timestamptz) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_user uuid := NULLIF(current_setting('app.user_id', true), '')::uuid;
  v_count int;
BEGIN
  IF v_user IS NULL THEN
    RAISE EXCEPTION 'no user in context' USING ERRCODE = '42501';
  END IF;
  UPDATE sessions SET revoked_at = p_now WHERE user_id = v_user AND revoked_at IS NULL;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;

-- The acting user's password hash and TOTP secret (to confirm the current
-- password, or set up two-factor). Only ever the caller's own.
CREATE FUNCTION auth_my_secrets()
  RETURNS TABLE (password_hash text, totp_secret text, totp_enabled boolean, totp_last_step bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT u.password_hash, u.totp_secret, u.totp_enabled_at IS NOT NULL, u.totp_last_step
  FROM users u WHERE u.id = NULLIF(current_setting('app.user_id', true), '')::uuid
$$;

-- Looks an invitation up by its token: status is 'valid', 'expired', 'used' or 'revoked'.
CREATE FUNCTION auth_find_invitation(p_token_hash text, p_now timestamptz)
  RETURNS TABLE (clinic_id uuid, invitation_id uuid, clinic_name text, email text, role text,
                 status text, has_account boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT i.clinic_id, i.id, c.name, i.email, i.role,
         CASE WHEN i.accepted_at IS NOT NULL THEN 'used'
              WHEN i.revoked_at IS NOT NULL THEN 'revoked'
              WHEN i.expires_at <= p_now THEN 'expired'
              ELSE 'valid' END,
         EXISTS (SELECT 1 FROM users u WHERE u.email = i.email)
  FROM invitations i JOIN clinics c ON c.id = i.clinic_id
  WHERE i.token_hash = p_token_hash
$$;

-- Accepts a valid invitation: creates the account (or reuses the existing one
-- for that email, whose password must then be given by the caller beforehand)
-- and the membership. Single use: the row lock makes a second, concurrent
-- acceptance see accepted_at and fail.
CREATE FUNCTION auth_accept_invitation(p_token_hash text, p_now timestamptz, p_full_name text,
                                       p_password_hash text)
  RETURNS TABLE (clinic_id uuid, user_id uuid, status text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v invitations;
  v_user uuid;
BEGIN
  SELECT * INTO v FROM invitations i WHERE i.token_hash = p_token_hash FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT NULL::uuid, NULL::uuid, 'invalid'; RETURN;
  ELSIF v.accepted_at IS NOT NULL OR v.revoked_at IS NOT NULL THEN
    RETURN QUERY SELECT v.clinic_id, NULL::uuid, 'used'; RETURN;
  ELSIF v.expires_at <= p_now THEN
    RETURN QUERY SELECT v.clinic_id, NULL::uuid, 'expired'; RETURN;
  END IF;
  SELECT id INTO v_user FROM users WHERE email = v.email;
  IF v_user IS NULL THEN
    INSERT INTO users (email, full_name, password_hash)
      VALUES (v.email, p_full_name, p_password_hash) RETURNING id INTO v_user;
  END IF;
  PERFORM set_config('app.clinic_id', v.clinic_id::text, true);
  PERFORM set_config('app.user_id', v_user::text, true);
  INSERT INTO memberships (clinic_id, user_id, role, registration_number, registration_council)
    VALUES (v.clinic_id, v_user, v.role, v.registration_number, v.registration_council)
    ON CONFLICT ON CONSTRAINT memberships_clinic_id_user_id_key
    DO UPDATE SET role = EXCLUDED.role, deactivated_at = NULL,
                  registration_number = EXCLUDED.registration_number,
                  registration_council = EXCLUDED.registration_council;
  UPDATE invitations SET accepted_at = p_now, accepted_user_id = v_user
    WHERE invitations.clinic_id = v.clinic_id AND id = v.id;
  RETURN QUERY SELECT v.clinic_id, v_user, 'accepted';
END
$$;

-- Starts a password reset for an email, if it belongs to an account. Returns
-- nothing for unknown emails; the API answers the same either way.
CREATE FUNCTION auth_request_password_reset(p_email text, p_token_hash text, p_now timestamptz,
                                            p_ttl interval)
  RETURNS TABLE (user_id uuid, full_name text, email text)
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  WITH target AS (SELECT u.id, u.full_name, u.email FROM users u WHERE u.email = lower(btrim(p_email))),
       created AS (
         INSERT INTO password_resets (user_id, token_hash, created_at, expires_at)
         SELECT id, p_token_hash, p_now, p_now + p_ttl FROM target
         RETURNING 1)
  SELECT t.id, t.full_name, t.email FROM target t WHERE EXISTS (SELECT 1 FROM created)
$$;

-- Uses a reset token: sets the new password, spends the token (and any other
-- open tokens of the account) and ends every session. Status: 'reset',
-- 'invalid', 'used' or 'expired'.
CREATE FUNCTION auth_reset_password(p_token_hash text, p_now timestamptz, p_password_hash text)
  RETURNS TABLE (user_id uuid, status text, clinic_ids uuid[])
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v password_resets;
BEGIN
  SELECT * INTO v FROM password_resets r WHERE r.token_hash = p_token_hash FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT NULL::uuid, 'invalid', '{}'::uuid[]; RETURN;
  ELSIF v.used_at IS NOT NULL THEN
    RETURN QUERY SELECT v.user_id, 'used', '{}'::uuid[]; RETURN;
  ELSIF v.expires_at <= p_now THEN
    RETURN QUERY SELECT v.user_id, 'expired', '{}'::uuid[]; RETURN;
  END IF;
  UPDATE users SET password_hash = p_password_hash, password_changed_at = p_now WHERE id = v.user_id;
  UPDATE password_resets SET used_at = p_now WHERE password_resets.user_id = v.user_id AND used_at IS NULL;
  UPDATE sessions SET revoked_at = p_now WHERE sessions.user_id = v.user_id AND revoked_at IS NULL;
  RETURN QUERY SELECT v.user_id, 'reset',
    ARRAY(SELECT m.clinic_id FROM memberships m WHERE m.user_id = v.user_id AND m.deactivated_at IS NULL);
END
$$;

-- Throttling: is any of these keys locked at p_now? Returns the latest lock end.
CREATE FUNCTION auth_throttle_locked_until(p_keys text[], p_now timestamptz) RETURNS timestamptz
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT max(locked_until) FROM auth_throttle WHERE key = ANY(p_keys) AND locked_until > p_now
$$;

-- Counts one failure against each key (with its own limit); a key reaching its
-- limit within the window is locked. Returns the keys that became locked now.
CREATE FUNCTION auth_throttle_fail(p_keys text[], p_limits int[], p_now timestamptz,
                                   p_window interval, p_lock interval)
  RETURNS text[]
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_locked text[] := '{}';
  i int;
  v auth_throttle;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
    INSERT INTO auth_throttle AS t (key, failures, window_start)
      VALUES (p_keys[i], 1, p_now)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.window_start <= p_now - p_window THEN 1 ELSE t.failures + 1 END,
        window_start = CASE WHEN t.window_start <= p_now - p_window THEN p_now ELSE t.window_start END
      RETURNING * INTO v;
    IF v.failures >= p_limits[i] AND (v.locked_until IS NULL OR v.locked_until <= p_now) THEN
      UPDATE auth_throttle SET locked_until = p_now + p_lock, failures = 0, window_start = p_now
        WHERE key = p_keys[i];
      v_locked := v_locked || p_keys[i];
    END IF;
  END LOOP;
  RETURN v_locked;
END
$$;

-- A successful sign-in forgets earlier failures, but never lifts a running lock.
CREATE FUNCTION auth_throttle_clear(p_key text, p_now timestamptz) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  DELETE FROM auth_throttle WHERE key = p_key AND (locked_until IS NULL OR locked_until <= p_now)
$$;

DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY[
    'auth_sign_up(text, text, text, text, text)',
    'auth_login_lookup(text)',
    'auth_use_totp_step(uuid, bigint)',
    'auth_resolve_session(text, timestamptz, interval)',
    'auth_revoke_my_sessions(timestamptz)',
    'auth_my_secrets()',
    'auth_find_invitation(text, timestamptz)',
    'auth_accept_invitation(text, timestamptz, text, text)',
    'auth_request_password_reset(text, text, timestamptz, interval)',
    'auth_reset_password(text, timestamptz, text)',
    'auth_throttle_locked_until(text[], timestamptz)',
    'auth_throttle_fail(text[], int[], timestamptz, interval, interval)',
    'auth_throttle_clear(text, timestamptz)'
  ] LOOP
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO niramaya_app', f);
  END LOOP;
END
$$;
