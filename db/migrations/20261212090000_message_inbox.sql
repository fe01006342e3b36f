-- Messaging, part 2 (issue #14 items 3 and 7; PRODUCT.md §9): patients' replies land in the
-- clinic's inbox as rows of `messages` (direction 'in'), the front desk answers them with free
-- text inside WhatsApp's 24-hour service window, and a STOP reply withdraws the patient's
-- WhatsApp consent through the consent ledger and is answered once. ADR 0025.

-- Answering patients' messages: the front desk and those who run the clinic.
INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'messaging.reply'), ('admin', 'messaging.reply'), ('receptionist', 'messaging.reply');

-- 1. Conversations in the outbox table. A reply is a row like any message: one conversation per
-- patient is one query, and retention (texts 90 days, rows a year) covers both directions.
ALTER TABLE messages
  ADD COLUMN direction text NOT NULL DEFAULT 'out' CHECK (direction IN ('out', 'in')),
  -- HMAC-SHA256 of the patient's number (+91 and ten digits) under a platform key derived from
  -- the master key: how a reply from a number finds the clinic that wrote to it, without the
  -- number being stored or searchable in clear. Set when a message is sent or received.
  ADD COLUMN contact_key text CHECK (contact_key ~ '^[0-9a-f]{64}$');
ALTER TABLE messages DROP CONSTRAINT messages_kind_check;
ALTER TABLE messages ADD CONSTRAINT messages_kind_check CHECK (kind IN (
  'appointment_confirmation', 'appointment_reminder', 'appointment_moved', 'appointment_cancelled',
  'recall_reminder', 'payment_reminder', 'document_ready',
  -- Free text: a staff member's reply, and the one answer to a STOP.
  'reply', 'opt_out_confirmation',
  -- From the patient: a message, or a STOP.
  'inbound', 'opt_out'));
ALTER TABLE messages DROP CONSTRAINT messages_status_check;
ALTER TABLE messages ADD CONSTRAINT messages_status_check CHECK (status IN
  ('queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'cancelled', 'skipped', 'received'));
ALTER TABLE messages DROP CONSTRAINT messages_skip_reason_check;
ALTER TABLE messages ADD CONSTRAINT messages_skip_reason_check CHECK (skip_reason IN
  ('no_consent', 'no_mobile', 'appointment_changed', 'too_late', 'messaging_off', 'window_closed'));
ALTER TABLE messages ADD CONSTRAINT messages_direction_kind CHECK (
  (direction = 'in') = (kind IN ('inbound', 'opt_out')) AND (direction = 'in') = (status = 'received'));
CREATE INDEX messages_contact ON messages (contact_key, created_at DESC) WHERE contact_key IS NOT NULL;
CREATE INDEX messages_inbound ON messages (clinic_id, patient_id, created_at DESC) WHERE direction = 'in';
GRANT UPDATE (contact_key) ON messages TO niramaya_app;

-- 2. Who reads and writes which rows. Appointment writers (doctors among them) plan and cancel
-- appointment messages, so they see the queued and cancelled ones only: what was sent, and
-- conversations, are for messaging.read. A reply is written by messaging.reply.
DROP POLICY role_read ON messages;
CREATE POLICY role_read ON messages AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.read')) OR (SELECT app_can('messaging.send'))
         OR (SELECT app_can('messaging.retain'))
         OR ((SELECT app_can('schedule.write')) AND direction = 'out'
             AND status IN ('queued', 'cancelled')));
DROP POLICY role_insert ON messages;
CREATE POLICY role_insert ON messages AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.send'))
              OR ((SELECT app_can('schedule.write')) AND appointment_id IS NOT NULL
                  AND status = 'queued')
              OR ((SELECT app_can('messaging.reply')) AND kind = 'reply' AND status = 'queued'));
DROP POLICY role_update ON messages;
CREATE POLICY role_update ON messages AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('messaging.send'))
         OR ((SELECT app_can('schedule.write')) AND appointment_id IS NOT NULL
             AND status IN ('queued', 'cancelled')))
  WITH CHECK ((SELECT app_can('messaging.send'))
              OR ((SELECT app_can('schedule.write')) AND appointment_id IS NOT NULL
                  AND status IN ('queued', 'cancelled')));
-- A staff reply's text is written with it (sealed), before it is sent.
DROP POLICY role_insert ON message_bodies;
CREATE POLICY role_insert ON message_bodies AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.send')) OR (SELECT app_can('messaging.reply')));

