-- The dental chart (odontogram), issue #10 item 1: findings per tooth and surface, FDI only.
-- ADR 0015. A finding is never changed: a change is a new row that supersedes the old one (the
-- old row gets superseded_at/_by/_reason once), a removal ("charted in error", "no longer
-- present") is a supersede without a successor. So the chart at any past moment is the rows
-- recorded by then and not yet superseded, and a tooth's history is all its rows.
CREATE TABLE dental_findings (
  clinic_id          uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id         uuid NOT NULL,
  tooth              smallint NOT NULL CHECK ((tooth / 10 BETWEEN 1 AND 4 AND tooth % 10 BETWEEN 1 AND 8)
                                              OR (tooth / 10 BETWEEN 5 AND 8 AND tooth % 10 BETWEEN 1 AND 5)),
  surfaces           text[] NOT NULL DEFAULT '{}'
                     CHECK (surfaces <@ ARRAY['M','O','I','D','B','L']::text[] AND cardinality(surfaces) <= 5),
  kind               text NOT NULL CHECK (kind IN ('caries','restoration','missing','unerupted','impacted',
                       'root_canal_treated','crown','bridge_abutment','bridge_pontic','implant','veneer',
                       'post_and_core','sealant','fracture','periapical_lesion','mobility','recession',
                       'root_stump','note')),
  material           text CHECK (material IN ('amalgam','composite','gic','inlay_onlay','pfm','metal',
                       'zirconia','all_ceramic','fibre','temporary')),
  mobility_grade     smallint CHECK (mobility_grade BETWEEN 0 AND 3),
  recession_mm       smallint CHECK (recession_mm BETWEEN 0 AND 20),
  status             text NOT NULL CHECK (status IN ('existing','planned','completed')),
  note               text CHECK (char_length(note) <= 1000),
  recorded_by        uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  recorded_at        timestamptz NOT NULL DEFAULT app_now(),
  completed_by       uuid REFERENCES users (id) ON DELETE RESTRICT,
  completed_at       timestamptz,
  supersedes_id      uuid,
  superseded_at      timestamptz,
  superseded_by      uuid REFERENCES users (id) ON DELETE RESTRICT,
  superseded_reason  text CHECK (superseded_reason IN ('changed','completed','charted_in_error','no_longer_present')),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, supersedes_id) REFERENCES dental_findings (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT dental_findings_mobility_grade CHECK ((kind = 'mobility') = (mobility_grade IS NOT NULL)),
  CONSTRAINT dental_findings_recession_mm CHECK ((kind = 'recession') = (recession_mm IS NOT NULL)),
  CONSTRAINT dental_findings_surfaces CHECK (
    CASE WHEN kind IN ('caries','restoration') THEN cardinality(surfaces) > 0
         WHEN kind IN ('sealant','fracture') THEN true
         ELSE cardinality(surfaces) = 0 END),
  CONSTRAINT dental_findings_material CHECK (material IS NULL OR kind IN
    ('restoration','crown','bridge_abutment','bridge_pontic','veneer','post_and_core','implant')),
  CONSTRAINT dental_findings_completed CHECK ((status = 'completed') = (completed_at IS NOT NULL)
                                             AND (completed_at IS NULL) = (completed_by IS NULL)),
  CONSTRAINT dental_findings_superseded CHECK ((superseded_at IS NULL) = (superseded_by IS NULL)
                                              AND (superseded_at IS NULL) = (superseded_reason IS NULL))
);
-- Chart load (current and as-of) and one tooth's history.
CREATE INDEX dental_findings_patient_tooth ON dental_findings (clinic_id, patient_id, tooth, recorded_at DESC);
CREATE INDEX dental_findings_current ON dental_findings (clinic_id, patient_id) WHERE superseded_at IS NULL;
-- A finding is superseded at most once.
CREATE UNIQUE INDEX dental_findings_one_successor ON dental_findings (clinic_id, supersedes_id)
  WHERE supersedes_id IS NOT NULL;
COMMENT ON TABLE dental_findings IS E'Dental chart findings per tooth and surface (FDI), append-only: a change supersedes the earlier row. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record (10 years after the last visit).';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON dental_findings
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Append-only, for every role: no DELETE, and an UPDATE may only set the superseded fields, once.
-- Refused as insufficient_privilege (42501), like a missing grant or a policy: a BEFORE trigger
-- runs before the row policies' checks, and the same code keeps the answer the same either way.
CREATE FUNCTION dental_findings_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'dental findings are never deleted; supersede them'
      USING ERRCODE = '42501';
  END IF;
  IF OLD.superseded_at IS NOT NULL
     OR (to_jsonb(NEW) - ARRAY['superseded_at','superseded_by','superseded_reason'])
        IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['superseded_at','superseded_by','superseded_reason']) THEN
    RAISE EXCEPTION 'dental findings are never changed; only an unsuperseded finding may be superseded'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON dental_findings
  FOR EACH ROW EXECUTE FUNCTION dental_findings_append_only();

ALTER TABLE dental_findings ENABLE ROW LEVEL SECURITY;
ALTER TABLE dental_findings FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON dental_findings
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON dental_findings AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY chart_entry ON dental_findings AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.chart_entry'))
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)))
              AND recorded_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY chart_supersede ON dental_findings AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.chart_entry'))
         AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))))
  WITH CHECK (superseded_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
GRANT SELECT, INSERT ON dental_findings TO niramaya_app;
GRANT UPDATE (superseded_at, superseded_by, superseded_reason) ON dental_findings TO niramaya_app;
