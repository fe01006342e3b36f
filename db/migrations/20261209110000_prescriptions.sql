-- Prescriptions (issue #13 items 2, 3 and 6). A draft is written by a clinical writer; a holder
-- of prescription.issue issues it after the server re-runs the safety checks, recording a
-- reason for every warning that needs one (prescription_overrides). At issue the prescriber's
-- name, qualification, council and registration number are copied onto the row (IMC
-- Regulations 1.4.2: the registration number on every prescription; Telemedicine Practice
-- Guidelines 2020), and the PDF is stored with the patient's documents. An issued prescription
-- never changes, for any role: only its cancellation columns are written, once, when a
-- correction is issued or it is cancelled with a reason. Its lines never change either.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'prescription.issue'), ('admin', 'prescription.issue'), ('doctor', 'prescription.issue');

CREATE TABLE prescriptions (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id       uuid NOT NULL,
  status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'cancelled')),
  language         text NOT NULL CHECK (language IN ('en', 'hi')),
  diagnosis        text NOT NULL DEFAULT '' CHECK (length(diagnosis) <= 500),
  advice           text NOT NULL DEFAULT '' CHECK (length(advice) <= 2000),
  follow_up_date   date,
  author_id        uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at       timestamptz NOT NULL DEFAULT app_now(),
  updated_at       timestamptz NOT NULL DEFAULT app_now(),
  -- A correction replaces an issued prescription; issuing it cancels that one.
  replaces_id      uuid,
  -- Set at issue, as printed, whatever the profile becomes later.
  number           text CHECK (length(number) BETWEEN 1 AND 40),
  issued_by        uuid REFERENCES users (id) ON DELETE RESTRICT,
  issued_at        timestamptz,
  prescriber_name  text CHECK (length(prescriber_name) BETWEEN 1 AND 200),
  prescriber_qualification text CHECK (length(prescriber_qualification) BETWEEN 1 AND 200),
  prescriber_council text CHECK (length(prescriber_council) BETWEEN 1 AND 200),
  prescriber_registration text CHECK (length(prescriber_registration) BETWEEN 1 AND 40),
  -- The warnings the checks gave at issue (shared/prescriptions/types.ts SafetyWarning): codes only.
  warnings         jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(warnings) = 'array'),
  document_id      uuid,
  -- The cancellation columns, written once.
  cancelled_at     timestamptz,
  cancelled_by     uuid REFERENCES users (id) ON DELETE RESTRICT,
  cancel_reason    text CHECK (length(cancel_reason) BETWEEN 1 AND 500),
  replaced_by_id   uuid,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, replaces_id) REFERENCES prescriptions (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, replaced_by_id) REFERENCES prescriptions (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, document_id) REFERENCES patient_documents (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT prescriptions_issue CHECK (
    (status = 'draft' AND number IS NULL AND issued_by IS NULL AND issued_at IS NULL
       AND prescriber_name IS NULL AND prescriber_registration IS NULL AND document_id IS NULL)
    OR (status <> 'draft' AND number IS NOT NULL AND issued_by IS NOT NULL AND issued_at IS NOT NULL
        AND prescriber_name IS NOT NULL AND prescriber_registration IS NOT NULL
        AND document_id IS NOT NULL)),
  CONSTRAINT prescriptions_cancellation CHECK (
    (status <> 'cancelled' AND cancelled_at IS NULL AND cancelled_by IS NULL
       AND cancel_reason IS NULL AND replaced_by_id IS NULL)
    OR (status = 'cancelled' AND cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL
        AND cancel_reason IS NOT NULL))
);
CREATE INDEX prescriptions_patient ON prescriptions (clinic_id, patient_id, created_at DESC);
CREATE UNIQUE INDEX prescriptions_number ON prescriptions (clinic_id, number) WHERE number IS NOT NULL;
-- One correction per prescription.
CREATE UNIQUE INDEX prescriptions_replaces ON prescriptions (clinic_id, replaces_id) WHERE replaces_id IS NOT NULL;
COMMENT ON TABLE prescriptions IS E'Prescriptions: drafts, then issued with the prescriber''s registration snapshotted and the PDF stored; locked by trigger once issued except for a single cancellation. Clinical data: care-team rule (ADR 0011). Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER prescriptions_set_updated_at BEFORE UPDATE ON prescriptions
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON prescriptions
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- The lock, for every role: a draft is edited, issued or deleted; an issued prescription only
-- becomes cancelled, changing nothing but the cancellation columns; a cancelled one never changes.
CREATE FUNCTION prescription_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  cancellation CONSTANT text[] := ARRAY['status', 'updated_at', 'cancelled_at', 'cancelled_by',
                                        'cancel_reason', 'replaced_by_id'];
