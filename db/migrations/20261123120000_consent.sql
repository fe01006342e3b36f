-- DPDP consent: versioned notices and an append-only ledger of consent events.
-- See: DPDP Act 2023 s.5 (notice), s.6 (consent; withdrawal as easy as giving; the
-- fiduciary must prove consent, s.6(10)); DPDP Rules 2025 r.3 (itemised, standalone
-- notice in plain language); india-domain.md §1.3–1.5.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'consent.notice'), ('admin', 'consent.notice');

-- A notice version, one row per language. Never updated: a change is a new version.
CREATE TABLE consent_notices (
  clinic_id     uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  version       integer NOT NULL CHECK (version > 0),
  language      text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
  content       jsonb NOT NULL,
  content_hash  text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  published_by  uuid REFERENCES users (id) ON DELETE RESTRICT,
  published_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, version, language)
);
COMMENT ON TABLE consent_notices IS E'Versioned consent notices per language; immutable and hashed, kept forever (proof of what the patient was shown, DPDP s.6(10)).';
ALTER TABLE consent_notices ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_notices FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON consent_notices
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_publish ON consent_notices AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('consent.notice')) OR (version = 1 AND (SELECT app_can('patient.write'))));
GRANT SELECT, INSERT ON consent_notices TO niramaya_app;
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON consent_notices
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- One row per consent event (given or withdrawn) of a patient. Append-only:
-- the current state is the latest event for each item.
CREATE TABLE consent_records (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Insertion order: events at the same instant still have a definite order.
  seq              bigint GENERATED ALWAYS AS IDENTITY,
  patient_id       uuid NOT NULL,
  notice_id        uuid NOT NULL,
  action           text NOT NULL CHECK (action IN ('given', 'withdrawn')),
  items            jsonb NOT NULL CHECK (jsonb_typeof(items) = 'object'),
  language         text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
  capture_channel  text NOT NULL CHECK (capture_channel IN ('in_person_tablet', 'in_person_paper', 'phone_call', 'patient_request')),
  given_by         text NOT NULL CHECK (given_by IN ('patient', 'guardian')),
  captured_by      uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  captured_at      timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, notice_id) REFERENCES consent_notices (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX consent_records_patient ON consent_records (clinic_id, patient_id, seq);
COMMENT ON TABLE consent_records IS E'Append-only DPDP consent ledger: what each patient gave or withdrew, under which notice version, when, how and recorded by whom.';
ALTER TABLE consent_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_records FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON consent_records
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON consent_records AS RESTRICTIVE FOR SELECT USING ((SELECT app_can('patient.read')));
CREATE POLICY role_write ON consent_records AS RESTRICTIVE FOR INSERT WITH CHECK ((SELECT app_can('patient.write')));
GRANT SELECT, INSERT ON consent_records TO niramaya_app;
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON consent_records
  FOR EACH ROW EXECUTE FUNCTION audit_capture();
