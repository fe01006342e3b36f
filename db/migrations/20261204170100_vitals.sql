-- Vital signs per patient (issue #10, item 4): blood pressure, pulse, temperature, SpO2,
-- weight, height (BMI is computed from the two when read, never entered) and blood
-- glucose with when it was taken. Entries are never changed: a wrong reading is followed
-- by a right one. The limits are plausibility limits (a slipped digit), not clinical
-- ranges; the API checks the same ones (shared/contracts/vitals.ts).
-- Entry: clinical.chart_entry holders (assistants included) with clinical access to the
-- patient (ADR 0011; 20261204140000_clinical_entry_and_signing.sql).

CREATE TABLE vitals (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id      uuid NOT NULL,
  taken_at        timestamptz NOT NULL DEFAULT app_now(),
  systolic        smallint CHECK (systolic BETWEEN 50 AND 260),
  diastolic       smallint CHECK (diastolic BETWEEN 30 AND 160),
  pulse           smallint CHECK (pulse BETWEEN 20 AND 250),
  temperature_c   numeric(4, 1) CHECK (temperature_c BETWEEN 30 AND 45),
  spo2            smallint CHECK (spo2 BETWEEN 50 AND 100),
  weight_kg       numeric(5, 1) CHECK (weight_kg BETWEEN 0.5 AND 350),
  height_cm       numeric(4, 1) CHECK (height_cm BETWEEN 30 AND 250),
  glucose_mg_dl   smallint CHECK (glucose_mg_dl BETWEEN 20 AND 800),
  glucose_context text CHECK (glucose_context IN ('fasting', 'random', 'post_prandial')),
  recorded_by     uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at      timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT vitals_blood_pressure CHECK ((systolic IS NULL AND diastolic IS NULL)
                                          OR (systolic IS NOT NULL AND diastolic IS NOT NULL AND diastolic < systolic)),
  CONSTRAINT vitals_glucose_context CHECK ((glucose_mg_dl IS NULL) = (glucose_context IS NULL)),
  CONSTRAINT vitals_some_measure CHECK (num_nonnulls(systolic, pulse, temperature_c, spo2, weight_kg,
                                                     height_cm, glucose_mg_dl) > 0)
);
CREATE INDEX vitals_patient_taken ON vitals (clinic_id, patient_id, taken_at DESC);
COMMENT ON TABLE vitals IS E'Vital signs of a patient (blood pressure, pulse, temperature, SpO2, weight, height, blood glucose); BMI is computed when read; never changed. Clinical data: readable only by roles and care teams app_clinical_access allows. Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON vitals
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE vitals ENABLE ROW LEVEL SECURITY;
ALTER TABLE vitals FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON vitals
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON vitals AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_entry ON vitals AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND recorded_by = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND ((SELECT app_clinical_all(false))
                   OR patient_id IN (SELECT app_clinical_patients(false))));
GRANT SELECT, INSERT ON vitals TO niramaya_app;
