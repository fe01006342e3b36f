-- Recall and payment reminders (issue #14 item 4; PRODUCT.md §9). A message names what it is
-- about: an appointment, a recall rule (the patient is due for that recall) or an invoice (its
-- balance is due); at most one. The worker reads it again at send time: a patient who booked
-- since, or an invoice paid since, gets nothing (skip reasons recall_booked and paid).
ALTER TABLE messages ADD COLUMN recall_rule_id uuid;
ALTER TABLE messages ADD COLUMN invoice_id uuid;
-- A rule or an invoice leaving (a draft deleted) leaves the message as a record without it.
ALTER TABLE messages ADD CONSTRAINT messages_recall_rule_fk FOREIGN KEY (clinic_id, recall_rule_id)
  REFERENCES recall_rules (clinic_id, id) ON DELETE SET NULL (recall_rule_id);
ALTER TABLE messages ADD CONSTRAINT messages_invoice_fk FOREIGN KEY (clinic_id, invoice_id)
  REFERENCES invoices (clinic_id, id) ON DELETE SET NULL (invoice_id);
ALTER TABLE messages ADD CONSTRAINT messages_one_subject
  CHECK (num_nonnulls(appointment_id, recall_rule_id, invoice_id) <= 1);
CREATE INDEX messages_invoice ON messages (clinic_id, invoice_id) WHERE invoice_id IS NOT NULL;

ALTER TABLE messages DROP CONSTRAINT messages_skip_reason_check;
ALTER TABLE messages ADD CONSTRAINT messages_skip_reason_check CHECK (skip_reason IN
  ('no_consent', 'no_mobile', 'no_email', 'appointment_changed', 'too_late', 'messaging_off',
   'window_closed', 'recall_booked', 'paid'));

-- Who may plan which message: the worker (everything); appointment writers (a booking's);
-- the front desk (a reply); and those who take payments and may read the patient (a payment
-- reminder for an invoice: the front desk, owners and admins, who also read the message log;
-- not accountants, who see no patient's contact details); appointment writers who may read the
-- patient (a recall reminder from the recall list). The daily recall job plans as the system.
-- Reading is unchanged.
DROP POLICY role_insert ON messages;
CREATE POLICY role_insert ON messages AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.send'))
              OR ((SELECT app_can('schedule.write')) AND appointment_id IS NOT NULL
                  AND status = 'queued')
              OR ((SELECT app_can('messaging.reply')) AND kind = 'reply' AND status = 'queued')
              OR ((SELECT app_can('billing.write')) AND (SELECT app_can('patient.read'))
                  AND kind = 'payment_reminder' AND invoice_id IS NOT NULL AND status = 'queued')
              OR ((SELECT app_can('schedule.write')) AND (SELECT app_can('patient.read'))
                  AND kind = 'recall_reminder' AND recall_rule_id IS NOT NULL
                  AND status = 'queued'));

-- The clinics whose recall rules are on and whose messages go out: the daily recall job's list
-- (clinic ids only, as messaging_retention_clinics). Each is then worked under its own RLS.
CREATE FUNCTION messaging_recall_clinics() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT DISTINCT r.clinic_id FROM recall_rules r
  LEFT JOIN messaging_settings s ON s.clinic_id = r.clinic_id
  WHERE r.is_active AND COALESCE(s.mode, 'whatsapp') <> 'off'
$$;
REVOKE ALL ON FUNCTION messaging_recall_clinics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION messaging_recall_clinics() TO niramaya_app;
