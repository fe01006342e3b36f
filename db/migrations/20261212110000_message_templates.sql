-- Message templates per clinic (issue #14 item 4): the clinic's own wording of a message kind in
-- English or Hindi, replacing the shipped default (shared/messaging/templates.ts). No row: the
-- default. The placeholders are checked by the server (templateProblem: known ones only, the
-- clinic's name required, WhatsApp's 1,024-character limit, india-domain §7.1).
CREATE TABLE message_templates (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  kind        text NOT NULL CHECK (kind IN ('appointment_confirmation', 'appointment_reminder',
                'appointment_moved', 'appointment_cancelled', 'recall_reminder',
                'payment_reminder', 'document_ready')),
  language    text NOT NULL CHECK (language IN ('en', 'hi')),
  body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 1024 AND body ~ '\{\{\s*clinic\s*\}\}'),
  updated_by  uuid REFERENCES users (id) ON DELETE RESTRICT,
  updated_at  timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, kind, language)
);
COMMENT ON TABLE message_templates IS E'Per clinic: its own wording of a patient message kind in one language. Kept while the clinic is.';
CREATE TRIGGER message_templates_set_updated_at BEFORE UPDATE ON message_templates
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
ALTER TABLE message_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_templates FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON message_templates
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Read by whoever composes a message: the sending worker, the front desk's click-to-chat drafts
-- and the message log's readers; written by those who manage messaging.
CREATE POLICY role_read ON message_templates AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('messaging.manage')) OR (SELECT app_can('messaging.read'))
         OR (SELECT app_can('messaging.reply')) OR (SELECT app_can('messaging.send')));
CREATE POLICY role_insert ON message_templates AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('messaging.manage')));
CREATE POLICY role_update ON message_templates AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('messaging.manage'))) WITH CHECK ((SELECT app_can('messaging.manage')));
CREATE POLICY role_delete ON message_templates AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('messaging.manage')));
GRANT SELECT, INSERT, DELETE ON message_templates TO niramaya_app;
GRANT UPDATE (body, updated_by) ON message_templates TO niramaya_app;
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON message_templates
  FOR EACH ROW EXECUTE FUNCTION audit_capture();
