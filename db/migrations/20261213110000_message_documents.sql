-- Invoices and prescriptions as WhatsApp documents (issue #14 item 4; PRODUCT.md §9). The PDF is
-- made when the message is asked for, by whoever may read it, and kept sealed with the clinic's
-- key beside the message. When the message goes out, the worker gives the provider a link with a
-- fresh 256-bit token (only its hash is kept) that the provider fetches the file from; the link
-- ends 7 days later, and the file is deleted then (or 30 days after it was asked for, if it never
-- went out). The patient's phone gets the file from WhatsApp, never from us.
ALTER TABLE messages ADD COLUMN prescription_id uuid;
ALTER TABLE messages ADD CONSTRAINT messages_prescription_fk FOREIGN KEY (clinic_id, prescription_id)
  REFERENCES prescriptions (clinic_id, id) ON DELETE SET NULL (prescription_id);
ALTER TABLE messages DROP CONSTRAINT messages_one_subject;
ALTER TABLE messages ADD CONSTRAINT messages_one_subject
  CHECK (num_nonnulls(appointment_id, recall_rule_id, invoice_id, prescription_id) <= 1);

CREATE TABLE message_attachments (
  clinic_id       uuid NOT NULL,
  message_id      uuid NOT NULL,
  -- From the document's number only (never the patient's name): INV-26-27-0001.pdf.
  filename        text NOT NULL CHECK (filename ~ '^[A-Za-z0-9._-]{1,80}\.pdf$'),
  -- The document as the patient reads it in the message ("invoice INV/26-27/0001"), in their
  -- language.
  label           text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
  content_cipher  bytea NOT NULL CHECK (octet_length(content_cipher) <= 16777216),
  -- Set when the message goes out: SHA-256 of the link's token, and when the link ends.
  token_hash      bytea UNIQUE CHECK (octet_length(token_hash) = 32),
  expires_at      timestamptz,
  created_at      timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, message_id),
  FOREIGN KEY (clinic_id, message_id) REFERENCES messages (clinic_id, id) ON DELETE CASCADE,
  CHECK ((token_hash IS NULL) = (expires_at IS NULL))
);
CREATE INDEX message_attachments_age ON message_attachments (clinic_id, created_at);
COMMENT ON TABLE message_attachments IS E'The sealed PDF a document message carries; deleted when its link ends (7 days after sending) or 30 days after it was asked for. Not audited, by design: the audit log would keep it.';
ALTER TABLE message_attachments ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_attachments FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON message_attachments
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Read and linked by the sending worker (and the link's route, as the system), and readable by
-- owners and admins, who see both the message log and clinical records (never the front desk
-- alone: a prescription is clinical); written by whoever may ask for the message: the front desk
-- for an invoice, clinicians for a prescription (the route checks the document itself); deleted
-- by the worker and the retention job.
CREATE POLICY role_read ON message_attachments AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.send')) OR (SELECT app_can('messaging.retain'))
         OR ((SELECT app_can('messaging.read')) AND (SELECT app_can('clinical.read'))));
CREATE POLICY role_insert ON message_attachments AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.send'))
              OR ((SELECT app_can('billing.read')) AND (SELECT app_can('patient.read')))
              OR (SELECT app_can('clinical.read')));
-- An update by anyone but the worker is refused outright (the check), not silently matched to
-- no row.
CREATE POLICY role_update ON message_attachments AS RESTRICTIVE FOR UPDATE
  USING (true) WITH CHECK ((SELECT app_can('messaging.send')));
CREATE POLICY role_delete ON message_attachments AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('messaging.send')) OR (SELECT app_can('messaging.retain')));
GRANT SELECT, INSERT, DELETE ON message_attachments TO niramaya_app;
GRANT UPDATE (token_hash, expires_at) ON message_attachments TO niramaya_app;

-- Document messages: asked for by the front desk (an invoice: billing.read and patient.read) or
-- a clinician (a prescription: clinical.read; the route checks the patient is theirs), who may
-- then see the message they planned.
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
                  AND status = 'queued')
              OR ((SELECT app_can('billing.read')) AND (SELECT app_can('patient.read'))
                  AND kind = 'document_ready' AND invoice_id IS NOT NULL AND status = 'queued')
              OR ((SELECT app_can('clinical.read')) AND kind = 'document_ready'
                  AND prescription_id IS NOT NULL AND status = 'queued'));
DROP POLICY role_read ON messages;
CREATE POLICY role_read ON messages AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.read')) OR (SELECT app_can('messaging.send'))
         OR (SELECT app_can('messaging.retain'))
         OR ((SELECT app_can('schedule.write')) AND direction = 'out'
             AND status IN ('queued', 'cancelled'))
         OR ((SELECT app_can('clinical.read')) AND kind = 'document_ready'
             AND prescription_id IS NOT NULL));

-- The link's message, while the link lasts: clinic and message ids only.
CREATE FUNCTION messaging_attachment_of(p_token_hash bytea, p_now timestamptz)
  RETURNS TABLE (clinic_id uuid, message_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT a.clinic_id, a.message_id FROM message_attachments a
  WHERE a.token_hash = p_token_hash AND a.expires_at > p_now
$$;
REVOKE ALL ON FUNCTION messaging_attachment_of(bytea, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION messaging_attachment_of(bytea, timestamptz) TO niramaya_app;

-- The retention job also visits clinics with attachments past their time.
CREATE OR REPLACE FUNCTION messaging_retention_clinics(p_now timestamptz) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT b.clinic_id FROM message_bodies b WHERE b.created_at < p_now - interval '90 days'
  UNION
  SELECT m.clinic_id FROM messages m WHERE m.created_at < p_now - interval '365 days'
  UNION
  SELECT a.clinic_id FROM message_attachments a
  WHERE a.expires_at < p_now OR a.created_at < p_now - interval '30 days'
$$;
