-- Messaging (issue #14): the outbox of patient messages (WhatsApp first; SMS and email behind the
-- same provider interface) and each clinic's messaging settings. PRODUCT.md §9, ADR 0025.
--
-- A message row is written in the same transaction as the change that causes it (a booking, a
-- move, a cancellation) together with its send job (ADR 0024), so a rolled-back booking sends
-- nothing. The idempotency key (appointment, kind, scheduled time) is unique per clinic: the same
-- reminder planned twice is one row, sent once. Moving an appointment cancels its queued
-- reminders and plans new ones under new keys.

INSERT INTO role_capabilities (role, capability) VALUES
  -- The message log and the inbox: the front desk and those who run the clinic (issue #14 item 7).
  ('owner', 'messaging.read'), ('admin', 'messaging.read'), ('receptionist', 'messaging.read'),
  -- Providers, templates, reminder timings and quiet hours.
  ('owner', 'messaging.manage'), ('admin', 'messaging.manage');

CREATE TABLE messaging_settings (
  clinic_id           uuid PRIMARY KEY REFERENCES clinics (id) ON DELETE RESTRICT,
  -- whatsapp: sent by the worker through the configured provider; click_to_chat: drafted for
  -- staff to send from the clinic's own phone; off: nothing is planned.
  mode                text NOT NULL DEFAULT 'whatsapp' CHECK (mode IN ('whatsapp', 'click_to_chat', 'off')),
  send_confirmations  boolean NOT NULL DEFAULT true,
  -- Minutes before the appointment; at most four reminders, at most a week ahead.
  reminder_minutes    integer[] NOT NULL DEFAULT '{1440,120}'
                      CHECK (cardinality(reminder_minutes) <= 4
                             AND array_position(reminder_minutes, NULL) IS NULL
                             AND 5 <= ALL (reminder_minutes) AND 10080 >= ALL (reminder_minutes)),
  -- No messages from quiet_start to quiet_end in the clinic's time zone (held until the end).
  quiet_start         text NOT NULL DEFAULT '21:00' CHECK (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  quiet_end           text NOT NULL DEFAULT '08:00' CHECK (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  updated_at          timestamptz NOT NULL DEFAULT app_now()
);
COMMENT ON TABLE messaging_settings IS E'Per clinic: how patient messages go out, reminder timings and quiet hours. No row: the defaults.';
ALTER TABLE messaging_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE messaging_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON messaging_settings
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_insert ON messaging_settings AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.manage')));
CREATE POLICY role_update ON messaging_settings AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('messaging.manage'))) WITH CHECK ((SELECT app_can('messaging.manage')));
GRANT SELECT, INSERT, UPDATE ON messaging_settings TO niramaya_app;
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON messaging_settings
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

CREATE TABLE messages (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id           uuid NOT NULL,
  appointment_id       uuid,
  kind                 text NOT NULL CHECK (kind IN ('appointment_confirmation', 'appointment_reminder',
                         'appointment_moved', 'appointment_cancelled', 'recall_reminder',
                         'payment_reminder', 'document_ready')),
  channel              text NOT NULL CHECK (channel IN ('whatsapp', 'sms', 'email')),
  idempotency_key      text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
  -- When it may go out: its time, held past the clinic's quiet hours.
  due_at               timestamptz NOT NULL,
  -- queued → sending (an attempt is committed before the provider is called) → sent →
  -- delivered → read; or failed; cancelled (the appointment moved or was cancelled, consent was
  -- withdrawn) and skipped (found unsendable at send time: skip_reason says why).
  status               text NOT NULL DEFAULT 'queued' CHECK (status IN
                         ('queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'cancelled', 'skipped')),
  skip_reason          text CHECK (skip_reason IN ('no_consent', 'no_mobile', 'appointment_changed', 'too_late', 'messaging_off')),
  language             text CHECK (language IN ('en', 'hi')),
  provider             text CHECK (provider IN ('outbox', 'meta', 'interakt', 'wati')),
  attempts             smallint NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 100),
  attempt_started_at   timestamptz,
  provider_message_id  text CHECK (length(provider_message_id) BETWEEN 1 AND 200),
  -- The provider's error (an HTTP status or a WhatsApp error code), never its message text.
  error_code           text CHECK (length(error_code) BETWEEN 1 AND 60),
  created_at           timestamptz NOT NULL DEFAULT app_now(),
  updated_at           timestamptz NOT NULL DEFAULT app_now(),
  sent_at              timestamptz,
  delivered_at         timestamptz,
  read_at              timestamptz,
  failed_at            timestamptz,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, idempotency_key),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id) ON DELETE RESTRICT,
  CHECK ((status = 'skipped') = (skip_reason IS NOT NULL))
);
CREATE INDEX messages_patient ON messages (clinic_id, patient_id, created_at DESC);
CREATE INDEX messages_appointment ON messages (clinic_id, appointment_id) WHERE appointment_id IS NOT NULL;
CREATE INDEX messages_due ON messages (clinic_id, due_at) WHERE status = 'queued';
COMMENT ON TABLE messages IS E'Patient messages (the outbox): what was planned, sent and delivered, one row per idempotency key. Rows kept one year; the text is in message_bodies (PRODUCT.md retention).';
CREATE TRIGGER messages_set_updated_at BEFORE UPDATE ON messages
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE messages FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON messages
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Read: the message log and the inbox, or the appointment writers who plan messages (they must
-- see a booking's queued reminders to replace them); the worker reads as the system.
CREATE POLICY role_read ON messages AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.read')) OR (SELECT app_can('schedule.write'))
         OR (SELECT app_can('messaging.send')) OR (SELECT app_can('messaging.retain')));
