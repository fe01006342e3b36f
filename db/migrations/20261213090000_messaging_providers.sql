-- A clinic's own WhatsApp sender (issue #14 item 2): Meta's Cloud API with the clinic's own
-- number, or its Interakt or Wati account. No row: the platform's shared sender (or the local
-- outbox). The credentials are one JSON document sealed with the clinic's data key (AES-256-GCM,
-- server/modules/clinic-keys), so a database dump alone reveals no token; staff see only the label.
CREATE TABLE messaging_providers (
  clinic_id           uuid PRIMARY KEY REFERENCES clinics (id) ON DELETE RESTRICT,
  provider            text NOT NULL CHECK (provider IN ('meta', 'interakt', 'wati')),
  credentials_cipher  bytea NOT NULL CHECK (octet_length(credentials_cipher) BETWEEN 1 AND 16384),
  -- What people recognise the connection by (the end of Meta's phone number id, the Wati host):
  -- never a secret.
  label               text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  -- SHA-256 of the secret in the clinic's webhook address (/webhooks/whatsapp/{provider}/{token}):
  -- the address itself is the proof for providers that sign nothing (Wati). The token is kept,
  -- sealed, among the credentials so owners can read the address again.
  webhook_token_hash  bytea NOT NULL UNIQUE CHECK (octet_length(webhook_token_hash) = 32),
  -- When the provider last accepted the test message sent on connecting.
  tested_at           timestamptz NOT NULL,
  connected_by        uuid REFERENCES users (id) ON DELETE RESTRICT,
  created_at          timestamptz NOT NULL DEFAULT app_now(),
  updated_at          timestamptz NOT NULL DEFAULT app_now()
);
COMMENT ON TABLE messaging_providers IS E'Per clinic: its own WhatsApp sender and sealed credentials. No row: the shared sender. Deleted on disconnect.';
CREATE TRIGGER messaging_providers_set_updated_at BEFORE UPDATE ON messaging_providers
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
ALTER TABLE messaging_providers ENABLE ROW LEVEL SECURITY;
ALTER TABLE messaging_providers FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON messaging_providers
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Read by those who manage messaging, the sending worker and the webhook taking in the clinic's
-- events (both system-only); written only by those who manage messaging.
CREATE POLICY role_read ON messaging_providers AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.manage')) OR (SELECT app_can('messaging.send'))
         OR (SELECT app_can('messaging.receive')));
CREATE POLICY role_insert ON messaging_providers AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.manage')));
CREATE POLICY role_update ON messaging_providers AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('messaging.manage'))) WITH CHECK ((SELECT app_can('messaging.manage')));
CREATE POLICY role_delete ON messaging_providers AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('messaging.manage')));
GRANT SELECT, INSERT, DELETE ON messaging_providers TO niramaya_app;
GRANT UPDATE (provider, credentials_cipher, label, webhook_token_hash, tested_at, connected_by)
  ON messaging_providers TO niramaya_app;
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON messaging_providers
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- The audit log keeps who connected which provider when, never the sealed credentials: the log
-- is append-only, and a disconnected clinic's tokens must not outlive the disconnection there.
CREATE OR REPLACE FUNCTION audit_capture() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_before jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  v_after  jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
  v_row    jsonb := COALESCE(v_after, v_before);
  v_hidden text[] := ARRAY['token_hash', 'csrf_token_hash', 'password_hash', 'totp_secret',
                           'credentials_cipher', 'webhook_token_hash'];
  v_patient text := CASE WHEN TG_TABLE_NAME = 'patients' THEN v_row ->> 'id' ELSE v_row ->> 'patient_id' END;
BEGIN
  v_before := v_before - v_hidden;
  v_after := v_after - v_hidden;
  IF TG_OP = 'UPDATE' AND v_before = v_after THEN
    RETURN NULL;
  END IF;
  PERFORM audit_insert(lower(TG_OP), TG_TABLE_NAME, v_row ->> 'id', v_patient::uuid,
                       v_before, v_after, NULL);
  RETURN NULL;
END
$$;

-- The clinic whose webhook address carries this token: the one lookup across clinics, answering
-- a clinic id and nothing else (like messaging_clinic_of). The webhook then works inside that
-- clinic's context and reads its credentials through RLS.
CREATE FUNCTION messaging_provider_clinic(p_provider text, p_token_hash bytea) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT p.clinic_id FROM messaging_providers p
  WHERE p.provider = p_provider AND p.webhook_token_hash = p_token_hash
$$;
REVOKE ALL ON FUNCTION messaging_provider_clinic(text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION messaging_provider_clinic(text, bytea) TO niramaya_app;

-- Which sender a message went through: the platform's shared one, or the clinic's own. A reply
-- or a status reaching the shared sender's webhook belongs only to messages the shared sender
-- sent, so a clinic's own Meta number never draws in replies meant for the shared number.
ALTER TABLE messages ADD COLUMN sent_by_clinic_provider boolean NOT NULL DEFAULT false;
GRANT UPDATE (sent_by_clinic_provider) ON messages TO niramaya_app;

CREATE OR REPLACE FUNCTION messaging_clinic_of(p_provider text, p_provider_message_id text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT m.clinic_id FROM messages m
  WHERE m.provider = p_provider AND m.provider_message_id = p_provider_message_id
    AND NOT m.sent_by_clinic_provider
$$;

CREATE OR REPLACE FUNCTION messaging_clinic_for_reply(p_provider text, p_contact_keys text[], p_context_id text)
  RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT clinic_id FROM (
    SELECT m.clinic_id, 0 AS rank, m.created_at AS at FROM messages m
    WHERE p_context_id IS NOT NULL AND m.provider = p_provider
      AND m.provider_message_id = p_context_id AND m.contact_key = ANY (p_contact_keys)
      AND NOT m.sent_by_clinic_provider
    UNION ALL
    SELECT m.clinic_id, 1 AS rank, COALESCE(m.sent_at, m.attempt_started_at, m.created_at) FROM messages m
    WHERE m.contact_key = ANY (p_contact_keys) AND m.provider = p_provider AND m.direction = 'out'
      AND m.status IN ('sending', 'sent', 'delivered', 'read', 'failed')
      AND NOT m.sent_by_clinic_provider
  ) candidates
  ORDER BY rank, at DESC
  LIMIT 1
$$;
