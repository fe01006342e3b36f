-- Treatment plans (issue #11, items 2–5; PRODUCT.md §7 "Treatment plans: procedures per tooth
-- and surface from the clinic's catalogue, phases and sittings, estimates, patient acceptance
-- (signed), status per item, progress notes per sitting"). Clinical data: the care-team rule of
-- ADR 0011 for every table here; clinical.write holders (owners, admins, doctors) write,
-- clinical.read holders (assistants too) read. ADR 0018 explains the model.
--
-- A plan is proposed, then accepted (signed by the patient), or superseded (an alternative in
-- its group was accepted), declined, cancelled, or completed (every item done or dropped).
-- A plan's version is what the patient signs: once accepted, its items' procedure, teeth, price
-- and phase are frozen by a trigger; a change is a new plan (revision_of the accepted one,
-- version + 1) that needs a new acceptance, and accepting it cancels what the old one had not
-- started.

CREATE TABLE treatment_plans (
  clinic_id          uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id         uuid NOT NULL,
  title              text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 120),
  -- The doctor responsible (shown on the estimate and the not-booked list).
  doctor_id          uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  -- Alternatives ("implant" or "bridge") share a group; accepting one supersedes the others.
  alternative_group  uuid NOT NULL DEFAULT gen_random_uuid(),
  revision_of        uuid,
  version            smallint NOT NULL DEFAULT 1 CHECK (version BETWEEN 1 AND 999),
  status             text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','accepted',
                       'superseded','declined','cancelled','completed')),
  note               text CHECK (char_length(note) <= 1000),
  created_by         uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at         timestamptz NOT NULL DEFAULT app_now(),
  updated_at         timestamptz NOT NULL DEFAULT app_now(),
  status_changed_at  timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, revision_of) REFERENCES treatment_plans (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT treatment_plans_revision CHECK ((revision_of IS NULL) = (version = 1))
);
CREATE INDEX treatment_plans_patient ON treatment_plans (clinic_id, patient_id, created_at DESC);
CREATE INDEX treatment_plans_group ON treatment_plans (clinic_id, alternative_group);
COMMENT ON TABLE treatment_plans IS E'Treatment plans of a patient: title, responsible doctor, alternatives group, version and status. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record (10 years after the last visit).';
CREATE TRIGGER treatment_plans_set_updated_at BEFORE UPDATE ON treatment_plans
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON treatment_plans
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

CREATE TABLE treatment_plan_items (
  clinic_id          uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id            uuid NOT NULL,
  patient_id         uuid NOT NULL,
  procedure_id       uuid NOT NULL,
  -- Copied from the catalogue when planned, so a later price or tax change never alters it.
  code               text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
  name               text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  pricing_model      text NOT NULL CHECK (pricing_model IN ('per_tooth','per_surface','per_quadrant',
                       'per_arch','per_visit','fixed')),
  tooth              smallint CHECK ((tooth / 10 BETWEEN 1 AND 4 AND tooth % 10 BETWEEN 1 AND 8)
                                     OR (tooth / 10 BETWEEN 5 AND 8 AND tooth % 10 BETWEEN 1 AND 5)),
  surfaces           text[] NOT NULL DEFAULT '{}'
                     CHECK (surfaces <@ ARRAY['M','O','I','D','B','L']::text[] AND cardinality(surfaces) <= 5),
  quadrant           smallint CHECK (quadrant BETWEEN 1 AND 4),
  arch               text CHECK (arch IN ('upper','lower')),
  -- Surfaces for per surface, visits for per visit, otherwise 1.
  quantity           smallint NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 50),
  unit_price_paise   integer NOT NULL CHECK (unit_price_paise BETWEEN 0 AND 1000000000),
  discount_paise     integer NOT NULL DEFAULT 0 CHECK (discount_paise >= 0),
  sac_code           text NOT NULL CHECK (sac_code ~ '^[0-9]{4,8}$'),
  taxable            boolean NOT NULL,
  gst_rate_bp        integer NOT NULL CHECK (gst_rate_bp BETWEEN 0 AND 4000),
  phase              text NOT NULL DEFAULT 'phase_1' CHECK (phase IN ('urgent','phase_1','phase_2',
                       'phase_3','maintenance')),
  position           smallint NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 999),
  planned_sittings   smallint NOT NULL DEFAULT 1 CHECK (planned_sittings BETWEEN 1 AND 30),
  status             text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','accepted',
                       'in_progress','completed','declined','cancelled','superseded')),
  -- The planned finding this item put on the dental chart (ADR 0015), when its procedure has one.
  finding_id         uuid,
  completed_at       timestamptz,
  completed_by       uuid REFERENCES users (id) ON DELETE RESTRICT,
  created_by         uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at         timestamptz NOT NULL DEFAULT app_now(),
  updated_at         timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, procedure_id) REFERENCES procedures (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, finding_id) REFERENCES dental_findings (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT treatment_plan_items_discount CHECK (discount_paise <= unit_price_paise::bigint * quantity),
  CONSTRAINT treatment_plan_items_tax CHECK (taxable = (gst_rate_bp > 0)),
  CONSTRAINT treatment_plan_items_site CHECK (CASE pricing_model
    WHEN 'per_tooth' THEN tooth IS NOT NULL AND quadrant IS NULL AND arch IS NULL
    WHEN 'per_surface' THEN tooth IS NOT NULL AND cardinality(surfaces) = quantity AND quadrant IS NULL AND arch IS NULL
    WHEN 'per_quadrant' THEN tooth IS NULL AND quadrant IS NOT NULL AND arch IS NULL
    WHEN 'per_arch' THEN tooth IS NULL AND quadrant IS NULL AND arch IS NOT NULL
    ELSE tooth IS NULL AND quadrant IS NULL AND arch IS NULL END),
  CONSTRAINT treatment_plan_items_completed CHECK ((status = 'completed') = (completed_at IS NOT NULL)
                                                  AND (completed_at IS NULL) = (completed_by IS NULL))
);
CREATE INDEX treatment_plan_items_plan ON treatment_plan_items (clinic_id, plan_id, phase, position);
CREATE INDEX treatment_plan_items_open ON treatment_plan_items (clinic_id, patient_id)
  WHERE status IN ('accepted','in_progress');
