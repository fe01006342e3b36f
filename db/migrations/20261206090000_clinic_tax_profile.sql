-- The clinic's tax profile (issue #12): what CGST Rule 46(a) and Rule 49 print as the supplier.
-- The trade name is clinics.name; the legal name (the name on the GST registration, often a
-- proprietor's or a company's) may differ and is printed when set. A clinic is GST-registered
-- exactly when it has a GSTIN: an unregistered clinic issues bills of supply only (CGST Act
-- s.23(1)(a) and s.31(3)(c); india-domain §3.3).

ALTER TABLE clinics
  ADD COLUMN legal_name text CHECK (length(legal_name) BETWEEN 1 AND 200);

-- A GSTIN's first two digits are the state of registration (india-domain §3.5), and a clinic's
-- services are supplied where it is (IGST Act s.12(4)): the two must agree. NOT VALID: rows saved
-- before this rule are not rechecked (the application checked the format only), every change
-- from now on is.
ALTER TABLE clinics
  ADD CONSTRAINT clinics_gstin_state
  CHECK (gstin IS NULL OR state_code IS NULL OR left(gstin, 2) = state_code) NOT VALID;

COMMENT ON COLUMN clinics.legal_name IS E'Legal name on the GST registration, printed as the supplier on tax documents; the trade name (name) when null.';
COMMENT ON COLUMN clinics.gstin IS E'GSTIN (format checked here, check character by the application): registered for GST exactly when set.';

-- Owners change it through clinic.settings (the route checks the capability; the update policy too).
GRANT UPDATE (legal_name) ON clinics TO niramaya_app;
