-- Prescriptions, treatment consent forms and medical certificates are generated PDFs kept with
-- the patient's documents, like estimates and signed acceptances (ADR 0019): the documents list
-- shows them, and the stored hash proves what was issued or signed.
ALTER TABLE patient_documents DROP CONSTRAINT patient_documents_kind_check;
ALTER TABLE patient_documents ADD CONSTRAINT patient_documents_kind_check
  CHECK (kind IN ('xray', 'photo', 'report', 'other', 'estimate', 'signed_form',
                  'prescription', 'treatment_consent', 'certificate'));
