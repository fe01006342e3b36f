-- Dental lab work (issue #13 item 4; PRODUCT.md §7 "dental lab work (crowns, dentures) sent and
-- received"): the clinic's dental labs, the cases sent to them and each case's steps.
--
-- Who: clinical.read holders read (owners, admins, doctors, assistants); lab.manage holders
-- (the same four: assistants track lab work) send, receive, fit and remake. Receptionists and
-- accountants: nothing (PRODUCT.md roles matrix). Cases are clinical data: the care-team rule of
-- ADR 0011. Writing a case needs lab.manage AND the read half of that rule, because assistants
-- hold no clinical.write (the same shape as vitals' clinical_entry policy).
--
-- A case goes sent → received → fitted. A remake closes the case (status 'remake', with the
-- reason) and opens a NEW case linked to it (remake_of): the first case's dates stay as they
-- happened, so the board and the lab's record show both trips.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'lab.manage'), ('admin', 'lab.manage'), ('doctor', 'lab.manage'),
  ('assistant', 'lab.manage');

CREATE TABLE labs (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  contact_person  text CHECK (char_length(contact_person) <= 120),
  -- E.164, normalised by the API like patients' phones (shared/india/identifiers.ts).
  phone           text CHECK (phone ~ '^\+91[6-9][0-9]{9}$'),
  email           text CHECK (char_length(email) <= 254),
  address         text CHECK (char_length(address) <= 500),
  notes           text CHECK (char_length(notes) <= 1000),
  -- Labs are archived, never deleted: old cases still name them.
  archived_at     timestamptz,
  created_at      timestamptz NOT NULL DEFAULT app_now(),
  updated_at      timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id)
);
CREATE UNIQUE INDEX labs_name ON labs (clinic_id, lower(btrim(name)));
COMMENT ON TABLE labs IS E'The clinic''s dental labs: name, contact person, phone, email, address, notes; archived, never deleted. Business contacts, not patient data. Retention: while the clinic uses the service (cases refer to them).';
CREATE TRIGGER labs_set_updated_at BEFORE UPDATE ON labs
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON labs
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

CREATE TABLE lab_cases (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id      uuid NOT NULL,
  lab_id          uuid NOT NULL,
  work_type       text NOT NULL CHECK (work_type IN ('crown','bridge','inlay_onlay','veneer',
                    'complete_denture','partial_denture','cast_partial_denture','night_guard',
                    'aligner','retainer','implant_crown','implant_abutment','model','other')),
  -- FDI two-digit codes, permanent or primary (shared/dental/fdi.ts), at least one.
  teeth           smallint[] NOT NULL CHECK (cardinality(teeth) BETWEEN 1 AND 32
                    AND array_position(teeth, NULL) IS NULL
                    AND teeth <@ ARRAY[11,12,13,14,15,16,17,18,21,22,23,24,25,26,27,28,
                                       31,32,33,34,35,36,37,38,41,42,43,44,45,46,47,48,
                                       51,52,53,54,55,61,62,63,64,65,71,72,73,74,75,
                                       81,82,83,84,85]::smallint[]),
  shade           text CHECK (char_length(shade) <= 40),
  material        text CHECK (material IN ('pfm','zirconia','emax','metal','acrylic',
                    'composite','peek','flexible','other')),
  instructions    text CHECK (char_length(instructions) <= 2000),
  sent_on         date NOT NULL,
  due_on          date NOT NULL,
  status          text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent','received','fitted','remake')),
  received_on     date,
  fitted_on       date,
  remake_reason   text CHECK (char_length(remake_reason) <= 500),
  -- The case this one remakes (its status is 'remake').
  remake_of       uuid,
  plan_item_id    uuid,
  -- The lab's bill, in paise (ADR 0020), when known.
  cost_paise      integer CHECK (cost_paise BETWEEN 0 AND 100000000),
  created_by      uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at      timestamptz NOT NULL DEFAULT app_now(),
  updated_at      timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, lab_id) REFERENCES labs (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, remake_of) REFERENCES lab_cases (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, plan_item_id) REFERENCES treatment_plan_items (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT lab_cases_due CHECK (due_on >= sent_on),
  CONSTRAINT lab_cases_received CHECK (CASE status WHEN 'sent' THEN received_on IS NULL
                                                    WHEN 'remake' THEN true
                                                    ELSE received_on IS NOT NULL END
                                       AND (received_on IS NULL OR received_on >= sent_on)),
  CONSTRAINT lab_cases_fitted CHECK ((fitted_on IS NOT NULL) = (status = 'fitted')
                                     AND (fitted_on IS NULL OR fitted_on >= received_on)),
  CONSTRAINT lab_cases_remake CHECK ((status = 'remake') = (remake_reason IS NOT NULL)),
  -- A case is remade once: the remake is the one new case.
  UNIQUE (clinic_id, remake_of)
);
CREATE INDEX lab_cases_patient ON lab_cases (clinic_id, patient_id, sent_on DESC);
CREATE INDEX lab_cases_open ON lab_cases (clinic_id, due_on) WHERE status = 'sent';
COMMENT ON TABLE lab_cases IS E'Dental lab cases of a patient: lab, work type, teeth (FDI), shade, material, instructions, sent/due/received/fitted dates, status, remake reason and link, optional treatment-plan item and the lab''s cost. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record (10 years after the last visit).';
CREATE TRIGGER lab_cases_set_updated_at BEFORE UPDATE ON lab_cases
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON lab_cases
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- A linked plan item belongs to the same patient. The foreign key alone would accept another
-- patient's item; the API checks first and names the field, this keeps the database honest.
CREATE FUNCTION lab_cases_plan_item_patient() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF NEW.plan_item_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM treatment_plan_items i
       WHERE i.clinic_id = NEW.clinic_id AND i.id = NEW.plan_item_id AND i.patient_id = NEW.patient_id) THEN
    RAISE EXCEPTION 'the plan item must be one of the same patient'
      USING ERRCODE = '23514', CONSTRAINT = 'lab_cases_plan_item_patient';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER plan_item_patient BEFORE INSERT OR UPDATE OF plan_item_id, patient_id ON lab_cases
  FOR EACH ROW EXECUTE FUNCTION lab_cases_plan_item_patient();

