-- Medical certificates (issue #13 items 5-6): fitness, sick leave (from-to) and attendance,
-- written by a clinical writer and signed by a doctor with a registration number (IMC
-- (Professional Conduct, Etiquette and Ethics) Regulations 2002, 1.4.2 and 7.7: a certificate
-- names the registered practitioner and is not signed for anyone else). The signed certificate
-- is a PDF with the patient's documents; the row never changes after signing.

CREATE TABLE medical_certificates (
  clinic_id         uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id        uuid NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('fitness', 'sick_leave', 'attendance')),
  language          text NOT NULL CHECK (language IN ('en', 'hi')),
  -- Sick leave: the first and last day of rest. Fitness: fit to resume from. Attendance: the visit.
  from_date         date NOT NULL,
  to_date           date,
  diagnosis         text NOT NULL DEFAULT '' CHECK (length(diagnosis) <= 500),
  remarks           text NOT NULL DEFAULT '' CHECK (length(remarks) <= 1000),
  created_by        uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at        timestamptz NOT NULL DEFAULT app_now(),
  signed_by         uuid REFERENCES users (id) ON DELETE RESTRICT,
  signed_at         timestamptz,
  -- As printed: the doctor's registration at the moment of signing, whatever it becomes later.
  registration_number text CHECK (length(registration_number) BETWEEN 1 AND 40),
  document_id       uuid,
  document_sha256   text CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, document_id) REFERENCES patient_documents (clinic_id, id) ON DELETE RESTRICT,
  -- Sick leave has both dates, in order, for at most 90 days; the others have one date.
  CONSTRAINT medical_certificates_dates CHECK (
    CASE WHEN kind = 'sick_leave'
         THEN to_date IS NOT NULL AND to_date >= from_date AND to_date - from_date < 90
         ELSE to_date IS NULL END),
  CONSTRAINT medical_certificates_signature CHECK (
    (signed_by IS NULL AND signed_at IS NULL AND registration_number IS NULL
       AND document_id IS NULL AND document_sha256 IS NULL)
    OR (signed_by IS NOT NULL AND signed_at IS NOT NULL AND registration_number IS NOT NULL
        AND document_id IS NOT NULL AND document_sha256 IS NOT NULL))
);
CREATE INDEX medical_certificates_patient ON medical_certificates (clinic_id, patient_id, created_at DESC);
COMMENT ON TABLE medical_certificates IS E'Medical certificates (fitness, sick leave, attendance): drafts, then signed by a registered doctor with the PDF stored; locked by trigger once signed. Clinical data: care-team rule (ADR 0011). Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON medical_certificates
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- The lock: once signed, a certificate never changes and is never deleted, whoever asks.
CREATE FUNCTION medical_certificate_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'a signed medical certificate cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'medical_certificates_signed_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER signed_locked BEFORE UPDATE OR DELETE ON medical_certificates
  FOR EACH ROW EXECUTE FUNCTION medical_certificate_locked();

ALTER TABLE medical_certificates ENABLE ROW LEVEL SECURITY;
ALTER TABLE medical_certificates FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON medical_certificates
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- The care-team rule of ADR 0011: read with clinical read access, write with write access.
CREATE POLICY clinical_read ON medical_certificates AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON medical_certificates AS RESTRICTIVE FOR INSERT
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND created_by = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND signed_by IS NULL);
-- Signing is the caller's own, with clinical.sign.
CREATE POLICY clinical_update ON medical_certificates AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND (signed_by IS NULL
                   OR (signed_by = NULLIF(current_setting('app.user_id', true), '')::uuid
                       AND (SELECT app_can('clinical.sign')))));
CREATE POLICY clinical_delete ON medical_certificates AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
GRANT SELECT, INSERT, DELETE ON medical_certificates TO niramaya_app;
GRANT UPDATE (signed_by, signed_at, registration_number, document_id, document_sha256)
  ON medical_certificates TO niramaya_app;
