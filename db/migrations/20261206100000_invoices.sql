-- Invoices, first slice of billing (issue #12 items 2–4; PRODUCT.md §8; india-domain §3): drafts
-- with lines (ad hoc or from completed treatment-plan items), issued with a gap-free number in
-- the clinic's series for its financial year, and never changed or deleted once issued (a change
-- after issue is a credit note, CGST Rule 53(1A), a later slice).
--
-- Who: owners, admins, receptionists and accountants create drafts and issue (billing.write) and
-- read invoices (billing.read); billing.reports (owners, admins, accountants) comes with the
-- reports, whose routes prove it. Doctors and assistants have nothing of billing (PRODUCT.md roles matrix),
-- and the restrictive policies below refuse them in the database too.
--
-- Money is integer paise (bigint) and GST rates basis points (500 = 5%): no floating point. The
-- amounts are computed by shared/billing (computeInvoiceTax) and the CHECKs below hold the
-- arithmetic the database can check on its own.
--
-- Retention: invoices, their lines, series and counters are accounts kept for 8 years after the
-- end of the financial year they belong to (PRODUCT.md §8; CGST Act s.36, 72 months from the due
-- date of the annual return; Income-tax Act s.44AA), whatever happens to the patient's record.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'billing.write'), ('admin', 'billing.write'),
  ('receptionist', 'billing.write'), ('accountant', 'billing.write'),
  ('owner', 'billing.read'), ('admin', 'billing.read'),
  ('receptionist', 'billing.read'), ('accountant', 'billing.read');

-- ---- Series and counters --------------------------------------------------------------------

-- A series per kind of document: its prefix and the digits of its serial. Rule 46(b): at most
-- 16 characters of letters, digits, '-' and '/', unique for the financial year; a number is
-- PREFIX/YY-YY/0001, so the prefix has 16 − 7 − width characters at most
-- (shared/billing/numbering.ts, checkSeriesPrefix).
CREATE TABLE document_series (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  kind        text NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'receipt', 'refund')),
  prefix      text NOT NULL CHECK (prefix ~ '^[A-Za-z0-9][A-Za-z0-9/-]*$'),
  width       smallint NOT NULL DEFAULT 4 CHECK (width BETWEEN 1 AND 8),
  created_at  timestamptz NOT NULL DEFAULT app_now(),
  updated_at  timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, kind),
  CONSTRAINT document_series_length CHECK (char_length(prefix) <= 16 - 7 - width)
);
COMMENT ON TABLE document_series IS E'Numbering series per clinic and kind of document (invoice, credit note, receipt, refund voucher): prefix and serial width (CGST Rule 46(b)). No patient data. Retention: while the clinic exists, then 8 years after the end of the last financial year numbered in it.';
CREATE TRIGGER document_series_set_updated_at BEFORE UPDATE ON document_series
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON document_series
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- The last serial given per clinic, kind and financial year. A number is taken ONLY when a
-- document is issued, inside the issuing transaction, by
--   INSERT … ON CONFLICT (clinic_id, kind, fy_start_year) DO UPDATE SET last_serial = last_serial + 1
-- which locks the counter row until that transaction ends: concurrent issues wait on it one by
-- one, and an issue that rolls back takes its increment with it, so the next issue gets the same
-- number and the series has no gap (Rule 46(b): consecutive serial numbers). A SEQUENCE would be
-- wrong here: nextval() is never rolled back, so every failed or abandoned issue would leave a
-- hole in the series, and sequences are not per clinic and per year.
CREATE TABLE document_counters (
  clinic_id      uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  kind           text NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'receipt', 'refund')),
  -- The financial year April–March, named by the year it starts in (2026 for 2026-27).
  fy_start_year  smallint NOT NULL CHECK (fy_start_year BETWEEN 2017 AND 2100),
  last_serial    integer NOT NULL CHECK (last_serial BETWEEN 1 AND 99999999),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, kind, fy_start_year)
);
COMMENT ON TABLE document_counters IS E'Last serial number issued per clinic, kind of document and financial year; taken under a row lock in the issuing transaction, so numbers are gap-free and consecutive. No patient data. Retention: 8 years after the end of its financial year.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON document_counters
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- ---- Invoices ---------------------------------------------------------------------------------