COMMENT ON TABLE treatment_plan_items IS E'Items of a treatment plan: a catalogue procedure on a tooth (surfaces), quadrant or arch, with the price, discount and GST copied when planned, phase, planned sittings and status. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record.';
CREATE TRIGGER treatment_plan_items_set_updated_at BEFORE UPDATE ON treatment_plan_items
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON treatment_plan_items
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- What the patient signed does not change, for every role: items are added to and removed from
-- a proposed plan only, and once the plan is no longer proposed only an item's progress (status,
-- completion, its chart finding) may change. Refused as 42501, like the chart's append-only rule.
CREATE FUNCTION treatment_plan_items_frozen() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  v_plan_status text;
BEGIN
  SELECT p.status INTO v_plan_status FROM treatment_plans p
  WHERE p.clinic_id = COALESCE(NEW.clinic_id, OLD.clinic_id) AND p.id = COALESCE(NEW.plan_id, OLD.plan_id);
  IF TG_OP = 'UPDATE' AND v_plan_status IS DISTINCT FROM 'proposed'
     AND (to_jsonb(NEW) - ARRAY['status','completed_at','completed_by','finding_id','updated_at'])
         IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status','completed_at','completed_by','finding_id','updated_at']) THEN
    RAISE EXCEPTION 'the items of a plan that is no longer proposed do not change; revise the plan'
      USING ERRCODE = '42501';
  END IF;
  IF TG_OP <> 'UPDATE' AND v_plan_status IS DISTINCT FROM 'proposed' THEN
    RAISE EXCEPTION 'items are added to and removed from a proposed plan only'
      USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER frozen BEFORE INSERT OR UPDATE OR DELETE ON treatment_plan_items
  FOR EACH ROW EXECUTE FUNCTION treatment_plan_items_frozen();

