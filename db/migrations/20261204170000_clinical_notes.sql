-- Clinical notes (SOAP) per visit, signed and locked, with signed addenda (issue #10,
-- item 3; ADR 0016). A draft is written and edited by clinical.chart_entry holders with
-- clinical access to the patient (assistants may draft); a clinical.sign holder with
-- clinical write access signs it, storing who, when and the SHA-256 of the note's canonical
-- form (server/modules/notes/canonical.ts). A signed note is never changed or deleted, by
-- any role: a trigger refuses it (the owner's normal path too). Corrections are addenda,
-- each signed and hashed on its own, and just as immutable.

CREATE TABLE clinical_notes (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id      uuid NOT NULL,
  visit_date      date NOT NULL,
  appointment_id  uuid,
  subjective      text NOT NULL DEFAULT '' CHECK (length(subjective) <= 10000),
  objective       text NOT NULL DEFAULT '' CHECK (length(objective) <= 10000),
  assessment      text NOT NULL DEFAULT '' CHECK (length(assessment) <= 10000),
  plan            text NOT NULL DEFAULT '' CHECK (length(plan) <= 10000),
  version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
  author_id       uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at      timestamptz NOT NULL DEFAULT app_now(),
  updated_at      timestamptz NOT NULL DEFAULT app_now(),
  signed_by       uuid REFERENCES users (id) ON DELETE RESTRICT,
  signed_at       timestamptz,
  content_hash    text CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT clinical_notes_signature CHECK (
    (signed_by IS NULL AND signed_at IS NULL AND content_hash IS NULL)
    OR (signed_by IS NOT NULL AND signed_at IS NOT NULL AND content_hash IS NOT NULL))
);
CREATE INDEX clinical_notes_patient ON clinical_notes (clinic_id, patient_id, visit_date DESC);
CREATE INDEX clinical_notes_drafts ON clinical_notes (clinic_id, author_id) WHERE signed_at IS NULL;
COMMENT ON TABLE clinical_notes IS E'Clinical notes (SOAP) per visit; drafts editable, signed notes locked by trigger with a SHA-256 of their canonical form. Clinical data: readable only by roles and care teams app_clinical_access allows. Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER clinical_notes_set_updated_at BEFORE UPDATE ON clinical_notes
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON clinical_notes
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- The lock: once signed, a note's row never changes and is never deleted, whoever asks.
CREATE FUNCTION clinical_note_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'a signed clinical note cannot be changed or deleted; add an addendum'
      USING ERRCODE = '42501', CONSTRAINT = 'clinical_notes_signed_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER signed_locked BEFORE UPDATE OR DELETE ON clinical_notes
  FOR EACH ROW EXECUTE FUNCTION clinical_note_locked();

ALTER TABLE clinical_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON clinical_notes
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON clinical_notes AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY draft_insert ON clinical_notes AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND signed_by IS NULL
              AND author_id = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));
-- A draft is edited by entry holders with access; the signed version it becomes must be
-- signed by the caller, who holds clinical.sign and clinical write access to the patient.
CREATE POLICY draft_update ON clinical_notes AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.chart_entry'))
         AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))))
  WITH CHECK (signed_by IS NULL
              OR (signed_by = NULLIF(current_setting('app.user_id', true), '')::uuid
                  AND (SELECT app_can('clinical.sign'))
                  AND ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))));
CREATE POLICY author_delete ON clinical_notes AS RESTRICTIVE FOR DELETE
  USING (author_id = NULLIF(current_setting('app.user_id', true), '')::uuid
         AND (SELECT app_can('clinical.chart_entry')));
GRANT SELECT, INSERT, DELETE ON clinical_notes TO niramaya_app;
GRANT UPDATE (visit_date, appointment_id, subjective, objective, assessment, plan, version,
              signed_by, signed_at, content_hash)
  ON clinical_notes TO niramaya_app;

-- Addenda: corrections under a signed note, each signed and hashed, never changed.
CREATE TABLE clinical_note_addenda (
  clinic_id     uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  note_id       uuid NOT NULL,
  patient_id    uuid NOT NULL,
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  signed_by     uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  signed_at     timestamptz NOT NULL DEFAULT app_now(),
  content_hash  text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, note_id) REFERENCES clinical_notes (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX clinical_note_addenda_note ON clinical_note_addenda (clinic_id, note_id, signed_at);
COMMENT ON TABLE clinical_note_addenda IS E'Signed addenda (corrections) to signed clinical notes; immutable, each with its own SHA-256. Clinical data. Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON clinical_note_addenda
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- An addendum belongs to a signed note of the same patient; once written it never changes.
CREATE FUNCTION clinical_note_addendum_check() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'an addendum cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'clinical_note_addenda_locked';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM clinical_notes n
                 WHERE n.clinic_id = NEW.clinic_id AND n.id = NEW.note_id
                   AND n.patient_id = NEW.patient_id AND n.signed_at IS NOT NULL) THEN
    RAISE EXCEPTION 'addenda belong to a signed note of the same patient'
      USING ERRCODE = '23514', CONSTRAINT = 'clinical_note_addenda_signed_note';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER addendum_check BEFORE INSERT OR UPDATE OR DELETE ON clinical_note_addenda
  FOR EACH ROW EXECUTE FUNCTION clinical_note_addendum_check();

ALTER TABLE clinical_note_addenda ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical_note_addenda FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON clinical_note_addenda
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON clinical_note_addenda AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY sign_insert ON clinical_note_addenda AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.sign'))
              AND signed_by = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true))));
GRANT SELECT, INSERT ON clinical_note_addenda TO niramaya_app;