CREATE TABLE invoices (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id           uuid NOT NULL,
  status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  -- Set at issue from the lines and the clinic's registration (Rules 46, 46A, 49).
  kind                 text CHECK (kind IN ('tax_invoice', 'bill_of_supply', 'invoice_cum_bill_of_supply')),
  -- Rule 46(b): at most 16 characters of letters, digits, '-' and '/'; null while a draft.
  number               text CHECK (number ~ '^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$'),
  fy_start_year        smallint CHECK (fy_start_year BETWEEN 2017 AND 2100),
  serial               integer CHECK (serial BETWEEN 1 AND 99999999),
  issued_at            timestamptz,
  issued_by            uuid REFERENCES users (id) ON DELETE RESTRICT,
  -- The supplier as it was at issue (Rule 46(a)): a later change of the clinic's name or GSTIN
  -- does not rewrite an issued document.
  supplier_name        text CHECK (length(btrim(supplier_name)) BETWEEN 1 AND 200),
  supplier_gstin       text CHECK (supplier_gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'),
  supplier_state_code  text CHECK (supplier_state_code ~ '^[0-9]{2}$'),
  -- The recipient (Rule 46(d)–(f)): the patient by default; a company paying (B2B) with its GSTIN.
  recipient_name       text CHECK (length(btrim(recipient_name)) BETWEEN 1 AND 200),
  recipient_address    text CHECK (length(btrim(recipient_address)) BETWEEN 1 AND 500),
  recipient_state_code text CHECK (recipient_state_code ~ '^[0-9]{2}$'),
  recipient_gstin      text CHECK (recipient_gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'),
  round_off            boolean NOT NULL DEFAULT true,
  notes                text CHECK (char_length(notes) <= 1000),
  taxable_value_paise  bigint NOT NULL DEFAULT 0 CHECK (taxable_value_paise BETWEEN 0 AND 1000000000000),
  exempt_value_paise   bigint NOT NULL DEFAULT 0 CHECK (exempt_value_paise BETWEEN 0 AND 1000000000000),
  cgst_paise           bigint NOT NULL DEFAULT 0 CHECK (cgst_paise BETWEEN 0 AND 1000000000000),
  sgst_paise           bigint NOT NULL DEFAULT 0 CHECK (sgst_paise BETWEEN 0 AND 1000000000000),
  -- To the nearest rupee: 50 paise or more rounds up, so −49 … +50.
  round_off_paise      integer NOT NULL DEFAULT 0 CHECK (round_off_paise BETWEEN -49 AND 50),
  total_paise          bigint NOT NULL DEFAULT 0 CHECK (total_paise BETWEEN 0 AND 4000000000000),
  created_by           uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at           timestamptz NOT NULL DEFAULT app_now(),
  updated_at           timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, number),
  UNIQUE (clinic_id, fy_start_year, serial),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  -- Issued exactly when numbered, dated, signed off and with its kind and supplier.
  CONSTRAINT invoices_issued CHECK (
    CASE status
      WHEN 'issued' THEN kind IS NOT NULL AND number IS NOT NULL AND fy_start_year IS NOT NULL
        AND serial IS NOT NULL AND issued_at IS NOT NULL AND issued_by IS NOT NULL
        AND supplier_name IS NOT NULL
      ELSE kind IS NULL AND number IS NULL AND fy_start_year IS NULL AND serial IS NULL
        AND issued_at IS NULL AND issued_by IS NULL AND supplier_name IS NULL
        AND supplier_gstin IS NULL AND supplier_state_code IS NULL
    END),
  -- In-clinic services are intra-state (IGST Act s.12(4)): CGST and SGST are equal halves.
  CONSTRAINT invoices_halves CHECK (cgst_paise = sgst_paise),
  CONSTRAINT invoices_total CHECK (total_paise = taxable_value_paise + exempt_value_paise
                                               + cgst_paise + sgst_paise + round_off_paise),
  CONSTRAINT invoices_round_off CHECK (round_off OR round_off_paise = 0),
  -- An unregistered supplier charges no GST (CGST Act s.9, s.31(3)(c)): a bill of supply only.
  CONSTRAINT invoices_unregistered CHECK (status = 'draft' OR supplier_gstin IS NOT NULL
                                          OR (kind = 'bill_of_supply' AND cgst_paise = 0))
);
CREATE INDEX invoices_patient ON invoices (clinic_id, patient_id, created_at DESC);
CREATE INDEX invoices_issued_at ON invoices (clinic_id, issued_at) WHERE status = 'issued';
COMMENT ON TABLE invoices IS E'Invoices, bills of supply and invoices-cum-bills of supply of a patient: draft, then issued with a gap-free number (PREFIX/YY-YY/NNNN) in the clinic''s financial year, the supplier and recipient particulars of CGST Rule 46 and the totals in paise; never changed or deleted once issued. Financial data (billing.read). Retention: 8 years after the end of the financial year of issue (PRODUCT.md §8); drafts until deleted.';
CREATE TRIGGER invoices_set_updated_at BEFORE UPDATE ON invoices
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

CREATE TABLE invoice_lines (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  invoice_id           uuid NOT NULL,
  position             smallint NOT NULL CHECK (position BETWEEN 0 AND 99),
  description          text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 200),
  -- SAC 999312 (dental services, exempt) or 999722 (cosmetic, taxable): india-domain §3.1–3.2.
  sac_code             text NOT NULL CHECK (sac_code ~ '^[0-9]{4,8}$'),
  quantity             integer NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
  unit_price_paise     bigint NOT NULL CHECK (unit_price_paise BETWEEN 0 AND 10000000000),
  discount_paise       bigint NOT NULL DEFAULT 0 CHECK (discount_paise >= 0),
  taxable              boolean NOT NULL,
  -- The rates GST has had for these services (shared/billing ALLOWED_GST_RATES_BP).
  gst_rate_bp          integer NOT NULL CHECK (gst_rate_bp IN (0, 500, 1200, 1800, 2800, 4000)),
  taxable_value_paise  bigint NOT NULL CHECK (taxable_value_paise >= 0),
  cgst_paise           bigint NOT NULL CHECK (cgst_paise >= 0),
  sgst_paise           bigint NOT NULL CHECK (sgst_paise >= 0),
  total_paise          bigint NOT NULL CHECK (total_paise >= 0),
  -- The completed treatment-plan item this line bills, if any (price and tax copied from it).
  plan_item_id         uuid,
  created_at           timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, invoice_id, position),
  FOREIGN KEY (clinic_id, invoice_id) REFERENCES invoices (clinic_id, id) ON DELETE CASCADE,
  FOREIGN KEY (clinic_id, plan_item_id) REFERENCES treatment_plan_items (clinic_id, id) ON DELETE RESTRICT,
  -- ₹10 crore per line at most, so value × rate stays exact (shared/billing MAX_LINE_PAISE).
  CONSTRAINT invoice_lines_gross CHECK (unit_price_paise * quantity <= 10000000000),
  CONSTRAINT invoice_lines_discount CHECK (discount_paise <= unit_price_paise * quantity),
  CONSTRAINT invoice_lines_value CHECK (taxable_value_paise = unit_price_paise * quantity - discount_paise),
  CONSTRAINT invoice_lines_tax CHECK (taxable = (gst_rate_bp > 0)
                                      AND (taxable OR cgst_paise = 0) AND cgst_paise = sgst_paise),
  CONSTRAINT invoice_lines_total CHECK (total_paise = taxable_value_paise + cgst_paise + sgst_paise)
);
-- A plan item is billed once: on one invoice, draft or issued. (Credit notes, a later slice, will
-- decide how a cancelled invoice's items are billed again.)
CREATE UNIQUE INDEX invoice_lines_plan_item ON invoice_lines (clinic_id, plan_item_id)
  WHERE plan_item_id IS NOT NULL;
COMMENT ON TABLE invoice_lines IS E'Lines of an invoice: description, SAC, quantity, unit price, discount, taxability, GST rate and the CGST/SGST per line in paise, and the completed plan item billed, if any; never changed once the invoice is issued. Financial data (billing.read). Retention: with the invoice, 8 years after the end of its financial year.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- An issued invoice is a tax document (CGST Act s.31, Rule 46): it does not change and is not
-- deleted, by any role, the table owner's path included; corrections are credit notes
-- (s.34, Rule 53(1A)). An invoice starts as a draft; it becomes issued only by an update of a
-- draft (the issue, which numbers it). Refused as 42501, like the plans' `frozen` trigger; the
-- API answers 409 first.
CREATE FUNCTION invoices_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'draft' THEN
      RAISE EXCEPTION 'an invoice starts as a draft and is numbered when issued'
        USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'an issued invoice does not change and is not deleted; issue a credit note'
      USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER immutable BEFORE INSERT OR UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_immutable();

-- The lines of an issued invoice, likewise; and a line's invoice does not change.
CREATE FUNCTION invoice_lines_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  v_status text;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.invoice_id IS DISTINCT FROM OLD.invoice_id THEN
    RAISE EXCEPTION 'a line stays on its invoice' USING ERRCODE = '42501';
  END IF;
  SELECT i.status INTO v_status FROM invoices i
  WHERE i.clinic_id = COALESCE(NEW.clinic_id, OLD.clinic_id)
    AND i.id = COALESCE(NEW.invoice_id, OLD.invoice_id);
  IF v_status = 'issued' THEN
    RAISE EXCEPTION 'the lines of an issued invoice do not change; issue a credit note'
      USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER immutable BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION invoice_lines_immutable();

-- A line that bills a plan item bills a completed item of the invoice's own patient. The front
-- desk and accountants cannot read plan items (clinical data, ADR 0011), so the check reads them
-- as the definer, for the row's own clinic only.
CREATE FUNCTION invoice_lines_plan_item() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  -- A row aimed at another clinic is left for row-level security to refuse.
  IF NEW.plan_item_id IS NULL
     OR NEW.clinic_id IS DISTINCT FROM NULLIF(current_setting('app.clinic_id', true), '')::uuid THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM treatment_plan_items t JOIN invoices i
      ON i.clinic_id = t.clinic_id AND i.patient_id = t.patient_id
    WHERE t.clinic_id = NEW.clinic_id AND t.id = NEW.plan_item_id AND t.status = 'completed'
      AND i.id = NEW.invoice_id) THEN
    RAISE EXCEPTION 'a plan item is billed when completed, on an invoice of its patient'
      USING ERRCODE = '23514', CONSTRAINT = 'invoice_lines_plan_item_completed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER plan_item BEFORE INSERT OR UPDATE OF plan_item_id ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION invoice_lines_plan_item();

