-- Note templates per clinic (issue #10, item 3: "Note templates per clinic (e.g. 'RCT sitting
-- 1') with prompts to fill"). Each holds starting text for the four SOAP sections; a prompt is
-- written [[Label]] and the notes screen turns each into a field to fill
-- (shared/notes/template-prompts.ts). Clinical roles read them; owners and admins
-- (clinical.templates) write and archive them. They hold no patient data.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'clinical.templates'), ('admin', 'clinical.templates');

CREATE TABLE note_templates (
  clinic_id    uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  subjective   text NOT NULL DEFAULT '' CHECK (length(subjective) <= 4000),
  objective    text NOT NULL DEFAULT '' CHECK (length(objective) <= 4000),
  assessment   text NOT NULL DEFAULT '' CHECK (length(assessment) <= 4000),
  plan         text NOT NULL DEFAULT '' CHECK (length(plan) <= 4000),
  is_archived  boolean NOT NULL DEFAULT false,
  -- NULL: one of the templates every clinic starts with (seed_note_templates below).
  created_by   uuid REFERENCES users (id) ON DELETE RESTRICT
               DEFAULT NULLIF(current_setting('app.user_id', true), '')::uuid,
  created_at   timestamptz NOT NULL DEFAULT app_now(),
  updated_by   uuid REFERENCES users (id) ON DELETE RESTRICT,
  updated_at   timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id)
);
-- One live template per name, case-insensitively; an archived name may be reused.
CREATE UNIQUE INDEX note_templates_name ON note_templates (clinic_id, lower(btrim(name)))
  WHERE NOT is_archived;
COMMENT ON TABLE note_templates IS E'Starting text with [[prompts]] for the SOAP sections of clinical notes, per clinic; archived, never deleted. No patient data. Retention: while the clinic exists.';
CREATE TRIGGER note_templates_set_updated_at BEFORE UPDATE ON note_templates
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON note_templates
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE note_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE note_templates FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON note_templates
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON note_templates AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('clinical.read')));
CREATE POLICY manage_insert ON note_templates AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.templates')));
CREATE POLICY manage_update ON note_templates AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.templates')))
  WITH CHECK ((SELECT app_can('clinical.templates')));
GRANT SELECT, INSERT ON note_templates TO niramaya_app;
GRANT UPDATE (name, subjective, objective, assessment, plan, is_archived, updated_by)
  ON note_templates TO niramaya_app;