BEGIN
  IF OLD.status = 'draft' THEN
    IF TG_OP = 'UPDATE' AND NEW.status = 'cancelled' THEN
      RAISE EXCEPTION 'a draft prescription is deleted, not cancelled'
        USING ERRCODE = '42501', CONSTRAINT = 'prescriptions_issued_locked';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'issued' AND NEW.status = 'cancelled'
     AND (to_jsonb(NEW) - cancellation) = (to_jsonb(OLD) - cancellation) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an issued prescription cannot be changed or deleted; issue a correction'
    USING ERRCODE = '42501', CONSTRAINT = 'prescriptions_issued_locked';
END
$$;
CREATE TRIGGER issued_locked BEFORE UPDATE OR DELETE ON prescriptions
  FOR EACH ROW EXECUTE FUNCTION prescription_locked();

ALTER TABLE prescriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE prescriptions FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON prescriptions
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- The care-team rule of ADR 0011: read with clinical read access, write with write access.
CREATE POLICY clinical_read ON prescriptions AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON prescriptions AS RESTRICTIVE FOR INSERT
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND (SELECT app_can('clinical.write'))
              AND author_id = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND status = 'draft');
-- Issuing is the caller's own, with prescription.issue; so is cancelling.
CREATE POLICY clinical_update ON prescriptions AS RESTRICTIVE FOR UPDATE
  USING (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
         AND (SELECT app_can('clinical.write')))
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND (status = 'draft'
                   OR ((SELECT app_can('prescription.issue'))
                       AND (status <> 'issued'
                            OR issued_by = NULLIF(current_setting('app.user_id', true), '')::uuid)
                       AND (status <> 'cancelled'
                            OR cancelled_by = NULLIF(current_setting('app.user_id', true), '')::uuid))));
CREATE POLICY clinical_delete ON prescriptions AS RESTRICTIVE FOR DELETE
  USING (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
         AND (SELECT app_can('clinical.write')));
GRANT SELECT, INSERT, DELETE ON prescriptions TO niramaya_app;
GRANT UPDATE (status, language, diagnosis, advice, follow_up_date, number, issued_by, issued_at,
              prescriber_name, prescriber_qualification, prescriber_council,
              prescriber_registration, warnings, document_id, cancelled_at, cancelled_by,
              cancel_reason, replaced_by_id)
  ON prescriptions TO niramaya_app;

-- The lines, in order. Drug codes are the master's slugs or 'clinic:<uuid>'; a custom line has
-- none. Schedule is copied from the drug at the time, as printed.
CREATE TABLE prescription_lines (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  prescription_id  uuid NOT NULL,
  position         integer NOT NULL CHECK (position BETWEEN 0 AND 19),
  patient_id       uuid NOT NULL,
  drug_code        text CHECK (length(drug_code) BETWEEN 1 AND 80),
  is_custom        boolean NOT NULL,
  generic_name     text NOT NULL CHECK (length(btrim(generic_name)) BETWEEN 1 AND 120),
  strength_label   text CHECK (length(strength_label) BETWEEN 1 AND 60),
  strength_mg      numeric(12, 3) CHECK (strength_mg > 0),
  strength_per_ml  numeric(9, 3) CHECK (strength_per_ml > 0),
  form             text NOT NULL CHECK (length(form) BETWEEN 1 AND 40),
  dose_amount      numeric(10, 3) NOT NULL CHECK (dose_amount > 0 AND dose_amount <= 100000),
  dose_unit        text NOT NULL CHECK (length(dose_unit) BETWEEN 1 AND 40),
  route            text NOT NULL CHECK (length(route) BETWEEN 1 AND 40),
  frequency        text NOT NULL CHECK (length(frequency) BETWEEN 1 AND 40),
  food_timing      text NOT NULL CHECK (length(food_timing) BETWEEN 1 AND 40),
  duration_days    integer NOT NULL CHECK (duration_days BETWEEN 1 AND 365),
  quantity         text NOT NULL CHECK (length(btrim(quantity)) BETWEEN 1 AND 60),
  instructions     text NOT NULL DEFAULT '' CHECK (length(instructions) <= 500),
  schedule         text CHECK (schedule IN ('otc', 'H', 'H1', 'X', 'NDPS')),
  PRIMARY KEY (clinic_id, prescription_id, position),
  FOREIGN KEY (clinic_id, prescription_id) REFERENCES prescriptions (clinic_id, id) ON DELETE CASCADE,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT prescription_lines_custom CHECK (is_custom = (drug_code IS NULL))
);
COMMENT ON TABLE prescription_lines IS E'The medicines of a prescription, in order; never changed once the prescription is issued. Clinical data: care-team rule (ADR 0011). Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON prescription_lines
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Lines belong to a draft of the same patient: once issued, none is added, changed or removed.
CREATE FUNCTION prescription_line_check() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  line prescription_lines := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM prescriptions p
                 WHERE p.clinic_id = line.clinic_id AND p.id = line.prescription_id
                   AND p.patient_id = line.patient_id AND p.status = 'draft') THEN
    -- A draft being deleted takes its lines with it (the cascade runs after the row is gone).
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM prescriptions p
                                        WHERE p.clinic_id = line.clinic_id
                                          AND p.id = line.prescription_id) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the lines of an issued prescription cannot be changed'
      USING ERRCODE = '42501', CONSTRAINT = 'prescription_lines_issued_locked';
  END IF;
  RETURN line;
