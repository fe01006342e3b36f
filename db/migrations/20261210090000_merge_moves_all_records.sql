-- A merge moves every record of the person to the record kept (ADR 0011, "Merging clinical and
-- billing records"). merge_patient_records() was written before the clinical and billing
-- modules and moved only documents, the care team and the history; everything added since
-- stayed on the merged-away record, which nobody opens any more. Every table with a
-- patient_id is either moved here or deliberately kept, and the list in
-- server/modules/patients/merge-tables.ts, which a test compares with the catalogue, says which.
--
-- Kept on the merged-away record, and read through the record kept:
-- - consent_records: the append-only consent ledger (ADR 0011); consent state is read from the
--   kept record and every record merged into it.
-- - audit_events: the hash-chained audit log (ADR 0008); rows are never changed. The events of a
--   merged-away record are found by its own id (the owner's audit search), which the kept
--   record's audit trail names in its patient.merged event.
-- - medical_histories and patient_care_team: copied, not moved (one history per patient: lists
--   joined, the kept record's answers win; care-team rows unique per person), as before.

-- Row-locking triggers (signed notes and addenda, issued prescriptions, issued invoices and the
-- write-once money rows, signed forms and certificates, completed perio exams, frozen plan items,
-- append-only chart findings) refuse every UPDATE. The one change a merge makes to them is
-- patient_id, so each trigger lets exactly that through, and nothing else:
-- - only patient_id (and the updated_at a set_updated_at trigger may have stamped) differs;
-- - the old patient is merged into the new one (patients.merged_into_id = new patient_id);
-- - the app role holds no UPDATE privilege on patient_id in any of these tables (the guard test
--   asserts it), and, from this migration on, none on patients.merged_into_id either, so only
--   merge_patient_records() (SECURITY DEFINER, patient.merge, current clinic) can set up the
--   second condition and make the change. A transaction-local flag (set_config) was rejected:
--   the app role can set any custom setting itself, so it would be a switch anyone could flip.
-- Runs as the caller: in a merge that is the owner, which sees every patient row.
CREATE FUNCTION merge_repoints_patient(p_old jsonb, p_new jsonb) RETURNS boolean
  LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
  SELECT (p_old ->> 'patient_id') IS DISTINCT FROM (p_new ->> 'patient_id')
     AND (p_old - ARRAY['patient_id', 'updated_at']) = (p_new - ARRAY['patient_id', 'updated_at'])
     AND EXISTS (SELECT 1 FROM patients d
                 WHERE d.clinic_id = (p_old ->> 'clinic_id')::uuid
                   AND d.id = (p_old ->> 'patient_id')::uuid
                   AND d.merged_into_id = (p_new ->> 'patient_id')::uuid)
$$;
REVOKE ALL ON FUNCTION merge_repoints_patient(jsonb, jsonb) FROM PUBLIC;
-- Every role whose UPDATE fires one of the triggers below calls it.
GRANT EXECUTE ON FUNCTION merge_repoints_patient(jsonb, jsonb) TO niramaya_app;

-- Merges are made by merge_patient_records() alone.
REVOKE UPDATE (merged_into_id) ON patients FROM niramaya_app;
CREATE POLICY insert_not_merged ON patients AS RESTRICTIVE FOR INSERT
  WITH CHECK (merged_into_id IS NULL);

-- The triggers, each as before with the merge exception first.
CREATE OR REPLACE FUNCTION dental_findings_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
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

CREATE OR REPLACE FUNCTION perio_exam_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
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

CREATE OR REPLACE FUNCTION perio_measurement_immutable() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  row_ record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
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

CREATE OR REPLACE FUNCTION clinical_note_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'a signed clinical note cannot be changed or deleted; add an addendum'
      USING ERRCODE = '42501', CONSTRAINT = 'clinical_notes_signed_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE OR REPLACE FUNCTION clinical_note_addendum_check() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'an addendum cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'clinical_note_addenda_locked';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM clinical_notes n
                 WHERE n.clinic_id = NEW.clinic_id AND n.id = NEW.note_id
                   AND n.patient_id = NEW.patient_id AND n.signed_at IS NOT NULL) THEN
    RAISE EXCEPTION 'addenda belong to a signed note of the same patient'
      USING ERRCODE = '23514', CONSTRAINT = 'clinical_note_addenda_signed_note';
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION treatment_plan_items_frozen() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  v_plan_status text;
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
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

CREATE OR REPLACE FUNCTION invoices_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'draft' THEN
      RAISE EXCEPTION 'an invoice starts as a draft and is numbered when issued'
        USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'an issued invoice does not change and is not deleted; issue a credit note'
      USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

CREATE OR REPLACE FUNCTION billing_write_once() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% rows are written once; correct them with a new document', TG_TABLE_NAME
    USING ERRCODE = '42501';
END $$;

CREATE OR REPLACE FUNCTION prescription_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  cancellation CONSTANT text[] := ARRAY['status', 'updated_at', 'cancelled_at', 'cancelled_by',
                                        'cancel_reason', 'replaced_by_id'];
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'draft' THEN
    IF TG_OP = 'UPDATE' AND NEW.status = 'cancelled' THEN
      RAISE EXCEPTION 'a draft prescription is deleted, not cancelled'
        USING ERRCODE = '42501', CONSTRAINT = 'prescriptions_issued_locked';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'issued' AND NEW.status = 'cancelled'
     AND (to_jsonb(NEW) - cancellation) = (to_jsonb(OLD) - cancellation) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an issued prescription cannot be changed or deleted; issue a correction'
    USING ERRCODE = '42501', CONSTRAINT = 'prescriptions_issued_locked';
END
$$;

CREATE OR REPLACE FUNCTION prescription_line_check() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  line prescription_lines := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM prescriptions p
                 WHERE p.clinic_id = line.clinic_id AND p.id = line.prescription_id
                   AND p.patient_id = line.patient_id AND p.status = 'draft') THEN
    -- A draft being deleted takes its lines with it (the cascade runs after the row is gone).
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM prescriptions p
                                        WHERE p.clinic_id = line.clinic_id
                                          AND p.id = line.prescription_id) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the lines of an issued prescription cannot be changed'
      USING ERRCODE = '42501', CONSTRAINT = 'prescription_lines_issued_locked';
  END IF;
  RETURN line;