-- Each step of a case (sent, received, fitted, remake), with its date, so the board can show
-- when each happened. Never changed or deleted.
CREATE TABLE lab_case_events (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL,
  patient_id      uuid NOT NULL,
  status          text NOT NULL CHECK (status IN ('sent','received','fitted','remake')),
  occurred_on     date NOT NULL,
  note            text CHECK (char_length(note) <= 500),
  recorded_by     uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  recorded_at     timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, case_id) REFERENCES lab_cases (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX lab_case_events_case ON lab_case_events (clinic_id, case_id, recorded_at);
COMMENT ON TABLE lab_case_events IS E'The steps of a dental lab case (sent, received, fitted, remake) with their dates, who recorded them and the remake reason; never changed. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON lab_case_events
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Row-level security: the clinic; labs by role; cases and their steps by role and care team.
ALTER TABLE labs ENABLE ROW LEVEL SECURITY;
ALTER TABLE labs FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON labs
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON labs AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('clinical.read')));
CREATE POLICY role_insert ON labs AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('lab.manage')));
CREATE POLICY role_update ON labs AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('lab.manage')))
  WITH CHECK ((SELECT app_can('lab.manage')));

ALTER TABLE lab_cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab_cases FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON lab_cases
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON lab_cases AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY lab_insert ON lab_cases AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('lab.manage'))
              AND created_by = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND ((SELECT app_clinical_all(false))
                   OR patient_id IN (SELECT app_clinical_patients(false))));
CREATE POLICY lab_update ON lab_cases AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('lab.manage'))
         AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))))
  WITH CHECK ((SELECT app_can('lab.manage'))
              AND ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false))));

ALTER TABLE lab_case_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab_case_events FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON lab_case_events
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON lab_case_events AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY lab_insert ON lab_case_events AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('lab.manage'))
              AND recorded_by = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND ((SELECT app_clinical_all(false))
                   OR patient_id IN (SELECT app_clinical_patients(false))));

GRANT SELECT, INSERT ON labs, lab_cases, lab_case_events TO niramaya_app;
GRANT UPDATE (name, contact_person, phone, email, address, notes, archived_at) ON labs TO niramaya_app;
GRANT UPDATE (lab_id, work_type, teeth, shade, material, instructions, sent_on, due_on, status,
              received_on, fitted_on, remake_reason, plan_item_id, cost_paise) ON lab_cases TO niramaya_app;