-- Sittings: each visit's work on an item. Never changed or deleted (clinical record); a wrong
-- entry is followed by a correcting one.
CREATE TABLE treatment_sittings (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  item_id         uuid NOT NULL,
  patient_id      uuid NOT NULL,
  sitting_number  smallint NOT NULL CHECK (sitting_number BETWEEN 1 AND 99),
  performed_on    date NOT NULL,
  doctor_id       uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  work_done       text NOT NULL CHECK (length(btrim(work_done)) BETWEEN 1 AND 500),
  progress_note   text CHECK (char_length(progress_note) <= 2000),
  recorded_by     uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  recorded_at     timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, item_id, sitting_number),
  FOREIGN KEY (clinic_id, item_id) REFERENCES treatment_plan_items (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX treatment_sittings_patient ON treatment_sittings (clinic_id, patient_id, performed_on DESC);
COMMENT ON TABLE treatment_sittings IS E'Sittings of a treatment plan item: date, doctor, work done and a progress note; never changed. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON treatment_sittings
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Patient documents the clinic generates (estimates, signed forms) sit with the uploaded ones,
-- encrypted the same way; the hash of a generated document is kept so that what was signed can
-- be proved.
ALTER TABLE patient_documents DROP CONSTRAINT patient_documents_kind_check;
ALTER TABLE patient_documents ADD CONSTRAINT patient_documents_kind_check
  CHECK (kind IN ('xray', 'photo', 'report', 'other', 'estimate', 'signed_form'));
ALTER TABLE patient_documents ADD COLUMN content_sha256 text CHECK (content_sha256 ~ '^[0-9a-f]{64}$');

-- Acceptances: the patient's (or guardian's) signature on one version of a plan. The row holds
-- the exact items and amounts accepted, the hash of the estimate document the patient saw, the
-- signed document and who witnessed it. Never changed or deleted, by any role.
CREATE TABLE treatment_acceptances (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id              uuid NOT NULL,
  patient_id           uuid NOT NULL,
  plan_version         smallint NOT NULL,
  signed_by            text NOT NULL CHECK (signed_by IN ('patient','guardian')),
  -- The guardian's name, encrypted with the clinic's key (like patients.guardian_cipher).
  signer_name_cipher   bytea,
  estimate             jsonb NOT NULL CHECK (jsonb_typeof(estimate) = 'object'),
  subtotal_paise       bigint NOT NULL CHECK (subtotal_paise >= 0),
  discount_paise       bigint NOT NULL CHECK (discount_paise >= 0),
  gst_paise            bigint NOT NULL CHECK (gst_paise >= 0),
  total_paise          bigint NOT NULL CHECK (total_paise >= 0),
  estimate_sha256      text NOT NULL CHECK (estimate_sha256 ~ '^[0-9a-f]{64}$'),
  estimate_document_id uuid NOT NULL,
  signed_document_id   uuid NOT NULL,
  witnessed_by         uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  accepted_at          timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  -- A plan version is accepted once.
  UNIQUE (clinic_id, plan_id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, estimate_document_id) REFERENCES patient_documents (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, signed_document_id) REFERENCES patient_documents (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT treatment_acceptances_guardian CHECK ((signed_by = 'guardian') = (signer_name_cipher IS NOT NULL)),
  CONSTRAINT treatment_acceptances_total CHECK (total_paise = subtotal_paise - discount_paise + gst_paise)
);
COMMENT ON TABLE treatment_acceptances IS E'A patient''s or guardian''s signed acceptance of one version of a treatment plan: the items and amounts accepted, the estimate document''s SHA-256, the signed PDF and the witness. Never changed. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON treatment_acceptances
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Accepted but not booked (item 5): when a patient defers accepted treatment, why and when to
-- follow up. The latest row per plan is the current one; earlier ones are the history.
CREATE TABLE treatment_deferrals (
  clinic_id      uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id        uuid NOT NULL,
  patient_id     uuid NOT NULL,
  reason         text NOT NULL CHECK (reason IN ('cost','time','fear','other')),
  note           text CHECK (char_length(note) <= 500),
  follow_up_on   date,
  recorded_by    uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  recorded_at    timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX treatment_deferrals_plan ON treatment_deferrals (clinic_id, plan_id, recorded_at DESC);
COMMENT ON TABLE treatment_deferrals IS E'Why a patient deferred accepted treatment (cost, time, fear, other) and when to follow up. Clinical data: care-team rule (ADR 0011). Retention: with the clinical record.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON treatment_deferrals
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Row-level security: the clinic, then the care-team rule of ADR 0011 (read: clinical.read;
-- write: clinical.write, through app_clinical_all(true)/app_clinical_patients(true)).
ALTER TABLE treatment_plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE treatment_plans FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON treatment_plans
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON treatment_plans AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON treatment_plans AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));

ALTER TABLE treatment_plan_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE treatment_plan_items FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON treatment_plan_items
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON treatment_plan_items AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON treatment_plan_items AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));

