-- Tax settings (issue #12): the clinic's tax profile (legal name, GSTIN) and its numbering series
-- are changed by owners AND admins, and read by every role but assistants (PRODUCT.md roles
-- matrix, "Price list, tax settings": owner, admin RW; doctor, receptionist, accountant R;
-- assistant none). Until now they were part of the owner-only clinic settings (clinic.settings).
-- Also: what the invoice PDF needs of the patient that billing roles may not read from patients.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'tax.settings'), ('admin', 'tax.settings'),
  ('owner', 'tax.read'), ('admin', 'tax.read'), ('doctor', 'tax.read'),
  ('receptionist', 'tax.read'), ('accountant', 'tax.read');

-- ---- clinics: admins change the tax profile, and only it --------------------------------------

-- The update policy let only clinic.settings (owners) change the clinics row; admins now change
-- the tax profile too. A row policy cannot name columns, so a trigger keeps everything else of
-- the row (name, time zone, two-factor, access switches, letterhead) to clinic.settings: an admin
-- changing any other column is refused by the database as well as by the route (42501 -> 403).
DROP POLICY role_update ON clinics;
CREATE POLICY role_update ON clinics AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinic.settings')) OR (SELECT app_can('tax.settings')))
  WITH CHECK ((SELECT app_can('clinic.settings')) OR (SELECT app_can('tax.settings')));

-- Two triggers, one function: the first refuses naming any other settings column in the SET
-- list (even to its own value, so that an admin's attempt is refused, not silently allowed); the
-- second refuses any other change at all, columns added later included.
CREATE FUNCTION clinics_tax_settings_only() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF NOT app_can('clinic.settings')
     AND (TG_ARGV[0] = 'named'
          OR (to_jsonb(NEW) - ARRAY['legal_name', 'gstin', 'updated_at'])
             IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['legal_name', 'gstin', 'updated_at'])) THEN
    RAISE EXCEPTION 'clinics: only the tax profile may change without clinic.settings'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER clinics_settings_columns
  BEFORE UPDATE OF id, name, time_zone, state_code, require_two_factor, doctors_see_all_patients,
    doctors_see_all_appointments, address_line1, address_line2, city, pin_code, phone, email,
    logo_key, created_at
  ON clinics FOR EACH ROW EXECUTE FUNCTION clinics_tax_settings_only('named');
CREATE TRIGGER clinics_tax_settings_only BEFORE UPDATE ON clinics
  FOR EACH ROW EXECUTE FUNCTION clinics_tax_settings_only('changed');

-- ---- Series and counters: set by tax.settings, read by tax.read ---------------------------------

ALTER POLICY role_read ON document_series
  USING ((SELECT app_can('billing.read')) OR (SELECT app_can('clinic.settings'))
         OR (SELECT app_can('tax.read')));
ALTER POLICY role_insert ON document_series
  WITH CHECK ((SELECT app_can('clinic.settings')) OR (SELECT app_can('tax.settings')));
ALTER POLICY role_update ON document_series
  USING ((SELECT app_can('clinic.settings')) OR (SELECT app_can('tax.settings')))
  WITH CHECK ((SELECT app_can('clinic.settings')) OR (SELECT app_can('tax.settings')));
-- The settings screen previews each series' next number: the counters are read, never changed.
ALTER POLICY role_read ON document_counters
  USING ((SELECT app_can('billing.read')) OR (SELECT app_can('tax.read')));

-- ---- The patient on an invoice PDF ------------------------------------------------------------

-- Accountants bill but may not read patients (PRODUCT.md): like billing_patient, this gives the
-- billing roles exactly what the invoice PDF prints or needs of the patient: the patient number
-- (a front-desk reference, not a GST particular) and the preferred language of the labels.
CREATE FUNCTION billing_patient_document(p_patient uuid)
  RETURNS TABLE (id uuid, patient_number integer, preferred_language text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT p.id, p.patient_number, p.preferred_language
  FROM patients p
  WHERE (app_can('billing.write') OR app_can('billing.read'))
    AND p.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND p.id = p_patient
    AND p.merged_into_id IS NULL
$$;
REVOKE ALL ON FUNCTION billing_patient_document(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing_patient_document(uuid) TO niramaya_app;
