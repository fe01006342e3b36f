-- The audit log: every change to clinic data (by trigger, in the same
-- transaction), every read of personal data (audit_record_read), and every
-- authentication event (audit_record_event). Append-only for the app role,
-- and hash-chained per clinic by audit_seal() shortly after commit.
-- See: DPDP Rules 2025, r. 6(1)(c) (visibility on access through logs) and
-- r. 6(1)(e) (retain logs for one year); PRODUCT.md "Audit".

CREATE TABLE audit_events (
  clinic_id      uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id             bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_user_id  uuid,
  actor_role     text,
  action         text NOT NULL CHECK (action ~ '^[a-z_]+(\.[a-z_]+)*$'),
  table_name     text,
  row_id         text,
  patient_id     uuid,
  before         jsonb,
  after          jsonb,
  details        jsonb,
  request_id     text CHECK (length(request_id) <= 100),
  ip             inet,
  user_agent     text CHECK (length(user_agent) <= 500),
  -- Filled in by audit_seal(), never by the writer:
  chain_seq      bigint,
  prev_hash      text,
  hash           text,
  sealed_at      timestamptz,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, chain_seq)
);
CREATE INDEX audit_events_time ON audit_events (clinic_id, occurred_at DESC);
CREATE INDEX audit_events_patient ON audit_events (clinic_id, patient_id, occurred_at DESC) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_events_actor ON audit_events (clinic_id, actor_user_id, occurred_at DESC);
CREATE INDEX audit_events_unsealed ON audit_events (clinic_id, id) WHERE chain_seq IS NULL;
COMMENT ON TABLE audit_events IS E'Append-only audit log, hash-chained per clinic. The app role may only read it (owners and admins). Retention: at least 1 year (DPDP Rules r. 6(1)(e)).';

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON audit_events
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON audit_events AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('audit.read')));
-- SELECT only: no INSERT, UPDATE or DELETE for the app role. Rows arrive
-- through the SECURITY DEFINER functions below, which fill who/where from the
-- transaction's context rather than trusting the caller.
GRANT SELECT ON audit_events TO niramaya_app;

-- One row per clinic: the head of its chain. Owner-only.
CREATE TABLE audit_chain_heads (
  clinic_id  uuid PRIMARY KEY REFERENCES clinics (id) ON DELETE RESTRICT,
  last_seq   bigint NOT NULL,
  last_hash  text NOT NULL
);
ALTER TABLE audit_chain_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_chain_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON audit_chain_heads
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
COMMENT ON TABLE audit_chain_heads IS E'Last sequence number and hash of each clinic''s audit chain; detects a truncated tail. Owner-only.';

-- The request context that withClinic() puts in the transaction.
CREATE FUNCTION audit_context_text(name text) RETURNS text
  LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
  SELECT NULLIF(current_setting('app.' || name, true), '')
$$;

CREATE FUNCTION audit_insert(
  p_action text, p_table text, p_row_id text, p_patient_id uuid,
  p_before jsonb, p_after jsonb, p_details jsonb
) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_clinic uuid := audit_context_text('clinic_id')::uuid;
BEGIN
  IF v_clinic IS NULL THEN
    RAISE EXCEPTION 'audit: no clinic context' USING ERRCODE = '42501';
  END IF;
  INSERT INTO audit_events (clinic_id, actor_user_id, actor_role, action, table_name, row_id,
                            patient_id, before, after, details, request_id, ip, user_agent)
  VALUES (v_clinic, audit_context_text('user_id')::uuid, app_current_role(), p_action, p_table,
          p_row_id, p_patient_id, p_before, p_after, p_details,
          left(audit_context_text('request_id'), 100),
          audit_context_text('ip')::inet, left(audit_context_text('user_agent'), 500));
END
$$;
REVOKE ALL ON FUNCTION audit_insert(text, text, text, uuid, jsonb, jsonb, jsonb) FROM PUBLIC;

-- Row-change capture for tenant tables. Secrets never enter the log.
CREATE FUNCTION audit_capture() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_before jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  v_after  jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
  v_row    jsonb := COALESCE(v_after, v_before);
  v_hidden text[] := ARRAY['token_hash', 'csrf_token_hash', 'password_hash', 'totp_secret'];
BEGIN
  v_before := v_before - v_hidden;
  v_after := v_after - v_hidden;
  IF TG_OP = 'UPDATE' AND v_before = v_after THEN
    RETURN NULL;
  END IF;
  PERFORM audit_insert(lower(TG_OP), TG_TABLE_NAME, v_row ->> 'id',
                       (v_row ->> 'patient_id')::uuid, v_before, v_after, NULL);
  RETURN NULL;