END
$$;

CREATE OR REPLACE FUNCTION prescription_override_check() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'a recorded override cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'prescription_overrides_locked';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM prescriptions p
                 WHERE p.clinic_id = NEW.clinic_id AND p.id = NEW.prescription_id
                   AND p.patient_id = NEW.patient_id AND p.status = 'draft') THEN
    RAISE EXCEPTION 'overrides are recorded while a draft of the same patient is issued'
      USING ERRCODE = '42501', CONSTRAINT = 'prescription_overrides_locked';
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION treatment_consent_form_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF OLD.doctor_signed_at IS NOT NULL
     OR (TG_OP = 'DELETE' AND OLD.patient_signed_at IS NOT NULL)
     OR (TG_OP = 'UPDATE' AND OLD.patient_signed_at IS NOT NULL
         AND (NEW.patient_id, NEW.template_id, NEW.template_version, NEW.title, NEW.procedure_kind,
              NEW.language, NEW.body, NEW.plan_item_id, NEW.doctor_id, NEW.filled_by, NEW.created_at,
              NEW.patient_signed_by, NEW.signer_name_cipher, NEW.guardian_relationship,
              NEW.patient_signature_png, NEW.patient_signed_at, NEW.witnessed_by)
             IS DISTINCT FROM
             (OLD.patient_id, OLD.template_id, OLD.template_version, OLD.title, OLD.procedure_kind,
              OLD.language, OLD.body, OLD.plan_item_id, OLD.doctor_id, OLD.filled_by, OLD.created_at,
              OLD.patient_signed_by, OLD.signer_name_cipher, OLD.guardian_relationship,
              OLD.patient_signature_png, OLD.patient_signed_at, OLD.witnessed_by)) THEN
    RAISE EXCEPTION 'a signed treatment consent form cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'treatment_consent_forms_signed_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE OR REPLACE FUNCTION medical_certificate_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND merge_repoints_patient(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'a signed medical certificate cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'medical_certificates_signed_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- Moves the rows of every record merged into p_kept (the one just merged, and any merged before
-- this migration whose rows were left behind) to p_kept. Parents before children where a trigger
-- or a key compares them: plan items before lab cases (lab_cases_plan_item_patient), notes before
-- addenda, prescriptions before their lines. A perio exam and its teeth and sites share a key
-- with patient_id in it, so they move in one statement (the keys are checked at its end).
-- Owner only: called by merge_patient_records() and by the back-fill below.
CREATE FUNCTION merge_move_patient_rows(p_clinic uuid, p_kept uuid) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  v_from uuid[] := ARRAY(SELECT id FROM patients WHERE clinic_id = p_clinic AND merged_into_id = p_kept);
BEGIN
  IF cardinality(v_from) = 0 THEN RETURN; END IF;
  UPDATE patient_documents SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE appointments SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE waiting_list SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE dental_findings SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  WITH exams AS (
    UPDATE perio_exams SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from)
  ), teeth AS (
    UPDATE perio_teeth SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from)
  )
  UPDATE perio_sites SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE vitals SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE clinical_notes SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE clinical_note_addenda SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_plans SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_plan_items SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_sittings SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_acceptances SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_deferrals SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE invoices SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE credit_notes SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE payments SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE payment_allocations SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE refunds SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE instalment_plans SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE prescriptions SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE prescription_lines SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE prescription_overrides SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE lab_cases SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE lab_case_events SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE treatment_consent_forms SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
  UPDATE medical_certificates SET patient_id = p_kept WHERE clinic_id = p_clinic AND patient_id = ANY (v_from);
