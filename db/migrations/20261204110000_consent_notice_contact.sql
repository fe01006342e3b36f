-- The consent notice names the clinic and whom to contact about one's data (DPDP Rules 2025
-- r.3 and r.9). The default notice was filled from the clinic row and the owner's membership and
-- user row; a receptionist cannot read other members (memberships needs staff.read), so a clinic
-- whose receptionist opened consent first stored a notice saying "The clinic" and "The clinic's
-- front desk", and kept showing it.

-- The clinic's name and its contact person (the earliest active owner): only these three fields,
-- only for the current clinic, and only to a member of it. The notice shows them to every patient,
-- so they are no secret from the staff; the function exists only to get past the staff list's
-- row-level security without widening it.
CREATE FUNCTION consent_notice_contact()
  RETURNS TABLE (clinic_name text, contact_name text, contact_email text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT c.name, u.full_name, u.email
  FROM clinics c
  LEFT JOIN LATERAL (SELECT m.user_id FROM memberships m
                     WHERE m.clinic_id = c.id AND m.role = 'owner' AND m.deactivated_at IS NULL
                     ORDER BY m.created_at LIMIT 1) o ON true
  LEFT JOIN users u ON u.id = o.user_id
  WHERE c.id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND app_current_role() IS NOT NULL
$$;
REVOKE ALL ON FUNCTION consent_notice_contact() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION consent_notice_contact() TO niramaya_app;

-- Notices are immutable, so a default notice stored with the placeholders is superseded by a new
-- version, never edited. Staff who register patients (patient.write) may publish only version 1
-- themselves (the default); this door lets them publish the corrected default as the next version
-- too, but only while the latest version is a default (published_by IS NULL) that still carries
-- the placeholder contact, and only with the version number that comes next. The server computes
-- the content and its hash, as it does for version 1.
CREATE FUNCTION consent_supersede_placeholder_notice(p_language text, p_version int,
                                                     p_content jsonb, p_hash text)
  RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_clinic uuid := NULLIF(current_setting('app.clinic_id', true), '')::uuid;
  v_latest consent_notices;
BEGIN
  IF v_clinic IS NULL OR NOT (app_can('patient.write') OR app_can('consent.notice')) THEN
    RETURN false;
  END IF;
  -- The version before this one, in English: the notice every clinic has.
  SELECT * INTO v_latest FROM consent_notices
  WHERE clinic_id = v_clinic AND language = 'en' AND version < p_version
  ORDER BY version DESC LIMIT 1;
  IF v_latest.id IS NULL OR v_latest.version <> p_version - 1
     OR v_latest.published_by IS NOT NULL
     OR v_latest.content ->> 'contact' <> E'The clinic\u2019s front desk' THEN
    RETURN false;
  END IF;
  IF EXISTS (SELECT 1 FROM consent_notices WHERE clinic_id = v_clinic AND version > p_version) THEN
    RETURN false;
  END IF;
  INSERT INTO consent_notices (clinic_id, version, language, content, content_hash, published_by)
  VALUES (v_clinic, p_version, p_language, p_content, p_hash, NULL)
  ON CONFLICT (clinic_id, version, language) DO NOTHING;
  RETURN true;
END
$$;
REVOKE ALL ON FUNCTION consent_supersede_placeholder_notice(text, int, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION consent_supersede_placeholder_notice(text, int, jsonb, text) TO niramaya_app;