-- What billing may know of plan items: the billing particulars of the patient's items (status,
-- code, name, tooth, quantity, price, discount, SAC, tax), for billing.write holders of the
-- current clinic only. The clinical rest of the plan stays behind ADR 0011.
CREATE FUNCTION billing_plan_items(p_patient uuid, p_ids uuid[])
  RETURNS TABLE (id uuid, status text, name text, tooth smallint, quantity smallint,
                 unit_price_paise integer, discount_paise integer, sac_code text,
                 taxable boolean, gst_rate_bp integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT t.id, t.status, t.name, t.tooth, t.quantity, t.unit_price_paise, t.discount_paise,
         t.sac_code, t.taxable, t.gst_rate_bp
  FROM treatment_plan_items t
  WHERE app_can('billing.write')
    AND t.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND t.patient_id = p_patient
    AND t.id = ANY (p_ids)
$$;
REVOKE ALL ON FUNCTION billing_plan_items(uuid, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing_plan_items(uuid, uuid[]) TO niramaya_app;

-- The patient as a recipient of a bill (Rule 46(d)–(f)): name and address, for billing roles of
-- the current clinic. Accountants bill without reading the patient register (patient.read).
CREATE FUNCTION billing_patient(p_patient uuid)
  RETURNS TABLE (id uuid, full_name text, address_line1 text, address_line2 text, city text,
                 state_code text, pin_code text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT p.id, p.full_name, p.address_line1, p.address_line2, p.city, p.state_code, p.pin_code
  FROM patients p
  WHERE (app_can('billing.write') OR app_can('billing.read'))
    AND p.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND p.id = p_patient
    AND p.merged_into_id IS NULL
$$;
REVOKE ALL ON FUNCTION billing_patient(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing_patient(uuid) TO niramaya_app;

-- ---- Row-level security ----------------------------------------------------------------------

ALTER TABLE document_series ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_series FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON document_series
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Billing reads the series to number; the owner sets them up (clinic.settings), at sign-up too.
CREATE POLICY role_read ON document_series AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('billing.read')) OR (SELECT app_can('clinic.settings')));
CREATE POLICY role_insert ON document_series AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinic.settings')));
CREATE POLICY role_update ON document_series AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinic.settings')))
  WITH CHECK ((SELECT app_can('clinic.settings')));

ALTER TABLE document_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON document_counters
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON document_counters AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('billing.read')));
CREATE POLICY role_insert ON document_counters AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('billing.write')));
CREATE POLICY role_update ON document_counters AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('billing.write')))
  WITH CHECK ((SELECT app_can('billing.write')));

ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON invoices
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON invoices AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('billing.read')));
CREATE POLICY role_insert ON invoices AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('billing.write')));
CREATE POLICY role_update ON invoices AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('billing.write')))
  WITH CHECK ((SELECT app_can('billing.write')));
