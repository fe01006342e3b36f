-- An invitation carries the prescriber's qualification, as it already carries the registration
-- number and council, so a doctor joins ready to prescribe: prescriptions and certificates print
-- "RMP name, qualification, registration number" (Telemedicine Practice Guidelines 2020,
-- Appendix 5; IMC Regulations 1.4.2). Same limit as memberships.qualification.
ALTER TABLE invitations
  ADD COLUMN qualification text CHECK (length(qualification) BETWEEN 1 AND 200);
COMMENT ON COLUMN invitations.qualification IS E'Degrees to copy to the membership on acceptance, e.g. "BDS, MDS (Endodontics)".';
GRANT SELECT (qualification) ON invitations TO niramaya_app;

-- Unchanged from 20261123100300_auth_functions.sql but for copying the qualification to the
-- membership. CREATE OR REPLACE keeps the owner and the EXECUTE grants made there.
CREATE OR REPLACE FUNCTION auth_accept_invitation(p_token_hash text, p_now timestamptz, p_full_name text,
                                       p_password_hash text)
  RETURNS TABLE (clinic_id uuid, user_id uuid, status text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v invitations;
  v_user uuid;
BEGIN
  SELECT * INTO v FROM invitations i WHERE i.token_hash = p_token_hash FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT NULL::uuid, NULL::uuid, 'invalid'; RETURN;
  ELSIF v.accepted_at IS NOT NULL OR v.revoked_at IS NOT NULL THEN
    RETURN QUERY SELECT v.clinic_id, NULL::uuid, 'used'; RETURN;
  ELSIF v.expires_at <= p_now THEN
    RETURN QUERY SELECT v.clinic_id, NULL::uuid, 'expired'; RETURN;
  END IF;
  SELECT id INTO v_user FROM users WHERE email = v.email;
  IF v_user IS NULL THEN
    INSERT INTO users (email, full_name, password_hash)
      VALUES (v.email, p_full_name, p_password_hash) RETURNING id INTO v_user;
  END IF;
  PERFORM set_config('app.clinic_id', v.clinic_id::text, true);
  PERFORM set_config('app.user_id', v_user::text, true);
  INSERT INTO memberships (clinic_id, user_id, role, registration_number, registration_council,
                           qualification)
    VALUES (v.clinic_id, v_user, v.role, v.registration_number, v.registration_council,
            v.qualification)
    ON CONFLICT ON CONSTRAINT memberships_clinic_id_user_id_key
    DO UPDATE SET role = EXCLUDED.role, deactivated_at = NULL,
                  registration_number = EXCLUDED.registration_number,
                  registration_council = EXCLUDED.registration_council,
                  qualification = EXCLUDED.qualification;
  UPDATE invitations SET accepted_at = p_now, accepted_user_id = v_user
    WHERE invitations.clinic_id = v.clinic_id AND id = v.id;
  RETURN QUERY SELECT v.clinic_id, v_user, 'accepted';
END
$$;
