-- The clinic's letterhead (issue #11, PDFs): the address, phone, e-mail, GSTIN and logo printed
-- at the top of every document the clinic hands out. All optional; a clinic without them prints
-- its name only. The logo is not personal data: it is stored unencrypted under logo_key in
-- object storage (server/lib/storage), and only its key lives here.

ALTER TABLE clinics
  ADD COLUMN address_line1 text CHECK (length(address_line1) BETWEEN 1 AND 200),
  ADD COLUMN address_line2 text CHECK (length(address_line2) BETWEEN 1 AND 200),
  ADD COLUMN city          text CHECK (length(city) BETWEEN 1 AND 100),
  -- India Post PIN: six digits, never starting with 0.
  ADD COLUMN pin_code      text CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  ADD COLUMN phone         text CHECK (length(phone) BETWEEN 1 AND 40),
  ADD COLUMN email         text CHECK (length(email) BETWEEN 3 AND 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  -- GSTIN (india-domain §3.5): 2-digit state code, PAN (5 letters, 4 digits, 1 letter), entity
  -- number, 'Z', check character. The format only: the Luhn mod 36 check digit is issue #12's.
  ADD COLUMN gstin         text CHECK (gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'),
  ADD COLUMN logo_key      text CHECK (length(logo_key) BETWEEN 1 AND 512);

COMMENT ON COLUMN clinics.gstin IS E'GSTIN printed on documents when set; format checked here, check digit by the application (issue #12).';
COMMENT ON COLUMN clinics.logo_key IS E'Object-storage key of the letterhead logo (PNG or JPEG, not personal data, stored unencrypted).';

-- Owners change these through clinic.settings (the route checks the capability).
GRANT UPDATE (state_code, address_line1, address_line2, city, pin_code, phone, email, gstin, logo_key)
  ON clinics TO niramaya_app;
