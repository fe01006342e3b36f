-- Patient documents: X-rays, photos and reports. The files themselves live in
-- object storage (local disk or S3-compatible), encrypted with the clinic's data
-- key before they are written; this table holds what is needed to find, show and
-- decrypt them. See: docs/decisions/0010-document-storage.md; PRODUCT.md "Clinical:
-- history, chart, plans, notes, Rx, documents"; DPDP Act 2023 s.8(5).

CREATE TABLE patient_documents (
  clinic_id      uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  -- Chosen by the server before the upload streams: the encryption context and
  -- the storage key both name it.
  id             uuid NOT NULL,
  patient_id     uuid NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('xray', 'photo', 'report', 'other')),
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  original_name  text CHECK (length(original_name) BETWEEN 1 AND 255),
  -- Detected from the content, never taken from the name or the declared type.
  media_type     text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp',
                                                     'application/pdf', 'application/dicom')),
  byte_size      bigint NOT NULL CHECK (byte_size > 0),
  -- Storage keys name only ids, never anything about the patient.
  storage_key    text NOT NULL CHECK (storage_key ~ '^clinics/[0-9a-f-]{36}/documents/[0-9a-f-]{36}$'),
  thumbnail_key  text CHECK (thumbnail_key ~ '^clinics/[0-9a-f-]{36}/documents/[0-9a-f-]{36}\.thumbnail$'),
  width          integer CHECK (width > 0),
  height         integer CHECK (height > 0),
  uploaded_by    uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  uploaded_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, storage_key),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX patient_documents_patient ON patient_documents (clinic_id, patient_id, uploaded_at DESC);
COMMENT ON TABLE patient_documents IS E'Patient documents (X-rays, photos, reports): metadata and storage keys of files encrypted with the clinic data key. Clinical data: readable only by roles and care teams app_clinical_access (ADR 0011) allows. Retention: with the clinical record.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON patient_documents
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE patient_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE patient_documents FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON patient_documents
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- The clinical access rule of ADR 0011, in its set-based form (cheap on lists).
CREATE POLICY clinical_read ON patient_documents AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
-- The uploader recorded is the person acting, never someone else.
CREATE POLICY clinical_insert ON patient_documents AS RESTRICTIVE FOR INSERT
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND uploaded_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY clinical_update ON patient_documents AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
-- No DELETE: documents are part of the clinical record. patient_id may change so
-- that merging two patients can move their documents; the file and its keys never do.
GRANT SELECT, INSERT ON patient_documents TO niramaya_app;
GRANT UPDATE (patient_id, title, kind) ON patient_documents TO niramaya_app;
