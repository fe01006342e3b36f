-- Idempotency keys: a client that retries a create after losing the response (a dropped
-- connection on clinic Wi-Fi) sends the same Idempotency-Key and gets the first answer again
-- instead of a second patient. See server/http/idempotency.ts for the protocol.
--
-- The row is written in the create's own transaction (clinicRoute): inserted first, so a
-- concurrent retry with the same key waits on it and then finds the answer, and completed with
-- the encrypted answer before the commit, so the create and its key commit together or not at
-- all. response_status is NULL only inside that transaction.

CREATE TABLE idempotency_keys (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  user_id          uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  -- 1-255 visible ASCII characters, as the header allows.
  key              text NOT NULL CHECK (key ~ '^[!-~]{1,255}$'),
  -- sha256 of method, path and body: the same key with another request is refused.
  request_hash     text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
  -- NULL while the first request is still running.
  response_status  int CHECK (response_status BETWEEN 200 AND 299),
  -- The response body, encrypted with the clinic's data key: it holds what the create returned
  -- (a patient's name and phone), so it is protected as the record itself is.
  response_body    bytea,
  created_at       timestamptz NOT NULL DEFAULT app_now(),
  completed_at     timestamptz,
  PRIMARY KEY (clinic_id, user_id, key),
  CHECK ((response_status IS NULL) = (response_body IS NULL)),
  CHECK ((response_status IS NULL) = (completed_at IS NULL))
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
COMMENT ON TABLE idempotency_keys IS E'Idempotency-Key of each create (per clinic and user) with a hash of the request and the encrypted response, so a retried request is answered again instead of run twice. Retention: 24 hours (deleted by the worker).';

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON idempotency_keys
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Keys are the sender's own: another user's request is never replayed to them.
CREATE POLICY own_keys ON idempotency_keys AS RESTRICTIVE
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid);
GRANT SELECT, INSERT, DELETE ON idempotency_keys TO niramaya_app;
GRANT UPDATE (response_status, response_body, completed_at) ON idempotency_keys TO niramaya_app;

-- The worker deletes keys older than the retention across all clinics. It runs without a
-- tenant context, so this is its one door (like audit_seal): it only ever deletes old keys.
CREATE FUNCTION idempotency_keys_expire(p_before timestamptz, p_limit int) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_count int;
BEGIN
  DELETE FROM idempotency_keys k
    WHERE (k.clinic_id, k.user_id, k.key) IN (
      SELECT clinic_id, user_id, key FROM idempotency_keys
      WHERE created_at < p_before ORDER BY created_at LIMIT p_limit);
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION idempotency_keys_expire(timestamptz, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION idempotency_keys_expire(timestamptz, int) TO niramaya_app;
