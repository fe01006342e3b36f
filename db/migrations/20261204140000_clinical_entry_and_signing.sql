-- Two clinical capabilities for the clinical records (issue: dental chart, perio, notes,
-- vitals). See: PRODUCT.md "Roles and permissions": assistants read their care-team
-- patients' records and may enter vitals and chart findings; they do not sign notes.
--
--   clinical.chart_entry  enter vitals, dental chart findings, perio measurements and
--                         draft notes (owner, admin, doctor, assistant)
--   clinical.sign         sign clinical notes and their addenda (owner, admin, doctor)
--
-- Both still need clinical access to the patient (ADR 0011): a policy for an entry table
-- reads WITH CHECK ((SELECT app_can('clinical.chart_entry'))
--                   AND ((SELECT app_clinical_all(false))
--                        OR patient_id IN (SELECT app_clinical_patients(false)))).
INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'clinical.chart_entry'), ('admin', 'clinical.chart_entry'),
  ('doctor', 'clinical.chart_entry'), ('assistant', 'clinical.chart_entry'),
  ('owner', 'clinical.sign'), ('admin', 'clinical.sign'), ('doctor', 'clinical.sign');