END
$$;

CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON clinics
  FOR EACH ROW EXECUTE FUNCTION audit_capture();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON branches
  FOR EACH ROW EXECUTE FUNCTION audit_capture();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION audit_capture();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON invitations
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Reads of personal or clinical data, recorded by the one helper modules call.
CREATE FUNCTION audit_record_read(p_table text, p_row_id text, p_patient_id uuid, p_details jsonb)
  RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT audit_insert('read', p_table, p_row_id, p_patient_id, NULL, NULL, p_details)
$$;

-- Authentication and administration events (login, logout, lockout, reset, invite, role change).
CREATE FUNCTION audit_record_event(p_action text, p_details jsonb) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT audit_insert(p_action, NULL, NULL, NULL, NULL, NULL, p_details)
$$;
REVOKE ALL ON FUNCTION audit_record_read(text, text, uuid, jsonb), audit_record_event(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_record_read(text, text, uuid, jsonb), audit_record_event(text, jsonb) TO niramaya_app;

-- What a link of the chain covers: every column except the chain's own.
CREATE FUNCTION audit_event_content(e audit_events) RETURNS text
  LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public AS $$
  SELECT jsonb_build_object(
    'clinic_id', e.clinic_id, 'id', e.id, 'occurred_at', e.occurred_at,
    'actor_user_id', e.actor_user_id, 'actor_role', e.actor_role, 'action', e.action,
    'table_name', e.table_name, 'row_id', e.row_id, 'patient_id', e.patient_id,
    'before', e.before, 'after', e.after, 'details', e.details,
    'request_id', e.request_id, 'ip', e.ip, 'user_agent', e.user_agent)::text
$$;
GRANT EXECUTE ON FUNCTION audit_event_content(audit_events) TO niramaya_app;

-- Chains committed, unsealed events in id order, a bounded batch per call.
-- Runs in the background worker, so writers never wait on a per-clinic lock;
-- the chain-head row lock makes concurrent sealers of one clinic take turns.
-- hash = sha256(prev_hash || '|' || chain_seq || '|' || content)
CREATE FUNCTION audit_seal(p_limit int) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_clinic uuid;
  v_seq bigint;
  v_hash text;
  v_event audit_events;
  v_sealed int := 0;
BEGIN
  FOR v_clinic IN
    SELECT DISTINCT e.clinic_id FROM audit_events e WHERE e.chain_seq IS NULL
  LOOP
    INSERT INTO audit_chain_heads (clinic_id, last_seq, last_hash)
      VALUES (v_clinic, 0, repeat('0', 64)) ON CONFLICT (clinic_id) DO NOTHING;
    SELECT last_seq, last_hash INTO v_seq, v_hash
      FROM audit_chain_heads WHERE clinic_id = v_clinic FOR UPDATE;
    FOR v_event IN
      SELECT * FROM audit_events e
      WHERE e.clinic_id = v_clinic AND e.chain_seq IS NULL
      ORDER BY e.id LIMIT p_limit - v_sealed
    LOOP
      v_seq := v_seq + 1;
      v_hash := encode(sha256(convert_to(v_hash || '|' || v_seq || '|' || audit_event_content(v_event), 'UTF8')), 'hex');
      UPDATE audit_events SET chain_seq = v_seq, prev_hash = (
               SELECT last_hash FROM audit_chain_heads WHERE clinic_id = v_clinic),
             hash = v_hash, sealed_at = clock_timestamp()
        WHERE clinic_id = v_clinic AND id = v_event.id;
      UPDATE audit_chain_heads SET last_seq = v_seq, last_hash = v_hash WHERE clinic_id = v_clinic;
      v_sealed := v_sealed + 1;
    END LOOP;
    EXIT WHEN v_sealed >= p_limit;
  END LOOP;
  RETURN v_sealed;
END
$$;
REVOKE ALL ON FUNCTION audit_seal(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_seal(int) TO niramaya_app;

-- The head of the current clinic's chain, for verification by those who may
-- read its audit log. (The audit:verify command reads audit_chain_heads as the owner.)
CREATE FUNCTION audit_chain_head() RETURNS TABLE (last_seq bigint, last_hash text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT h.last_seq, h.last_hash FROM audit_chain_heads h
  WHERE h.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid AND app_can('audit.read')
$$;
REVOKE ALL ON FUNCTION audit_chain_head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain_head() TO niramaya_app;