END
$$;
REVOKE ALL ON FUNCTION merge_move_patient_rows(uuid, uuid) FROM PUBLIC;

-- Runs as the owner because a merge moves clinical rows (history, documents, notes, ...)
-- that the front desk, who does the merging, may not read; it returns nothing of them.
-- Restricted to the current clinic and to roles with patient.merge.
CREATE OR REPLACE FUNCTION merge_patient_records(p_kept uuid, p_duplicate uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_clinic uuid := NULLIF(current_setting('app.clinic_id', true), '')::uuid;
  v_user uuid := NULLIF(current_setting('app.user_id', true), '')::uuid;
  v_locked int;
BEGIN
  IF v_clinic IS NULL OR NOT app_can('patient.merge') THEN
    RAISE EXCEPTION 'not allowed to merge patient records' USING ERRCODE = '42501';
  END IF;
  IF p_kept = p_duplicate THEN
    RAISE EXCEPTION 'a record cannot be merged into itself' USING ERRCODE = '22023';
  END IF;
  -- Lock both in id order so two merges of the same pair cannot deadlock.
  SELECT count(*) INTO v_locked FROM (
    SELECT 1 FROM patients
    WHERE clinic_id = v_clinic AND id IN (p_kept, p_duplicate) AND merged_into_id IS NULL
    ORDER BY id FOR UPDATE) locked;
  IF v_locked <> 2 THEN
    RAISE EXCEPTION 'no such patient' USING ERRCODE = 'P0002';
  END IF;

  -- Details the kept record lacks are taken from the duplicate; its own win. The
  -- address moves as a whole, only when the kept record has none at all.
  UPDATE patients k SET
    phone_cipher = COALESCE(k.phone_cipher, d.phone_cipher),
    phone_index = CASE WHEN k.phone_cipher IS NULL THEN d.phone_index ELSE k.phone_index END,
    email_cipher = COALESCE(k.email_cipher, d.email_cipher),
    email_index = CASE WHEN k.email_cipher IS NULL THEN d.email_index ELSE k.email_index END,
    aadhaar_last4_cipher = COALESCE(k.aadhaar_last4_cipher, d.aadhaar_last4_cipher),
    abha_number_cipher = COALESCE(k.abha_number_cipher, d.abha_number_cipher),
    abha_number_index = CASE WHEN k.abha_number_cipher IS NULL THEN d.abha_number_index ELSE k.abha_number_index END,
    abha_address_cipher = COALESCE(k.abha_address_cipher, d.abha_address_cipher),
    guardian_cipher = COALESCE(k.guardian_cipher, d.guardian_cipher),
    emergency_contact_cipher = COALESCE(k.emergency_contact_cipher, d.emergency_contact_cipher),
    gender_identity = COALESCE(k.gender_identity, d.gender_identity),
    address_line1 = CASE WHEN num_nonnulls(k.address_line1, k.address_line2, k.city, k.state_code, k.pin_code) = 0 THEN d.address_line1 ELSE k.address_line1 END,
    address_line2 = CASE WHEN num_nonnulls(k.address_line1, k.address_line2, k.city, k.state_code, k.pin_code) = 0 THEN d.address_line2 ELSE k.address_line2 END,
    city = CASE WHEN num_nonnulls(k.address_line1, k.address_line2, k.city, k.state_code, k.pin_code) = 0 THEN d.city ELSE k.city END,
    state_code = CASE WHEN num_nonnulls(k.address_line1, k.address_line2, k.city, k.state_code, k.pin_code) = 0 THEN d.state_code ELSE k.state_code END,
    pin_code = CASE WHEN num_nonnulls(k.address_line1, k.address_line2, k.city, k.state_code, k.pin_code) = 0 THEN d.pin_code ELSE k.pin_code END,
    referral_source = COALESCE(k.referral_source, d.referral_source)
  FROM patients d
  WHERE k.clinic_id = v_clinic AND k.id = p_kept AND d.clinic_id = v_clinic AND d.id = p_duplicate;

  -- Records merged into the duplicate earlier now point at the kept one too.
  UPDATE patients SET merged_into_id = p_kept
  WHERE clinic_id = v_clinic AND (id = p_duplicate OR merged_into_id = p_duplicate);

  INSERT INTO patient_care_team (clinic_id, patient_id, user_id, added_by)
  SELECT t.clinic_id, p_kept, t.user_id, v_user FROM patient_care_team t
  JOIN memberships m ON m.clinic_id = t.clinic_id AND m.user_id = t.user_id AND m.deactivated_at IS NULL
  WHERE t.clinic_id = v_clinic AND t.patient_id = p_duplicate
  ON CONFLICT DO NOTHING;

  -- Everything else the person has: visits, chart, notes, plans, bills, prescriptions, lab work,
  -- forms and certificates (after merged_into_id is set, which the row-locking triggers check).
  PERFORM merge_move_patient_rows(v_clinic, p_kept);

  -- Histories: the kept record's answers win, and lists are joined (an allergy
  -- recorded on either record must never be lost). The duplicate's history row
  -- stays as it was, attached to the merged-away record.
  IF EXISTS (SELECT 1 FROM medical_histories WHERE clinic_id = v_clinic AND patient_id = p_duplicate) THEN
    INSERT INTO medical_histories AS k (clinic_id, patient_id, conditions, allergies, medications,
                                        habits, dental_history, chief_complaint, updated_by)
    SELECT clinic_id, p_kept, conditions, allergies, medications, habits, dental_history,
           chief_complaint, COALESCE(v_user, updated_by)
    FROM medical_histories WHERE clinic_id = v_clinic AND patient_id = p_duplicate
    ON CONFLICT (clinic_id, patient_id) DO UPDATE SET
      conditions = jsonb_array_union(k.conditions, EXCLUDED.conditions),
      allergies = jsonb_array_union(k.allergies, EXCLUDED.allergies),
      medications = jsonb_array_union(k.medications, EXCLUDED.medications),
      habits = EXCLUDED.habits || k.habits,
      dental_history = EXCLUDED.dental_history || k.dental_history,
      chief_complaint = COALESCE(k.chief_complaint, EXCLUDED.chief_complaint),
      version = k.version + 1,
      updated_by = COALESCE(v_user, k.updated_by);
  END IF;
END
$$;
REVOKE ALL ON FUNCTION merge_patient_records(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION merge_patient_records(uuid, uuid) TO niramaya_app;

-- Merges made before this migration left these rows behind: move them now. The audit trigger
-- records each change under the clinic in app.clinic_id (audit_insert refuses without one), so
-- it is set per clinic, for this transaction only, with no user: the change is the system's.
DO $$
DECLARE
  v_merge record;
BEGIN
  FOR v_merge IN SELECT DISTINCT clinic_id, merged_into_id FROM patients
                 WHERE merged_into_id IS NOT NULL ORDER BY clinic_id, merged_into_id LOOP
    PERFORM set_config('app.clinic_id', v_merge.clinic_id::text, true);
    PERFORM merge_move_patient_rows(v_merge.clinic_id, v_merge.merged_into_id);
  END LOOP;
  PERFORM set_config('app.clinic_id', '', true);
END
$$;
