-- The formulary (issue #13 §1, §2): a clinic's own drug items beside the shipped master
-- (shared/prescriptions), each prescriber's favourites (a drug with its usual line, entered with
-- one keystroke) and the clinic's named per-diagnosis sets ("Post-extraction"). None of them
-- holds patient data, so no care-team policies (ADR 0011 is for patient rows): clinic isolation,
-- clinical.read to read, clinical.write (owner, admin, doctor) to write; a favourite belongs to
-- its prescriber alone. Both capabilities exist already, so no role_capabilities rows.

-- A clinic's own item, in the master's shape (shared/prescriptions/types.ts, Drug): its classes
-- are chosen by the app from the classes the master uses, so allergy and duplicate-class checks
-- work on it too. Prescription lines name it 'clinic:<id>', so it is archived, never deleted.
CREATE TABLE clinic_drugs (
  clinic_id      uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  generic        text NOT NULL CHECK (length(btrim(generic)) BETWEEN 1 AND 120),
  classes        jsonb NOT NULL DEFAULT '[]'
                 CHECK (jsonb_typeof(classes) = 'array' AND jsonb_array_length(classes) <= 10),
  category       text NOT NULL CHECK (length(btrim(category)) BETWEEN 1 AND 60),
  schedule       text NOT NULL CHECK (schedule IN ('otc', 'H', 'H1', 'X', 'NDPS')),
  presentations  jsonb NOT NULL
                 CHECK (jsonb_typeof(presentations) = 'array'
                        AND jsonb_array_length(presentations) BETWEEN 1 AND 10),
  routes         jsonb NOT NULL
                 CHECK (jsonb_typeof(routes) = 'array' AND jsonb_array_length(routes) BETWEEN 1 AND 15),
  is_archived    boolean NOT NULL DEFAULT false,
  created_by     uuid REFERENCES users (id) ON DELETE RESTRICT
                 DEFAULT NULLIF(current_setting('app.user_id', true), '')::uuid,
  created_at     timestamptz NOT NULL DEFAULT app_now(),
  updated_by     uuid REFERENCES users (id) ON DELETE RESTRICT,
  updated_at     timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id)
);
-- One live item per generic name, case-insensitively; an archived name may be reused.
CREATE UNIQUE INDEX clinic_drugs_generic ON clinic_drugs (clinic_id, lower(btrim(generic)))
  WHERE NOT is_archived;
COMMENT ON TABLE clinic_drugs IS E'A clinic''s own drug items beside the shipped master, coded clinic:<id> on prescription lines; archived, never deleted. No patient data. Retention: while the clinic exists.';
CREATE TRIGGER clinic_drugs_set_updated_at BEFORE UPDATE ON clinic_drugs
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON clinic_drugs
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE clinic_drugs ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinic_drugs FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON clinic_drugs
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON clinic_drugs AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('clinical.read')));
CREATE POLICY clinical_write_insert ON clinic_drugs AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.write')));
CREATE POLICY clinical_write_update ON clinic_drugs AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.write')))
  WITH CHECK ((SELECT app_can('clinical.write')));
GRANT SELECT, INSERT ON clinic_drugs TO niramaya_app;
GRANT UPDATE (generic, classes, category, schedule, presentations, routes, is_archived, updated_by)
  ON clinic_drugs TO niramaya_app;

