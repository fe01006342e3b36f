-- Clinical data and who may see it: the care team, one access rule for every
-- clinical table, and the medical and dental history.
-- See: PRODUCT.md "Roles and permissions" (clinical: owner/admin RW; doctor RW own,
-- all if the clinic allows; assistant R own; receptionist and accountant none);
-- DPDP Rules 2025 r.6(1)(b) (access to personal data limited to those who need it).

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'clinical.read'), ('owner', 'clinical.write'), ('owner', 'clinical.all_patients'),
  ('admin', 'clinical.read'), ('admin', 'clinical.write'), ('admin', 'clinical.all_patients'),
  ('doctor', 'clinical.read'), ('doctor', 'clinical.write'),
  ('assistant', 'clinical.read'),
  ('owner', 'patient.care_team'), ('admin', 'patient.care_team'), ('receptionist', 'patient.care_team');

-- "All if clinic setting allows" (PRODUCT.md): off by default, so a doctor sees
-- only the patients they look after until the owner decides otherwise.
ALTER TABLE clinics ADD COLUMN doctors_see_all_patients boolean NOT NULL DEFAULT false;
GRANT UPDATE (doctors_see_all_patients) ON clinics TO niramaya_app;

-- The doctors and assistants looking after a patient: their "own" patients.
-- The front desk assigns them (it gains no clinical access by doing so); a
-- doctor who registers a patient joins that patient's team.
CREATE TABLE patient_care_team (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  patient_id  uuid NOT NULL,
  user_id     uuid NOT NULL,
  -- The audit trigger names rows by id; a care-team row is named by its pair.
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  added_by    uuid REFERENCES users (id) ON DELETE RESTRICT,
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, patient_id, user_id),
  UNIQUE (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, user_id) REFERENCES memberships (clinic_id, user_id) ON DELETE RESTRICT
);
CREATE INDEX patient_care_team_user ON patient_care_team (clinic_id, user_id);
COMMENT ON TABLE patient_care_team IS E'Doctors and assistants looking after a patient; decides whose clinical records a doctor or assistant may open.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON patient_care_team
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Only doctors and assistants are ever "assigned": other roles either see every
-- patient's clinical record already or none at all.
CREATE FUNCTION care_team_member_is_clinician() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM memberships m
                 WHERE m.clinic_id = NEW.clinic_id AND m.user_id = NEW.user_id
                   AND m.role IN ('doctor', 'assistant') AND m.deactivated_at IS NULL) THEN
    RAISE EXCEPTION 'care team members must be active doctors or assistants'
      USING ERRCODE = '23514', CONSTRAINT = 'patient_care_team_member_role';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER member_is_clinician BEFORE INSERT ON patient_care_team
  FOR EACH ROW EXECUTE FUNCTION care_team_member_is_clinician();

ALTER TABLE patient_care_team ENABLE ROW LEVEL SECURITY;
ALTER TABLE patient_care_team FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON patient_care_team
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON patient_care_team AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('patient.read')));
-- The front desk assigns anyone; a doctor may add only themself, and only to a
-- patient they registered (otherwise "own" would mean "any patient I choose").
CREATE POLICY role_insert ON patient_care_team AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('patient.care_team'))
              OR (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
                  AND (SELECT app_can('clinical.write'))
                  AND EXISTS (SELECT 1 FROM patients p
                              WHERE p.clinic_id = patient_care_team.clinic_id
                                AND p.id = patient_care_team.patient_id
                                AND p.created_by = patient_care_team.user_id)));
CREATE POLICY role_delete ON patient_care_team AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('patient.care_team')));
GRANT SELECT, INSERT, DELETE ON patient_care_team TO niramaya_app;

-- The clinic's active doctors and assistants, for anyone who works with patients:
-- the front desk needs them to assign care teams (and, later, to book), but
-- memberships themselves stay limited to staff.read.
CREATE FUNCTION clinic_clinicians()
  RETURNS TABLE (user_id uuid, full_name text, role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT m.user_id, u.full_name, m.role
  FROM memberships m JOIN users u ON u.id = m.user_id
  WHERE m.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND m.role IN ('doctor', 'assistant') AND m.deactivated_at IS NULL
    AND app_can('patient.read')
  ORDER BY m.role DESC, u.full_name
$$;
REVOKE ALL ON FUNCTION clinic_clinicians() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION clinic_clinicians() TO niramaya_app;

-- The one rule for every clinical table: may the acting user read (or write)
-- this patient's clinical records? In two halves so that policies stay cheap on
-- lists: whether the role sees every patient (evaluated once per query, as an
-- InitPlan) and which patients the user's care team covers (one hashed set per
-- query), instead of a function call per row. SECURITY DEFINER so they can look
-- at the care team and clinic setting whatever the caller's own policies allow.
-- Policies read: USING ((SELECT app_clinical_all(false))
--                       OR patient_id IN (SELECT app_clinical_patients(false)))
CREATE FUNCTION app_clinical_all(p_write boolean) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT app_can(CASE WHEN p_write THEN 'clinical.write' ELSE 'clinical.read' END)
     AND (app_can('clinical.all_patients')
          OR (app_current_role() = 'doctor'
              AND COALESCE((SELECT c.doctors_see_all_patients FROM clinics c
                            WHERE c.id = NULLIF(current_setting('app.clinic_id', true), '')::uuid), false)))
$$;

CREATE FUNCTION app_clinical_patients(p_write boolean) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT t.patient_id FROM patient_care_team t
  WHERE t.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND t.user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
    AND app_can(CASE WHEN p_write THEN 'clinical.write' ELSE 'clinical.read' END)
$$;

-- The same rule for one patient, for the API to ask before it answers 403.
CREATE FUNCTION app_clinical_access(p_patient uuid, p_write boolean) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT app_clinical_all(p_write) OR p_patient IN (SELECT app_clinical_patients(p_write))
$$;
REVOKE ALL ON FUNCTION app_clinical_all(boolean), app_clinical_patients(boolean),
                       app_clinical_access(uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_clinical_all(boolean), app_clinical_patients(boolean),
                          app_clinical_access(uuid, boolean) TO niramaya_app;

-- Medical and dental history: one current record per patient, changed in place;
-- every earlier version is kept in the audit log (before and after values).
-- Lists are JSON arrays validated by the API (server/modules/history/schemas.ts)
-- and shaped here only as far as the database can check cheaply.
CREATE TABLE medical_histories (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id       uuid NOT NULL,
  conditions       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(conditions) = 'array'),
  allergies        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(allergies) = 'array'),
  medications      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(medications) = 'array'),
  habits           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(habits) = 'object'),
  dental_history   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(dental_history) = 'object'),
  chief_complaint  text CHECK (length(chief_complaint) <= 2000),
  version          integer NOT NULL DEFAULT 1 CHECK (version > 0),
  updated_by       uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, patient_id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
COMMENT ON TABLE medical_histories IS E'Medical and dental history per patient (conditions, allergies, medications, habits, dental history, chief complaint). Clinical data: readable only by roles and care teams app_clinical_access allows. Retention: with the clinical record.';
CREATE TRIGGER medical_histories_set_updated_at BEFORE UPDATE ON medical_histories
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON medical_histories
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE medical_histories ENABLE ROW LEVEL SECURITY;
ALTER TABLE medical_histories FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON medical_histories
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON medical_histories AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON medical_histories AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
CREATE POLICY clinical_update ON medical_histories AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
GRANT SELECT, INSERT ON medical_histories TO niramaya_app;
GRANT UPDATE (conditions, allergies, medications, habits, dental_history,
              chief_complaint, version, updated_by)
  ON medical_histories TO niramaya_app;
