-- Merging two records of the same person (registered twice at the front desk).
-- Nothing is deleted: the duplicate stays, pointing at the record kept
-- (merged_into_id), so its audit trail and consent events remain whole; every
-- change below goes through the audit triggers. See PRODUCT.md "Patients"
-- (duplicate detection and merge) and ADR 0011.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'patient.merge'), ('admin', 'patient.merge'), ('receptionist', 'patient.merge');

-- The elements of a, then those of b not already in a (order kept).
CREATE FUNCTION jsonb_array_union(a jsonb, b jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
  SELECT a || COALESCE((SELECT jsonb_agg(e ORDER BY n) FROM jsonb_array_elements(b) WITH ORDINALITY AS x (e, n)
                        WHERE NOT a @> jsonb_build_array(e)), '[]'::jsonb)
$$;

-- Runs as the owner because a merge moves clinical rows (history, documents)
-- that the front desk, who does the merging, may not read; it returns nothing
-- of them. Restricted to the current clinic and to roles with patient.merge.
CREATE FUNCTION merge_patient_records(p_kept uuid, p_duplicate uuid) RETURNS void
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

  UPDATE patient_documents SET patient_id = p_kept
  WHERE clinic_id = v_clinic AND patient_id = p_duplicate;

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