END
$$;
CREATE TRIGGER line_check BEFORE INSERT OR UPDATE OR DELETE ON prescription_lines
  FOR EACH ROW EXECUTE FUNCTION prescription_line_check();

ALTER TABLE prescription_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE prescription_lines FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON prescription_lines
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON prescription_lines AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON prescription_lines AS RESTRICTIVE FOR INSERT
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND (SELECT app_can('clinical.write')));
CREATE POLICY clinical_delete ON prescription_lines AS RESTRICTIVE FOR DELETE
  USING (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
         AND (SELECT app_can('clinical.write')));
-- A draft's lines are replaced whole (delete and insert), never updated.
GRANT SELECT, INSERT, DELETE ON prescription_lines TO niramaya_app;

-- A reason recorded for each warning overridden at issue (issue #13 item 3); never changed.
CREATE TABLE prescription_overrides (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  prescription_id  uuid NOT NULL,
  patient_id       uuid NOT NULL,
  warning_id       text NOT NULL CHECK (length(warning_id) BETWEEN 1 AND 200),
  kind             text NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  reason           text NOT NULL CHECK (length(btrim(reason)) BETWEEN 3 AND 500),
  overridden_by    uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  overridden_at    timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, prescription_id, warning_id),
  FOREIGN KEY (clinic_id, prescription_id) REFERENCES prescriptions (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
COMMENT ON TABLE prescription_overrides IS E'Why the prescriber issued despite a safety warning: one row per warning, written at issue, never changed. Clinical data: care-team rule (ADR 0011). Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON prescription_overrides
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Written only for a draft being issued (in the issuing transaction), then never changed.
CREATE FUNCTION prescription_override_check() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'a recorded override cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'prescription_overrides_locked';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM prescriptions p
                 WHERE p.clinic_id = NEW.clinic_id AND p.id = NEW.prescription_id
                   AND p.patient_id = NEW.patient_id AND p.status = 'draft') THEN
    RAISE EXCEPTION 'overrides are recorded while a draft of the same patient is issued'
      USING ERRCODE = '42501', CONSTRAINT = 'prescription_overrides_locked';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER override_check BEFORE INSERT OR UPDATE OR DELETE ON prescription_overrides
  FOR EACH ROW EXECUTE FUNCTION prescription_override_check();

ALTER TABLE prescription_overrides ENABLE ROW LEVEL SECURITY;
ALTER TABLE prescription_overrides FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON prescription_overrides
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON prescription_overrides AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON prescription_overrides AS RESTRICTIVE FOR INSERT
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND (SELECT app_can('prescription.issue'))
              AND overridden_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
GRANT SELECT, INSERT ON prescription_overrides TO niramaya_app;

-- The per-clinic series of prescription numbers, RX/<financial year>/<serial> (RX/26-27/0001).
-- A counter row per financial year, taken with INSERT … ON CONFLICT DO UPDATE, so concurrent
-- issues get distinct serials and a doctor who sees only some patients (ADR 0011) still
-- continues the clinic's series. Holds no clinical data.
CREATE TABLE prescription_series (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  financial_year  text NOT NULL CHECK (financial_year ~ '^[0-9]{2}-[0-9]{2}$'),
  last_serial     integer NOT NULL CHECK (last_serial BETWEEN 1 AND 999999),
  PRIMARY KEY (clinic_id, financial_year)
);
COMMENT ON TABLE prescription_series IS E'Last prescription serial per clinic and financial year (RX/26-27/0001). Retention: kept while the clinic exists.';
ALTER TABLE prescription_series ENABLE ROW LEVEL SECURITY;
ALTER TABLE prescription_series FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON prescription_series
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY issuer_insert ON prescription_series AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('prescription.issue')));
CREATE POLICY issuer_update ON prescription_series AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('prescription.issue')))
  WITH CHECK ((SELECT app_can('prescription.issue')));
GRANT SELECT, INSERT ON prescription_series TO niramaya_app;
GRANT UPDATE (last_serial) ON prescription_series TO niramaya_app;