-- Planned by whoever changes the appointment; updated by them (cancelling queued reminders)
-- and by the worker (sending).
CREATE POLICY role_insert ON messages AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('schedule.write')) OR (SELECT app_can('messaging.send')));
CREATE POLICY role_update ON messages AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('schedule.write')) OR (SELECT app_can('messaging.send')))
  WITH CHECK ((SELECT app_can('schedule.write')) OR (SELECT app_can('messaging.send')));
GRANT SELECT, INSERT ON messages TO niramaya_app;
GRANT UPDATE (due_at, status, skip_reason, language, provider, attempts, attempt_started_at,
              provider_message_id, error_code, sent_at, delivered_at, read_at, failed_at)
  ON messages TO niramaya_app;
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON messages
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- A merge moves the merged-away record's messages to the record kept (server/modules/patients/merge-tables.ts).
CREATE OR REPLACE FUNCTION merge_move_patient_rows(p_clinic uuid, p_kept uuid) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  v_from uuid[] := ARRAY(SELECT id FROM patients WHERE clinic_id = p_clinic AND merged_into_id = p_kept);
BEGIN
  IF cardinality(v_from) = 0 THEN RETURN; END IF;
  UPDATE patient_documents SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE appointments SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE waiting_list SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE dental_findings SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  WITH exams AS (
    UPDATE perio_exams SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from)
  ), teeth AS (
    UPDATE perio_teeth SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from)
  )
  UPDATE perio_sites SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE vitals SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE clinical_notes SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE clinical_note_addenda SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_plans SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_plan_items SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_sittings SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_acceptances SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_deferrals SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE invoices SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE credit_notes SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE payments SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE payment_allocations SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE refunds SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE instalment_plans SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE prescriptions SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE prescription_lines SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE prescription_overrides SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE lab_cases SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE lab_case_events SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_consent_forms SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE medical_certificates SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE messages SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
END
$$;
REVOKE ALL ON FUNCTION merge_move_patient_rows(uuid, uuid) FROM PUBLIC;

-- The text as sent, sealed with the clinic's key, kept apart from its message row: the row's
-- changes are audited (and the audit log keeps row images for years), while the text must be
-- gone after 90 days (PRODUCT.md retention). So this table has no audit trigger, and the
-- retention job deletes from it; the row above keeps the metadata for a year.
CREATE TABLE message_bodies (
  clinic_id    uuid NOT NULL,
  message_id   uuid NOT NULL,
  body_cipher  bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, message_id),
  FOREIGN KEY (clinic_id, message_id) REFERENCES messages (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX message_bodies_age ON message_bodies (clinic_id, created_at);
COMMENT ON TABLE message_bodies IS E'The sealed text of each sent message; deleted after 90 days. Not audited, by design: the audit log would keep it.';
ALTER TABLE message_bodies ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_bodies FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON message_bodies
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON message_bodies AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.read')) OR (SELECT app_can('messaging.send'))
         OR (SELECT app_can('messaging.retain')));
-- Written by the sending worker only; deleted by it and by the retention job.
CREATE POLICY role_insert ON message_bodies AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.send')));
CREATE POLICY role_delete ON message_bodies AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('messaging.send')) OR (SELECT app_can('messaging.retain')));
-- Never updated: a text is written once per attempt (replacing the last) and then deleted.
GRANT SELECT, INSERT, DELETE ON message_bodies TO niramaya_app;

-- Status webhooks name a message by the provider's id (and, from Meta, by our callback data).
-- Provider message ids are unique worldwide, so this one index needs no clinic_id.
CREATE UNIQUE INDEX messages_provider_message ON messages (provider, provider_message_id)
  WHERE provider_message_id IS NOT NULL;

-- Which clinic a provider's message id belongs to, for a signed status webhook that carries no
-- callback data: the only lookup across clinics, answering a clinic id and nothing else. The
-- webhook then works inside that clinic's context.
CREATE FUNCTION messaging_clinic_of(p_provider text, p_provider_message_id text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT m.clinic_id FROM messages m
  WHERE m.provider = p_provider AND m.provider_message_id = p_provider_message_id
$$;
REVOKE ALL ON FUNCTION messaging_clinic_of(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION messaging_clinic_of(text, text) TO niramaya_app;