-- The templates a clinic starts with: common Indian dental visits, tooth numbers in FDI
-- notation. Runs as the caller (row-level security applies): the server calls it at sign-up as
-- the new owner; below, the migration owner calls it for the clinics that already exist. A
-- name the clinic already uses is skipped.
CREATE FUNCTION seed_note_templates(p_clinic uuid) RETURNS void
  LANGUAGE sql SET search_path = pg_catalog, public AS $$
  INSERT INTO note_templates (clinic_id, name, subjective, objective, assessment, plan, created_by)
  SELECT p_clinic, t.name, t.subjective, t.objective, t.assessment, t.plan, NULL
  FROM (VALUES
    ('New patient examination',
     E'Chief complaint: [[In the patient''s words]]\nHistory of present illness: [[Onset, duration, what makes it worse]]\nMedical history: [[Conditions, medicines, allergies]]\nDental history: [[Previous treatment]]\nHabits: [[Tobacco, areca nut (supari), alcohol]]',
     E'Extraoral: [[Face, TMJ, lymph nodes]]\nSoft tissues: [[Mucosa, tongue, floor of mouth; oral cancer screen]]\nTeeth: [[Caries, missing, restorations (FDI)]]\nPeriodontium: [[Bleeding, calculus, pockets]]\nOcclusion: [[Class and findings]]\nRadiographs: [[Advised or findings]]',
     E'Problem list: [[Diagnoses]]',
     E'Treatment plan explained: [[Phases and options]]\nNext visit: [[Procedure]]'),
    ('RCT sitting 1',
     E'Chief complaint: [[Chief complaint]]\nPain: [[Character, duration, night pain]]\nChanges in medical history: [[None or details]]',
     E'Tooth: [[Tooth (FDI)]]\nPre-operative IOPA: [[Findings]]\nPulp tests: [[Cold / EPT response]]\nTender on percussion: [[Yes / no]]',
     E'Diagnosis: [[Pulpal and periapical diagnosis]]',
     E'Local anaesthesia: [[Agent and technique]]\nRubber dam isolation and access opening.\nWorking length: [[Canals and lengths (mm)]]\nCleaning and shaping: [[Master apical file per canal]]\nIrrigation: [[Irrigants]]\nIntracanal medicament: [[Medicament]]\nTemporary restoration: [[Material]]\nNext sitting: [[When]]'),
    ('RCT sitting 2 / obturation',
     E'Since the last sitting: [[Symptoms]]',
     E'Tooth: [[Tooth (FDI)]]\nTemporary restoration: [[Intact / lost]]\nTender on percussion: [[Yes / no]]\nCanals dry: [[Yes / no]]',
     E'[[Ready for obturation, or needs further dressing]]',
     E'Master cone IOPA: [[Findings]]\nObturation: [[Technique and sealer]]\nPost-obturation IOPA: [[Quality of fill]]\nCoronal seal: [[Material]]\nCrown advised: [[Type and when]]'),
    ('Extraction',
     E'Chief complaint: [[Chief complaint]]\nMedical history, blood thinners, allergies: [[Reviewed findings]]',
     E'Tooth: [[Tooth (FDI)]]\nClinical findings: [[Mobility, caries, swelling]]\nRadiograph: [[IOPA / OPG findings]]\nBlood pressure before the procedure: [[mmHg]]',
     E'Indication: [[Reason for extraction]]',
     E'Consent for extraction taken.\nLocal anaesthesia: [[Agent and technique]]\nProcedure: [[Closed or surgical; complications]]\nHaemostasis: [[Pressure pack / sutures]]\nPrescription: [[Medicines]]\nPost-extraction instructions given, spoken and written.\nReview: [[When]]'),
    ('Scaling and root planing',
     E'Complaint: [[Bleeding gums, sensitivity, bad breath]]\nOral hygiene and habits: [[Brushing; tobacco, areca nut]]',
     E'Gingiva: [[Colour, consistency, bleeding on probing]]\nCalculus: [[Supra- / subgingival, where]]\nDeepest pockets: [[Sites and depths (mm)]]',
     E'Diagnosis: [[Gingivitis, or periodontitis stage and grade]]',
     E'Done: [[Quadrants; ultrasonic / hand instruments]]\nLocal anaesthesia: [[If used]]\nOral hygiene instructions given.\nMouthwash: [[Prescribed or none]]\nRe-evaluation: [[When]]'),
    ('Composite restoration',
     E'Complaint: [[Sensitivity, food lodgement]]',
     E'Tooth and surfaces: [[Tooth (FDI) and surfaces]]\nCaries depth: [[Enamel / dentine / near the pulp]]',
     E'Diagnosis: [[For example, dentinal caries]]',
     E'Isolation: [[Rubber dam / cotton rolls]]\nLiner or base: [[Material, or none]]\nBonding and composite: [[System and shade]]\nOcclusion checked, restoration finished and polished.\nPost-operative instructions given.')
  ) AS t (name, subjective, objective, assessment, plan)
  WHERE NOT EXISTS (SELECT 1 FROM note_templates n
                    WHERE n.clinic_id = p_clinic AND NOT n.is_archived
                      AND lower(btrim(n.name)) = lower(t.name))
$$;
REVOKE ALL ON FUNCTION seed_note_templates(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seed_note_templates(uuid) TO niramaya_app;

-- The clinics that already exist get them too. The audit trigger records each row under the
-- clinic in app.clinic_id (audit_insert refuses without one), so it is set per clinic, for
-- this statement only, with no user: the change is the system's.
DO $$
DECLARE
  v_clinic uuid;
BEGIN
  FOR v_clinic IN SELECT id FROM clinics ORDER BY id LOOP
    PERFORM set_config('app.clinic_id', v_clinic::text, true);
    PERFORM seed_note_templates(v_clinic);
  END LOOP;
  PERFORM set_config('app.clinic_id', '', true);
END
$$;
