-- Recording an audit row without planning SQL on every call (issue #9, item 7: fewer costs on
-- the request path; every read of personal data and every change writes one).
--
-- Before: audit_insert() read the request's context through audit_context_text(), a SQL
-- function with a SET clause, five times per row; audit_record_read() and audit_record_event()
-- were SQL functions with SECURITY DEFINER and SET. PostgreSQL never inlines such functions and
-- parses and plans their bodies on every call, so one audit row cost seven plannings. Now the
-- context is read inline and the two wrappers are PL/pgSQL, whose statements are planned once
-- per connection. Behaviour is unchanged: the same row, the same refusal without a clinic, the
-- same grants (CREATE OR REPLACE keeps them). Measured on the statements of a patient read
-- (docs/benchmarks.md, "The patient read").

CREATE OR REPLACE FUNCTION audit_insert(
  p_action text, p_table text, p_row_id text, p_patient_id uuid,
  p_before jsonb, p_after jsonb, p_details jsonb
) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_clinic uuid := NULLIF(current_setting('app.clinic_id', true), '')::uuid;
BEGIN
  IF v_clinic IS NULL THEN
    RAISE EXCEPTION 'audit: no clinic context' USING ERRCODE = '42501';
  END IF;
  INSERT INTO audit_events (clinic_id, actor_user_id, actor_role, action, table_name, row_id,
                            patient_id, before, after, details, request_id, ip, user_agent)
  VALUES (v_clinic, NULLIF(current_setting('app.user_id', true), '')::uuid, app_current_role(),
          p_action, p_table, p_row_id, p_patient_id, p_before, p_after, p_details,
          left(NULLIF(current_setting('app.request_id', true), ''), 100),
          NULLIF(current_setting('app.ip', true), '')::inet,
          left(NULLIF(current_setting('app.user_agent', true), ''), 500));
END
$$;

CREATE OR REPLACE FUNCTION audit_record_read(p_table text, p_row_id text, p_patient_id uuid, p_details jsonb)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM audit_insert('read', p_table, p_row_id, p_patient_id, NULL, NULL, p_details);
END
$$;

CREATE OR REPLACE FUNCTION audit_record_event(p_action text, p_details jsonb) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM audit_insert(p_action, NULL, NULL, NULL, NULL, NULL, p_details);
END
$$;
