-- Patients: registration and demographics, with identifiers encrypted per clinic.
-- See: PRODUCT.md "Patients"; india-domain.md §1.6 (DPDP Rules r. 6(1)(a): encryption)
-- and §4 (identifiers); ADR 0009 (envelope encryption).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Each clinic's data key, wrapped by the master key (never stored in the clear).
-- Deleting a clinic's keys makes its encrypted fields unreadable everywhere,
-- backups included (crypto-shredding).
CREATE TABLE clinic_keys (
  clinic_id      uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  master_key_id  text NOT NULL CHECK (master_key_id ~ '^[0-9a-f]{16}$'),
  wrapped_key    bytea NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id)
);
CREATE UNIQUE INDEX clinic_keys_one_per_clinic ON clinic_keys (clinic_id);
COMMENT ON TABLE clinic_keys IS E'Per-clinic data keys, wrapped (AES-256-GCM) by the master key named by master_key_id.';
ALTER TABLE clinic_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinic_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON clinic_keys
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
GRANT SELECT, INSERT ON clinic_keys TO niramaya_app;

-- Gap-free per-clinic serial numbers (patient numbers now, invoices later):
-- issued inside the transaction that uses them, so a rollback returns the number.
CREATE TABLE clinic_counters (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  name        text NOT NULL CHECK (name ~ '^[a-z_]+$'),
  last_value  bigint NOT NULL CHECK (last_value >= 0),
  PRIMARY KEY (clinic_id, name)
);
COMMENT ON TABLE clinic_counters IS E'Last issued value of each gap-free per-clinic counter (patient numbers).';
ALTER TABLE clinic_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinic_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON clinic_counters
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
GRANT SELECT, INSERT ON clinic_counters TO niramaya_app;
GRANT UPDATE (last_value) ON clinic_counters TO niramaya_app;

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'patient.read'), ('owner', 'patient.write'),
  ('admin', 'patient.read'), ('admin', 'patient.write'),
  ('doctor', 'patient.read'), ('doctor', 'patient.write'),
  ('assistant', 'patient.read'),
  ('receptionist', 'patient.read'), ('receptionist', 'patient.write');

CREATE TABLE patients (
  clinic_id                   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                          uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_number              integer NOT NULL CHECK (patient_number > 0),
  full_name                   text NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
  date_of_birth               date NOT NULL,
  is_date_of_birth_estimated  boolean NOT NULL DEFAULT false,
  sex                         text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  gender_identity             text CHECK (length(gender_identity) <= 100),
  -- Encrypted: sealed AES-256-GCM values; *_index are keyed HMAC blind indexes.
  phone_cipher                bytea,
  phone_index                 text CHECK (phone_index ~ '^[0-9a-f]{64}$'),
  email_cipher                bytea,
  email_index                 text CHECK (email_index ~ '^[0-9a-f]{64}$'),
  aadhaar_last4_cipher        bytea,
  abha_number_cipher          bytea,
  abha_number_index           text CHECK (abha_number_index ~ '^[0-9a-f]{64}$'),
  abha_address_cipher         bytea,
  guardian_cipher             bytea,
  emergency_contact_cipher    bytea,
  address_line1               text CHECK (length(address_line1) <= 200),
  address_line2               text CHECK (length(address_line2) <= 200),
  city                        text CHECK (length(city) <= 100),
  state_code                  text CHECK (state_code ~ '^[0-9]{2}$'),
  pin_code                    text CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  preferred_language          text NOT NULL DEFAULT 'en' CHECK (preferred_language ~ '^[a-z]{2}$'),
  referral_source             text CHECK (length(referral_source) <= 200),
  merged_into_id              uuid,
  created_by                  uuid REFERENCES users (id) ON DELETE RESTRICT,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, patient_number),
  FOREIGN KEY (clinic_id, merged_into_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
-- Name search within a clinic, both indexes led by clinic_id: GiST for nearest-by-similarity
-- (typos: "Priyaa Sharmaa"), GIN for substrings as they are typed ("pri").
CREATE INDEX patients_name_nearest ON patients USING gist (clinic_id, lower(full_name) gist_trgm_ops);
CREATE INDEX patients_name_search ON patients USING gin (clinic_id, lower(full_name) gin_trgm_ops);
CREATE INDEX patients_phone ON patients (clinic_id, phone_index) WHERE phone_index IS NOT NULL;
CREATE INDEX patients_abha ON patients (clinic_id, abha_number_index) WHERE abha_number_index IS NOT NULL;
CREATE INDEX patients_birth ON patients (clinic_id, date_of_birth);
COMMENT ON TABLE patients IS E'Registered patients. Phone, email, ABHA and Aadhaar-last-4 are encrypted with the clinic key; only the last four digits of Aadhaar are ever accepted (india-domain.md §4). Retention: 10 years after the last visit.';

CREATE TRIGGER patients_set_updated_at BEFORE UPDATE ON patients
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON patients
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE patients ENABLE ROW LEVEL SECURITY;
ALTER TABLE patients FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON patients
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON patients AS RESTRICTIVE FOR SELECT USING ((SELECT app_can('patient.read')));
CREATE POLICY role_insert ON patients AS RESTRICTIVE FOR INSERT WITH CHECK ((SELECT app_can('patient.write')));
CREATE POLICY role_update ON patients AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('patient.write'))) WITH CHECK ((SELECT app_can('patient.write')));
GRANT SELECT, INSERT ON patients TO niramaya_app;
GRANT UPDATE (full_name, date_of_birth, is_date_of_birth_estimated, sex, gender_identity,
              phone_cipher, phone_index, email_cipher, email_index, aadhaar_last4_cipher,
              abha_number_cipher, abha_number_index, abha_address_cipher, guardian_cipher,
              emergency_contact_cipher, address_line1, address_line2, city, state_code, pin_code,
              preferred_language, referral_source, merged_into_id)
  ON patients TO niramaya_app;