-- 3. How far the front desk has read each patient's conversation: unread counts.
CREATE TABLE message_threads (
  clinic_id    uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  patient_id   uuid NOT NULL,
  seen_up_to   timestamptz NOT NULL,
  seen_by      uuid REFERENCES users (id) ON DELETE RESTRICT,
  updated_at   timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, patient_id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
COMMENT ON TABLE message_threads IS E'Per patient: how far the front desk has read the WhatsApp conversation. Kept with the patient.';
CREATE TRIGGER message_threads_set_updated_at BEFORE UPDATE ON message_threads
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
ALTER TABLE message_threads ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_threads FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON message_threads
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON message_threads AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.read')));
CREATE POLICY role_insert ON message_threads AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.reply')));
CREATE POLICY role_update ON message_threads AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('messaging.reply'))) WITH CHECK ((SELECT app_can('messaging.reply')));
GRANT SELECT, INSERT ON message_threads TO niramaya_app;
GRANT UPDATE (seen_up_to, seen_by) ON message_threads TO niramaya_app;

-- 4. Which clinic a reply from a number belongs to (the platform's shared sender serves every
-- clinic from one number): the clinic of the message it answers (WhatsApp's context id), else
-- the clinic that last sent this number a message through this provider. Clinic id only, as
-- messaging_clinic_of. A number no clinic has written to belongs to nobody: ignored.
CREATE FUNCTION messaging_clinic_for_reply(p_provider text, p_contact_keys text[], p_context_id text)
  RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT clinic_id FROM (
    SELECT m.clinic_id, 0 AS rank, m.created_at AS at FROM messages m
    WHERE p_context_id IS NOT NULL AND m.provider = p_provider
      AND m.provider_message_id = p_context_id AND m.contact_key = ANY (p_contact_keys)
    UNION ALL
    SELECT m.clinic_id, 1 AS rank, COALESCE(m.sent_at, m.attempt_started_at, m.created_at) FROM messages m
    WHERE m.contact_key = ANY (p_contact_keys) AND m.provider = p_provider AND m.direction = 'out'
      AND m.status IN ('sending', 'sent', 'delivered', 'read', 'failed')
  ) candidates
  ORDER BY rank, at DESC
  LIMIT 1
$$;
REVOKE ALL ON FUNCTION messaging_clinic_for_reply(text, text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION messaging_clinic_for_reply(text, text[], text) TO niramaya_app;

-- 5. STOP by WhatsApp: the consent ledger records a withdrawal with no staff member behind it.
-- Only the system receiving a reply (messaging.receive, held by no role) writes one, and only a
-- withdrawal (DPDP Act s.6(4): withdrawing is as easy as giving; giving needs a person).
ALTER TABLE consent_records DROP CONSTRAINT consent_records_capture_channel_check;
ALTER TABLE consent_records ADD CONSTRAINT consent_records_capture_channel_check CHECK (capture_channel IN
  ('in_person_tablet', 'in_person_paper', 'phone_call', 'patient_request', 'whatsapp_reply'));
ALTER TABLE consent_records ALTER COLUMN captured_by DROP NOT NULL;
ALTER TABLE consent_records ADD CONSTRAINT consent_records_captured_by_person CHECK (
  (captured_by IS NULL) = (capture_channel = 'whatsapp_reply')
  AND (capture_channel <> 'whatsapp_reply' OR action = 'withdrawn'));
DROP POLICY role_write ON consent_records;
CREATE POLICY role_write ON consent_records AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('patient.write'))
              OR ((SELECT app_can('messaging.receive')) AND capture_channel = 'whatsapp_reply'
                  AND action = 'withdrawn'));

-- 6. A withdrawn WhatsApp consent cancels the patient's queued WhatsApp messages at once,
-- whoever withdrew it (the consent screen, a STOP reply): the database does it, so no path can
-- forget. The sending worker checks consent again anyway (ADR 0025). Runs as the owner, scoped
-- to the new record's clinic and patient. A reply to a STOP (opt_out_confirmation) is not
-- cancelled: it is the one message the patient still gets.
CREATE FUNCTION messaging_cancel_on_withdrawal() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  -- A withdrawal, or a new form that answers no for WhatsApp.
  IF (NEW.items ->> 'channel.whatsapp') = 'false' THEN
    UPDATE messages SET status = 'cancelled'
    WHERE clinic_id = NEW.clinic_id AND patient_id = NEW.patient_id AND channel = 'whatsapp'
      AND direction = 'out' AND status = 'queued' AND kind <> 'opt_out_confirmation';
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION messaging_cancel_on_withdrawal() FROM PUBLIC;
CREATE TRIGGER messaging_cancel_on_withdrawal AFTER INSERT ON consent_records
  FOR EACH ROW EXECUTE FUNCTION messaging_cancel_on_withdrawal();