-- A prescriber's favourite: a drug (master slug or clinic:<id>) with the line it usually gets.
-- The vocabulary (units, routes, frequencies, food timings) is checked by the API against
-- shared/prescriptions/types.ts; the database keeps the numbers in range.
CREATE TABLE prescription_favourites (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id          uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT
                   DEFAULT NULLIF(current_setting('app.user_id', true), '')::uuid,
  drug_code        text NOT NULL CHECK (length(drug_code) BETWEEN 1 AND 80),
  strength_label   text CHECK (length(strength_label) BETWEEN 1 AND 60),
  dose_amount      numeric(10, 3) NOT NULL CHECK (dose_amount > 0),
  dose_unit        text NOT NULL CHECK (length(dose_unit) BETWEEN 1 AND 20),
  route            text NOT NULL CHECK (length(route) BETWEEN 1 AND 40),
  frequency        text NOT NULL CHECK (length(frequency) BETWEEN 1 AND 40),
  food_timing      text NOT NULL CHECK (length(food_timing) BETWEEN 1 AND 40),
  duration_days    integer NOT NULL CHECK (duration_days BETWEEN 1 AND 365),
  instructions_en  text NOT NULL DEFAULT '' CHECK (length(instructions_en) <= 500),
  instructions_hi  text NOT NULL DEFAULT '' CHECK (length(instructions_hi) <= 500),
  created_at       timestamptz NOT NULL DEFAULT app_now(),
  updated_at       timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id)
);
CREATE INDEX prescription_favourites_user ON prescription_favourites (clinic_id, user_id);
COMMENT ON TABLE prescription_favourites IS E'Each prescriber''s favourite drugs with their usual line (dose, frequency, duration, instructions). No patient data. Retention: while the clinic exists; removed by the prescriber.';
CREATE TRIGGER prescription_favourites_set_updated_at BEFORE UPDATE ON prescription_favourites
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON prescription_favourites
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE prescription_favourites ENABLE ROW LEVEL SECURITY;
ALTER TABLE prescription_favourites FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON prescription_favourites
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- A favourite is its prescriber's alone: nobody else reads, changes or removes it.
CREATE POLICY own_favourites ON prescription_favourites AS RESTRICTIVE
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY clinical_read ON prescription_favourites AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('clinical.read')));
CREATE POLICY clinical_write_insert ON prescription_favourites AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.write')));
CREATE POLICY clinical_write_update ON prescription_favourites AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.write')))
  WITH CHECK ((SELECT app_can('clinical.write')));
CREATE POLICY clinical_write_delete ON prescription_favourites AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('clinical.write')));
GRANT SELECT, INSERT, DELETE ON prescription_favourites TO niramaya_app;
GRANT UPDATE (drug_code, strength_label, dose_amount, dose_unit, route, frequency, food_timing,
              duration_days, instructions_en, instructions_hi)
  ON prescription_favourites TO niramaya_app;

-- A clinic's named set of lines for a diagnosis, inserted into the pad at once. The lines are
-- shaped like a favourite's (shared/contracts/formulary.ts, FormularyLine) and kept as one JSON
-- array: a set is read and replaced whole, never queried line by line.
CREATE TABLE prescription_sets (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  lines       jsonb NOT NULL
              CHECK (jsonb_typeof(lines) = 'array' AND jsonb_array_length(lines) BETWEEN 1 AND 20),
  -- NULL: one of the sets every clinic starts with (seed_prescription_sets below).
  created_by  uuid REFERENCES users (id) ON DELETE RESTRICT
              DEFAULT NULLIF(current_setting('app.user_id', true), '')::uuid,
  created_at  timestamptz NOT NULL DEFAULT app_now(),
  updated_by  uuid REFERENCES users (id) ON DELETE RESTRICT,
  updated_at  timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id)
);
CREATE UNIQUE INDEX prescription_sets_name ON prescription_sets (clinic_id, lower(btrim(name)));
COMMENT ON TABLE prescription_sets IS E'Named per-diagnosis sets of prescription lines per clinic ("Post-extraction"). No patient data. Retention: while the clinic exists; removed by the clinic.';
CREATE TRIGGER prescription_sets_set_updated_at BEFORE UPDATE ON prescription_sets
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON prescription_sets
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE prescription_sets ENABLE ROW LEVEL SECURITY;
ALTER TABLE prescription_sets FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON prescription_sets
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON prescription_sets AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('clinical.read')));
CREATE POLICY clinical_write_insert ON prescription_sets AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.write')));
CREATE POLICY clinical_write_update ON prescription_sets AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.write')))
  WITH CHECK ((SELECT app_can('clinical.write')));
CREATE POLICY clinical_write_delete ON prescription_sets AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('clinical.write')));
GRANT SELECT, INSERT, DELETE ON prescription_sets TO niramaya_app;
GRANT UPDATE (name, lines, updated_by) ON prescription_sets TO niramaya_app;