-- A change to a patient row is about that patient: record it so "who touched
-- this patient's record?" finds it (other tables carry patient_id themselves).
CREATE OR REPLACE FUNCTION audit_capture() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_before jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  v_after  jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
  v_row    jsonb := COALESCE(v_after, v_before);
  v_hidden text[] := ARRAY['token_hash', 'csrf_token_hash', 'password_hash', 'totp_secret'];
  v_patient text := CASE WHEN TG_TABLE_NAME = 'patients' THEN v_row ->> 'id' ELSE v_row ->> 'patient_id' END;
BEGIN
  v_before := v_before - v_hidden;
  v_after := v_after - v_hidden;
  IF TG_OP = 'UPDATE' AND v_before = v_after THEN
    RETURN NULL;
  END IF;
  PERFORM audit_insert(lower(TG_OP), TG_TABLE_NAME, v_row ->> 'id', v_patient::uuid,
                       v_before, v_after, NULL);
  RETURN NULL;
END
$$;

-- Name search. Row-level security evaluates a query's own conditions only after
-- the policies unless they are LEAKPROOF, and pg_trgm's operators are not: under
-- RLS the trigram index could not be used and every search scanned the whole
-- clinic (200 ms at 50,000 patients). This function runs the indexed lookup as
-- the owner, restricted explicitly to the current clinic and to roles with
-- patient.read, and returns only ids and scores; the caller then reads the rows
-- through RLS as usual, so a bug here could not reveal another clinic's patients.
-- Two index-driven lookups: the nearest names by trigram distance (a GiST
-- k-nearest-neighbour scan stops after a few rows, however many patients share a
-- surname) and names containing the typed text (GIN). Names that start with the
-- text rank first, then names with a word starting with it, then by similarity.
CREATE FUNCTION patient_name_matches(p_needle text, p_limit int)
  RETURNS TABLE (id uuid, score real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
DECLARE
  v_clinic uuid := NULLIF(current_setting('app.clinic_id', true), '')::uuid;
  v_escaped text := replace(replace(replace(p_needle, '\', '\\'), '%', '\%'), '_', '\_');
  v_limit int := least(p_limit, 50);
BEGIN
  IF v_clinic IS NULL OR NOT app_can('patient.read') THEN
    RETURN;
  END IF;
  RETURN QUERY
    WITH nearest AS (
      SELECT p.id, p.full_name FROM patients p
      WHERE p.clinic_id = v_clinic AND p.merged_into_id IS NULL
      ORDER BY lower(p.full_name) <-> p_needle
      LIMIT v_limit),
    containing AS (
      SELECT p.id, p.full_name FROM patients p
      WHERE p.clinic_id = v_clinic AND p.merged_into_id IS NULL
        AND lower(p.full_name) LIKE '%' || v_escaped || '%'
      ORDER BY p.full_name
      LIMIT v_limit),
    scored AS (
      SELECT c.id, c.full_name,
             CASE WHEN lower(c.full_name) LIKE v_escaped || '%' THEN 3
                  WHEN lower(c.full_name) LIKE '% ' || v_escaped || '%' THEN 2
                  ELSE similarity(lower(c.full_name), p_needle) END::real AS score
      FROM (SELECT * FROM nearest UNION SELECT * FROM containing) c)
    SELECT s.id, s.score FROM scored s
    WHERE s.score >= 0.3
    ORDER BY s.score DESC, s.full_name
    LIMIT v_limit;
END
$$;
REVOKE ALL ON FUNCTION patient_name_matches(text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION patient_name_matches(text, int) TO niramaya_app;