CREATE POLICY role_delete ON invoices AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('billing.write')));
-- Who did it is the person acting, never someone else.
CREATE POLICY actor ON invoices AS RESTRICTIVE FOR INSERT
  WITH CHECK (created_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor_issue ON invoices AS RESTRICTIVE FOR UPDATE
  USING (true)
  WITH CHECK (issued_by IS NULL OR issued_by = NULLIF(current_setting('app.user_id', true), '')::uuid);

ALTER TABLE invoice_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoice_lines FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON invoice_lines
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_read ON invoice_lines AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('billing.read')));
CREATE POLICY role_insert ON invoice_lines AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('billing.write')));
CREATE POLICY role_update ON invoice_lines AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('billing.write')))
  WITH CHECK ((SELECT app_can('billing.write')));
CREATE POLICY role_delete ON invoice_lines AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('billing.write')));

-- Exactly what the API does: drafts are written, changed and deleted; lines are replaced
-- (deleted and inserted), never updated; counters are taken; series are seeded.
GRANT SELECT, INSERT ON document_series TO niramaya_app;
GRANT UPDATE (prefix, width) ON document_series TO niramaya_app;
GRANT SELECT, INSERT ON document_counters TO niramaya_app;
GRANT UPDATE (last_serial) ON document_counters TO niramaya_app;
GRANT SELECT, INSERT, DELETE ON invoices, invoice_lines TO niramaya_app;
GRANT UPDATE (status, kind, number, fy_start_year, serial, issued_at, issued_by, supplier_name,
              supplier_gstin, supplier_state_code, recipient_name, recipient_address,
              recipient_state_code, recipient_gstin, round_off, notes, taxable_value_paise,
              exempt_value_paise, cgst_paise, sgst_paise, round_off_paise, total_paise)
  ON invoices TO niramaya_app;

