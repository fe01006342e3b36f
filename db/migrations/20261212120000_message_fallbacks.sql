-- SMS and email as fallbacks (issue #14 item 2; PRODUCT.md §9): a patient who agreed to SMS or
-- email but not WhatsApp gets the same messages on that channel, through the SMS provider (the
-- local outbox for now) or the clinic's email provider (SMTP or the local outbox).
ALTER TABLE messages DROP CONSTRAINT messages_provider_check;
ALTER TABLE messages ADD CONSTRAINT messages_provider_check
  CHECK (provider IN ('outbox', 'meta', 'interakt', 'wati', 'click_to_chat', 'smtp'));
ALTER TABLE messages DROP CONSTRAINT messages_skip_reason_check;
ALTER TABLE messages ADD CONSTRAINT messages_skip_reason_check CHECK (skip_reason IN
  ('no_consent', 'no_mobile', 'no_email', 'appointment_changed', 'too_late', 'messaging_off',
   'window_closed'));

-- A withdrawn channel (WhatsApp, SMS or email) cancels the patient's queued messages on it at
-- once, whoever withdrew it; the worker checks consent again anyway (ADR 0025). Replaces the
-- WhatsApp-only version of 20261212090000_message_inbox.sql.
CREATE OR REPLACE FUNCTION messaging_cancel_on_withdrawal() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  UPDATE messages SET status = 'cancelled'
  WHERE clinic_id = NEW.clinic_id AND patient_id = NEW.patient_id
    AND direction = 'out' AND status = 'queued' AND kind <> 'opt_out_confirmation'
    AND (NEW.items ->> ('channel.' || channel)) = 'false';
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION messaging_cancel_on_withdrawal() FROM PUBLIC;