-- The sets every clinic starts with: the commonest dental prescriptions in India, adult doses
-- within the usual limits (india-domain §5; the master's sources). The clinic edits or removes
-- them. Runs as the caller (row-level security applies): the server calls it at sign-up as the
-- new owner; below, the migration owner calls it for the clinics that already exist. A name the
-- clinic already uses is skipped.
CREATE FUNCTION seed_prescription_sets(p_clinic uuid) RETURNS void
  LANGUAGE sql SET search_path = pg_catalog, public AS $$
  INSERT INTO prescription_sets (clinic_id, name, lines, created_by)
  SELECT p_clinic, s.name, s.lines::jsonb, NULL
  FROM (VALUES
    ('Post-extraction', '[
      {"drugCode":"amoxicillin","strengthLabel":"500 mg","doseAmount":1,"doseUnit":"capsule","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":5,"instructionsEn":"","instructionsHi":""},
      {"drugCode":"paracetamol","strengthLabel":"650 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":3,"instructionsEn":"For pain; stop when the pain settles.","instructionsHi":"दर्द के लिए; दर्द ठीक होने पर बंद करें।"},
      {"drugCode":"chlorhexidine_mouthwash","strengthLabel":"0.2%","doseAmount":10,"doseUnit":"ml","route":"mouth_rinse","frequency":"1-0-1","foodTiming":"after_food","durationDays":7,"instructionsEn":"Start the day after the extraction. Rinse for 30 seconds and spit; do not swallow.","instructionsHi":"दाँत निकालने के अगले दिन से शुरू करें। 30 सेकंड तक कुल्ला करके थूक दें; निगलें नहीं।"}
    ]'),
    ('Acute pulpitis', '[
      {"drugCode":"ibuprofen","strengthLabel":"400 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":3,"instructionsEn":"For pain, until the root canal treatment.","instructionsHi":"दर्द के लिए, रूट कैनाल उपचार होने तक।"},
      {"drugCode":"paracetamol","strengthLabel":"650 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"sos","foodTiming":"after_food","durationDays":3,"instructionsEn":"Only if the pain is severe; at most 4 tablets a day.","instructionsHi":"केवल तेज़ दर्द होने पर; दिन में अधिकतम 4 गोलियाँ।"}
    ]'),
    ('Pericoronitis', '[
      {"drugCode":"amoxicillin","strengthLabel":"500 mg","doseAmount":1,"doseUnit":"capsule","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":5,"instructionsEn":"","instructionsHi":""},
      {"drugCode":"metronidazole","strengthLabel":"400 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":5,"instructionsEn":"Do not drink alcohol during the course and for 2 days after.","instructionsHi":"दवा के दौरान और उसके 2 दिन बाद तक शराब न पिएँ।"},
      {"drugCode":"chlorhexidine_mouthwash","strengthLabel":"0.2%","doseAmount":10,"doseUnit":"ml","route":"mouth_rinse","frequency":"1-0-1","foodTiming":"after_food","durationDays":7,"instructionsEn":"Rinse for 30 seconds and spit; do not swallow.","instructionsHi":"30 सेकंड तक कुल्ला करके थूक दें; निगलें नहीं।"}
    ]'),
    ('Dental abscess', '[
      {"drugCode":"amoxicillin_clavulanate","strengthLabel":"500 mg + 125 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-0-1","foodTiming":"after_food","durationDays":5,"instructionsEn":"","instructionsHi":""},
      {"drugCode":"metronidazole","strengthLabel":"400 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":5,"instructionsEn":"Do not drink alcohol during the course and for 2 days after.","instructionsHi":"दवा के दौरान और उसके 2 दिन बाद तक शराब न पिएँ।"},
      {"drugCode":"ibuprofen","strengthLabel":"400 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":3,"instructionsEn":"For pain and swelling.","instructionsHi":"दर्द और सूजन के लिए।"}
    ]'),
    ('Dry socket', '[
      {"drugCode":"ibuprofen","strengthLabel":"400 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":3,"instructionsEn":"For pain.","instructionsHi":"दर्द के लिए।"},
      {"drugCode":"chlorhexidine_mouthwash","strengthLabel":"0.2%","doseAmount":10,"doseUnit":"ml","route":"mouth_rinse","frequency":"1-0-1","foodTiming":"after_food","durationDays":7,"instructionsEn":"Rinse gently for 30 seconds and spit; do not swallow.","instructionsHi":"30 सेकंड तक धीरे से कुल्ला करके थूक दें; निगलें नहीं।"}
    ]')
  ) AS s (name, lines)
  WHERE NOT EXISTS (SELECT 1 FROM prescription_sets p
                    WHERE p.clinic_id = p_clinic AND lower(btrim(p.name)) = lower(s.name))
$$;
REVOKE ALL ON FUNCTION seed_prescription_sets(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seed_prescription_sets(uuid) TO niramaya_app;

-- The clinics that already exist get them too. The audit trigger records each row under the
-- clinic in app.clinic_id (audit_insert refuses without one), so it is set per clinic, for
-- this statement only, with no user: the change is the system's.
DO $$
DECLARE
  v_clinic uuid;
BEGIN
  FOR v_clinic IN SELECT id FROM clinics ORDER BY id LOOP
    PERFORM set_config('app.clinic_id', v_clinic::text, true);
    PERFORM seed_prescription_sets(v_clinic);
  END LOOP;
  PERFORM set_config('app.clinic_id', '', true);
END
$$;