-- ---- Default series ----------------------------------------------------------------------------

-- Every clinic starts with INV, CN, RCT and RFD at 4 digits (INV/26-27/0001). Runs as the caller
-- (row-level security applies), like seed_procedures: at sign-up as the new owner; below, for
-- the clinics that exist.
CREATE FUNCTION seed_document_series(p_clinic uuid) RETURNS void
  LANGUAGE sql SET search_path = pg_catalog, public AS $$
  INSERT INTO document_series (clinic_id, kind, prefix)
  SELECT p_clinic, s.kind, s.prefix
  FROM (VALUES ('invoice', 'INV'), ('credit_note', 'CN'), ('receipt', 'RCT'), ('refund', 'RFD'))
    AS s (kind, prefix)
  WHERE NOT EXISTS (SELECT 1 FROM document_series d WHERE d.clinic_id = p_clinic AND d.kind = s.kind)
$$;
REVOKE ALL ON FUNCTION seed_document_series(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seed_document_series(uuid) TO niramaya_app;

DO $$
DECLARE
  v_clinic uuid;
BEGIN
  FOR v_clinic IN SELECT id FROM clinics ORDER BY id LOOP
    PERFORM set_config('app.clinic_id', v_clinic::text, true);
    PERFORM seed_document_series(v_clinic);
  END LOOP;
  PERFORM set_config('app.clinic_id', '', true);
END
$$;