ALTER TABLE treatment_sittings ENABLE ROW LEVEL SECURITY;
ALTER TABLE treatment_sittings FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON treatment_sittings
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON treatment_sittings AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON treatment_sittings AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));

ALTER TABLE treatment_acceptances ENABLE ROW LEVEL SECURITY;
ALTER TABLE treatment_acceptances FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON treatment_acceptances
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON treatment_acceptances AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON treatment_acceptances AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));

ALTER TABLE treatment_deferrals ENABLE ROW LEVEL SECURITY;
ALTER TABLE treatment_deferrals FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON treatment_deferrals
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON treatment_deferrals AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON treatment_deferrals AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
CREATE POLICY clinical_update ON treatment_plans AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
CREATE POLICY clinical_update ON treatment_plan_items AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
  WITH CHECK ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
CREATE POLICY clinical_delete ON treatment_plan_items AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
-- Who did it is the person acting, never someone else.
CREATE POLICY actor ON treatment_plans AS RESTRICTIVE FOR INSERT
  WITH CHECK (created_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor ON treatment_plan_items AS RESTRICTIVE FOR INSERT
  WITH CHECK (created_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor ON treatment_sittings AS RESTRICTIVE FOR INSERT
  WITH CHECK (recorded_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor ON treatment_acceptances AS RESTRICTIVE FOR INSERT
  WITH CHECK (witnessed_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor ON treatment_deferrals AS RESTRICTIVE FOR INSERT
  WITH CHECK (recorded_by = NULLIF(current_setting('app.user_id', true), '')::uuid);

GRANT SELECT, INSERT ON treatment_plans, treatment_plan_items, treatment_sittings,
  treatment_acceptances, treatment_deferrals TO niramaya_app;
GRANT UPDATE (title, doctor_id, status, note, status_changed_at) ON treatment_plans TO niramaya_app;
GRANT UPDATE (unit_price_paise, discount_paise, phase, position, planned_sittings, status,
              finding_id, completed_at, completed_by) ON treatment_plan_items TO niramaya_app;
GRANT DELETE ON treatment_plan_items TO niramaya_app;

-- Accepted but not booked (item 5): whether a patient has an appointment still to come with ANY
-- doctor. A doctor reads only their own appointments (policy own_or_all), so without this a
-- patient booked with a colleague would be listed as not booked. Answers yes or no, for the
-- current clinic only; it reveals nothing else about the appointment.
CREATE FUNCTION app_has_upcoming_appointment(p_patient uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT EXISTS (
    SELECT 1 FROM appointments a
    WHERE a.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
      AND a.patient_id = p_patient
      AND a.ends_at > app_now()
      AND a.status NOT IN ('cancelled', 'no_show', 'completed'))
$$;
REVOKE ALL ON FUNCTION app_has_upcoming_appointment(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_has_upcoming_appointment(uuid) TO niramaya_app;

-- A planned finding whose plan item is dropped (declined, cancelled, superseded or deleted)
-- leaves the chart with its own reason, so the tooth's history says why (ADR 0018).
ALTER TABLE dental_findings DROP CONSTRAINT dental_findings_superseded_reason_check;
ALTER TABLE dental_findings ADD CONSTRAINT dental_findings_superseded_reason_check
  CHECK (superseded_reason IN ('changed','completed','not_planned','charted_in_error','no_longer_present'));

-- The responsible doctor of a plan and the doctor of a sitting are dentists of this clinic
-- (an active owner, admin or doctor), not any user id: users is global, so the foreign key
-- alone would accept someone from another clinic.
CREATE FUNCTION treatment_require_dentist() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  -- A row aimed at another clinic is left for row-level security to refuse.
  IF NEW.clinic_id IS DISTINCT FROM NULLIF(current_setting('app.clinic_id', true), '')::uuid THEN
    RETURN NEW;
  END IF;
  IF NOT app_is_bookable(NEW.clinic_id, NEW.doctor_id) THEN
    RAISE EXCEPTION 'the doctor must be an active doctor, owner or admin of the clinic'
      USING ERRCODE = '23514', CONSTRAINT = 'treatment_dentist';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER require_dentist BEFORE INSERT OR UPDATE OF doctor_id ON treatment_plans
  FOR EACH ROW EXECUTE FUNCTION treatment_require_dentist();
CREATE TRIGGER require_dentist BEFORE INSERT ON treatment_sittings
  FOR EACH ROW EXECUTE FUNCTION treatment_require_dentist();
