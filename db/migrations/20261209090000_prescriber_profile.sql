-- A prescriber's qualification ("BDS, MDS (Endodontics)") is printed beside the name and the
-- registration number on every prescription and certificate (Telemedicine Practice Guidelines
-- 2020, Appendix 5: "RMP name, qualification, registration number"; IMC Regulations 1.4.2).
-- It belongs to the membership, like the registration, because a doctor may practise under a
-- different council registration in a clinic of another state.
ALTER TABLE memberships
  ADD COLUMN qualification text CHECK (length(qualification) BETWEEN 1 AND 200);
COMMENT ON COLUMN memberships.qualification IS E'Degrees as printed on prescriptions and certificates, e.g. "BDS, MDS (Endodontics)".';
GRANT UPDATE (qualification) ON memberships TO niramaya_app;
