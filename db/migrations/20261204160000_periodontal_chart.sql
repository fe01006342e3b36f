-- Periodontal chart (issue #10 item 2): an exam per visit, six probing sites per tooth
-- (DB, B, MB, DL, L, ML; shared/dental/fdi.ts PERIO_SITES) and per-tooth findings.
--
-- Storage: one row per site (perio_sites) and per tooth (perio_teeth) under an exam
-- (perio_exams) rather than a jsonb document, so that the database itself checks every limit
-- (plain CHECK constraints), sites stay queryable (e.g. every site >= 6 mm across exams) and the
-- draft is saved a few sites at a time with an upsert. CAL is never stored: it is PPD +
-- recession (shared/dental/perio-summary.ts).
--
-- A completed exam is immutable for every role, the app's included (trigger below): its sites
-- and teeth cannot be inserted, changed or deleted, and the exam row may only have its
-- confirmed stage/grade recorded (the dentist's confirmation of the 2017 AAP/EFP suggestion).

CREATE FUNCTION perio_is_tooth(t smallint) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
  SELECT (t / 10 BETWEEN 1 AND 4 AND t % 10 BETWEEN 1 AND 8)
      OR (t / 10 BETWEEN 5 AND 8 AND t % 10 BETWEEN 1 AND 5)
$$;
-- Same rule as isMultiRooted in shared/dental/fdi.ts: permanent molars, upper first premolars,
-- primary molars.
CREATE FUNCTION perio_is_multi_rooted(t smallint) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
  SELECT (t / 10 BETWEEN 1 AND 4 AND (t % 10 >= 6 OR (t / 10 IN (1, 2) AND t % 10 = 4)))
      OR (t / 10 BETWEEN 5 AND 8 AND t % 10 >= 4)
$$;

CREATE TABLE perio_exams (
  clinic_id         uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id        uuid NOT NULL,
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'completed')),
  include_implants  boolean NOT NULL DEFAULT false,
  appointment_id    uuid,
  copied_from       uuid,
  created_by        uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at        timestamptz NOT NULL DEFAULT app_now(),
  updated_at        timestamptz NOT NULL DEFAULT app_now(),
  completed_by      uuid REFERENCES users (id) ON DELETE RESTRICT,
  completed_at      timestamptz,
  confirmed_stage   text CHECK (confirmed_stage IN ('I', 'II', 'III', 'IV')),
  confirmed_grade   text CHECK (confirmed_grade IN ('A', 'B', 'C')),
  confirmed_by      uuid REFERENCES users (id) ON DELETE RESTRICT,
  confirmed_at      timestamptz,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, id, patient_id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, copied_from, patient_id)
    REFERENCES perio_exams (clinic_id, id, patient_id) ON DELETE RESTRICT,
  CHECK ((status = 'completed') = (completed_at IS NOT NULL AND completed_by IS NOT NULL)),
  CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL))
);
CREATE INDEX perio_exams_patient ON perio_exams (clinic_id, patient_id, created_at);
COMMENT ON TABLE perio_exams IS E'Periodontal examinations (draft, then completed and immutable), with the dentist-confirmed 2017 AAP/EFP stage and grade. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record (10 years after the last visit).';

CREATE TABLE perio_teeth (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  exam_id     uuid NOT NULL,
  patient_id  uuid NOT NULL,
  tooth       smallint NOT NULL CHECK (perio_is_tooth(tooth)),
  missing     boolean NOT NULL DEFAULT false,
  implant     boolean NOT NULL DEFAULT false,
  mobility    smallint CHECK (mobility BETWEEN 0 AND 3),
  furcation   smallint CHECK (furcation BETWEEN 1 AND 4),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, exam_id, tooth),
  FOREIGN KEY (clinic_id, exam_id, patient_id)
    REFERENCES perio_exams (clinic_id, id, patient_id) ON DELETE RESTRICT,
  CONSTRAINT perio_teeth_furcation_multi_rooted
    CHECK (furcation IS NULL OR perio_is_multi_rooted(tooth)),
  CHECK (NOT (missing AND implant))
);
COMMENT ON TABLE perio_teeth IS E'Per-tooth periodontal findings of an exam: missing/implant, Miller mobility 0-3, Glickman furcation 1-4 (multi-rooted teeth only). Clinical data: care-team rule (ADR 0011). Retention: with the clinical record (10 years after the last visit).';

CREATE TABLE perio_sites (
  clinic_id    uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  exam_id      uuid NOT NULL,
  patient_id   uuid NOT NULL,
  tooth        smallint NOT NULL CHECK (perio_is_tooth(tooth)),
  site         text NOT NULL CHECK (site IN ('DB', 'B', 'MB', 'DL', 'L', 'ML')),
  ppd          smallint CHECK (ppd BETWEEN 0 AND 15),
  recession    smallint CHECK (recession BETWEEN -5 AND 15),
  bleeding     boolean NOT NULL DEFAULT false,
  suppuration  boolean NOT NULL DEFAULT false,
  plaque       boolean NOT NULL DEFAULT false,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, exam_id, tooth, site),
  FOREIGN KEY (clinic_id, exam_id, patient_id)
    REFERENCES perio_exams (clinic_id, id, patient_id) ON DELETE RESTRICT
);
COMMENT ON TABLE perio_sites IS E'Probing sites of a periodontal exam: pocket depth 0-15 mm, recession -5..15 mm (CAL = PPD + recession, never stored), bleeding, suppuration, plaque. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record (10 years after the last visit).';

CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON perio_exams
  FOR EACH ROW EXECUTE FUNCTION audit_capture();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON perio_teeth
  FOR EACH ROW EXECUTE FUNCTION audit_capture();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON perio_sites
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- A completed exam is never changed or deleted, by any role; only its confirmed stage/grade
-- may be recorded afterwards.
CREATE FUNCTION perio_exam_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'completed' AND (TG_OP = 'DELETE'
     OR (to_jsonb(NEW) - ARRAY['confirmed_stage','confirmed_grade','confirmed_by','confirmed_at'])
        IS DISTINCT FROM
        (to_jsonb(OLD) - ARRAY['confirmed_stage','confirmed_grade','confirmed_by','confirmed_at'])) THEN
    RAISE EXCEPTION 'a completed periodontal exam is never changed'
      USING ERRCODE = '23514', CONSTRAINT = 'perio_exam_completed';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  -- The confirmed stage and grade are a diagnosis: only a role that signs (not assistants).
  IF (NEW.confirmed_stage, NEW.confirmed_grade, NEW.confirmed_by, NEW.confirmed_at)
       IS DISTINCT FROM (OLD.confirmed_stage, OLD.confirmed_grade, OLD.confirmed_by, OLD.confirmed_at)
     AND NOT app_can('clinical.sign') THEN
    RAISE EXCEPTION 'only a dentist confirms the periodontitis stage and grade'
      USING ERRCODE = '42501', CONSTRAINT = 'perio_exam_confirm_needs_sign';
  END IF;
  IF OLD.status = 'draft' THEN NEW.updated_at := app_now(); END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER immutable_when_completed BEFORE UPDATE OR DELETE ON perio_exams
  FOR EACH ROW EXECUTE FUNCTION perio_exam_immutable();

-- Sites and teeth of a completed exam: no insert, update or delete. SECURITY DEFINER so the
-- check sees the exam whatever the caller may read; it reads only the status.
CREATE FUNCTION perio_measurement_immutable() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  row_ record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF EXISTS (SELECT 1 FROM perio_exams e
             WHERE e.clinic_id = row_.clinic_id AND e.id = row_.exam_id
               AND e.status = 'completed')
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM perio_exams e
             WHERE e.clinic_id = OLD.clinic_id AND e.id = OLD.exam_id
               AND e.status = 'completed')) THEN
    RAISE EXCEPTION 'a completed periodontal exam is never changed'
      USING ERRCODE = '23514', CONSTRAINT = 'perio_exam_completed';
  END IF;
  RETURN row_;
END $$;
REVOKE ALL ON FUNCTION perio_measurement_immutable() FROM PUBLIC;
CREATE TRIGGER immutable_when_completed BEFORE INSERT OR UPDATE OR DELETE ON perio_teeth
  FOR EACH ROW EXECUTE FUNCTION perio_measurement_immutable();
CREATE TRIGGER immutable_when_completed BEFORE INSERT OR UPDATE OR DELETE ON perio_sites
  FOR EACH ROW EXECUTE FUNCTION perio_measurement_immutable();

ALTER TABLE perio_exams ENABLE ROW LEVEL SECURITY;
ALTER TABLE perio_exams FORCE ROW LEVEL SECURITY;
ALTER TABLE perio_teeth ENABLE ROW LEVEL SECURITY;
ALTER TABLE perio_teeth FORCE ROW LEVEL SECURITY;
ALTER TABLE perio_sites ENABLE ROW LEVEL SECURITY;
ALTER TABLE perio_sites FORCE ROW LEVEL SECURITY;

CREATE POLICY clinic_isolation ON perio_exams
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON perio_exams AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY chart_entry ON perio_exams AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND confirmed_stage IS NULL AND confirmed_grade IS NULL AND confirmed_by IS NULL
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));
CREATE POLICY chart_entry_update ON perio_exams AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.chart_entry'))
         AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))))
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));
GRANT SELECT, INSERT ON perio_exams TO niramaya_app;
GRANT UPDATE (status, include_implants, completed_by, completed_at, confirmed_stage,
              confirmed_grade, confirmed_by, confirmed_at)
  ON perio_exams TO niramaya_app;

CREATE POLICY clinic_isolation ON perio_teeth
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON perio_teeth AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY chart_entry ON perio_teeth AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));
CREATE POLICY chart_entry_update ON perio_teeth AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.chart_entry'))
         AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))))
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));
GRANT SELECT, INSERT ON perio_teeth TO niramaya_app;
GRANT UPDATE (missing, implant, mobility, furcation) ON perio_teeth TO niramaya_app;

CREATE POLICY clinic_isolation ON perio_sites
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON perio_sites AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY chart_entry ON perio_sites AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));
CREATE POLICY chart_entry_update ON perio_sites AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.chart_entry'))
         AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))))
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));
GRANT SELECT, INSERT ON perio_sites TO niramaya_app;
GRANT UPDATE (ppd, recession, bleeding, suppuration, plaque) ON perio_sites TO niramaya_app;
