-- Billing, second slice (issue #12 items 4–5; PRODUCT.md §8; india-domain §3): credit notes
-- against issued invoices, and the money side: payments (receipts) with one or more tenders,
-- their allocation to invoices, advances held on the patient's account and applied later, and
-- refunds. Every document here is numbered gap-free at creation in its own series (credit_note,
-- receipt, refund: the counters of 20261206100000_invoices.sql) and never changes afterwards.
--
-- Who: billing.write (owner, admin, receptionist, accountant) records and reads, like invoices;
-- doctors and assistants have nothing of billing, and the restrictive policies refuse them here
-- too. Money is integer paise (bigint); the CHECKs hold the arithmetic a row can check alone, the
-- use cases (server/modules/billing) the sums across rows, under a per-patient lock.
--
-- Retention: accounts, 8 years after the end of the financial year they belong to (PRODUCT.md
-- §8; CGST Act s.36; Income-tax Act s.44AA), whatever happens to the patient's record.

-- ---- Credit notes (CGST Act s.34, Rule 53(1A)) -------------------------------------------------

CREATE TABLE credit_notes (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id           uuid NOT NULL,
  invoice_id           uuid NOT NULL,
  -- Rule 53(1A)(b): a consecutive serial number, in the credit-note series of the year.
  number               text NOT NULL CHECK (number ~ '^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$'),
  fy_start_year        smallint NOT NULL CHECK (fy_start_year BETWEEN 2017 AND 2100),
  serial               integer NOT NULL CHECK (serial BETWEEN 1 AND 99999999),
  issued_at            timestamptz NOT NULL,
  issued_by            uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  reason               text NOT NULL CHECK (reason IN ('cancellation', 'discount', 'deficiency', 'other')),
  note                 text CHECK (char_length(note) <= 500),
  -- The supplier and recipient as on the invoice (Rule 53(1A)(a), (d)); the invoice's number
  -- and date are read from the invoice it cites (Rule 53(1A)(e)), which never changes.
  supplier_name        text NOT NULL CHECK (length(btrim(supplier_name)) BETWEEN 1 AND 200),
  supplier_gstin       text,
  recipient_name       text,
  recipient_gstin      text,
  taxable_value_paise  bigint NOT NULL CHECK (taxable_value_paise BETWEEN 0 AND 1000000000000),
  exempt_value_paise   bigint NOT NULL CHECK (exempt_value_paise BETWEEN 0 AND 1000000000000),
  cgst_paise           bigint NOT NULL CHECK (cgst_paise BETWEEN 0 AND 1000000000000),
  sgst_paise           bigint NOT NULL CHECK (sgst_paise BETWEEN 0 AND 1000000000000),
  -- The invoice's round-off, credited by the note that reverses the last of its lines.
  round_off_paise      integer NOT NULL DEFAULT 0 CHECK (round_off_paise BETWEEN -49 AND 50),
  total_paise          bigint NOT NULL CHECK (total_paise BETWEEN 1 AND 4000000000000),
  created_at           timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, number),
  UNIQUE (clinic_id, fy_start_year, serial),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, invoice_id) REFERENCES invoices (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT credit_notes_halves CHECK (cgst_paise = sgst_paise),
  CONSTRAINT credit_notes_total CHECK (total_paise = taxable_value_paise + exempt_value_paise
                                                   + cgst_paise + sgst_paise + round_off_paise)
);
CREATE INDEX credit_notes_invoice ON credit_notes (clinic_id, invoice_id);
CREATE INDEX credit_notes_patient ON credit_notes (clinic_id, patient_id, issued_at);
CREATE INDEX credit_notes_issued_at ON credit_notes (clinic_id, issued_at);
COMMENT ON TABLE credit_notes IS E'Credit notes against issued invoices (CGST Act s.34, Rule 53(1A)): numbered in their own series, citing the invoice, with the reason and the value and tax credited in paise; never changed or deleted. Financial data (billing.read). Retention: 8 years after the end of the financial year of issue (PRODUCT.md §8).';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON credit_notes
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

CREATE TABLE credit_note_lines (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  credit_note_id       uuid NOT NULL,
  invoice_line_id      uuid NOT NULL,
  position             smallint NOT NULL CHECK (position BETWEEN 0 AND 99),
  taxable_value_paise  bigint NOT NULL CHECK (taxable_value_paise >= 0),
  cgst_paise           bigint NOT NULL CHECK (cgst_paise >= 0),
  sgst_paise           bigint NOT NULL CHECK (sgst_paise >= 0),
  total_paise          bigint NOT NULL CHECK (total_paise > 0),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, credit_note_id, position),
  UNIQUE (clinic_id, credit_note_id, invoice_line_id),
  FOREIGN KEY (clinic_id, credit_note_id) REFERENCES credit_notes (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, invoice_line_id) REFERENCES invoice_lines (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT credit_note_lines_halves CHECK (cgst_paise = sgst_paise),
  CONSTRAINT credit_note_lines_total CHECK (total_paise = taxable_value_paise + cgst_paise + sgst_paise)
);
CREATE INDEX credit_note_lines_invoice_line ON credit_note_lines (clinic_id, invoice_line_id);
COMMENT ON TABLE credit_note_lines IS E'What a credit note reverses of each invoice line: taxable value, CGST and SGST in paise (Rule 53(1A)(f)–(g)). Financial data (billing.read). Retention: with the credit note.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON credit_note_lines
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- A credit note line credits a line of the note's own invoice, and no line is credited beyond
-- what it charged, in value or in either tax: the database refuses it even if a use case got the
-- sums wrong. Concurrent notes of one invoice are serialised by the use case (it locks the
-- invoice row first), so the sums read here are complete.
CREATE FUNCTION credit_note_lines_within() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_line invoice_lines;
  v_credited record;
BEGIN
  IF NEW.clinic_id IS DISTINCT FROM NULLIF(current_setting('app.clinic_id', true), '')::uuid THEN
    RETURN NEW;  -- another clinic's row: row-level security refuses it
  END IF;
  SELECT l.* INTO v_line FROM invoice_lines l JOIN credit_notes n
      ON n.clinic_id = l.clinic_id AND n.invoice_id = l.invoice_id
    WHERE l.clinic_id = NEW.clinic_id AND l.id = NEW.invoice_line_id AND n.id = NEW.credit_note_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'a credit note credits lines of the invoice it cites'
      USING ERRCODE = '23514', CONSTRAINT = 'credit_note_lines_same_invoice';
  END IF;
  SELECT COALESCE(sum(c.taxable_value_paise), 0) AS taxable, COALESCE(sum(c.cgst_paise), 0) AS cgst
    INTO v_credited
    FROM credit_note_lines c WHERE c.clinic_id = NEW.clinic_id AND c.invoice_line_id = NEW.invoice_line_id;
  IF v_credited.taxable + NEW.taxable_value_paise > v_line.taxable_value_paise
     OR v_credited.cgst + NEW.cgst_paise > v_line.cgst_paise THEN
    RAISE EXCEPTION 'a line is not credited beyond what it charged'
      USING ERRCODE = '23514', CONSTRAINT = 'credit_note_lines_within_line';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER within_line BEFORE INSERT ON credit_note_lines
  FOR EACH ROW EXECUTE FUNCTION credit_note_lines_within();

-- A credit note cites an issued invoice of its own patient.
CREATE FUNCTION credit_notes_of_issued() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM invoices i WHERE i.clinic_id = NEW.clinic_id AND i.id = NEW.invoice_id
                   AND i.patient_id = NEW.patient_id AND i.status = 'issued') THEN
    RAISE EXCEPTION 'a credit note cites an issued invoice of its patient'
      USING ERRCODE = '23514', CONSTRAINT = 'credit_notes_issued_invoice';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER issued_invoice BEFORE INSERT ON credit_notes
  FOR EACH ROW EXECUTE FUNCTION credit_notes_of_issued();

-- A plan item billed on a line that a credit note has reversed in full may be billed again: the
-- one-invoice-per-plan-item index leaves such lines out. The flag is the only thing that changes
-- on a line of an issued invoice, it only goes from false to true, and only when the credit
-- notes have reversed the whole line (checked below), so it cannot be used to bill twice.
ALTER TABLE invoice_lines ADD COLUMN plan_item_released boolean NOT NULL DEFAULT false;
DROP INDEX invoice_lines_plan_item;
CREATE UNIQUE INDEX invoice_lines_plan_item ON invoice_lines (clinic_id, plan_item_id)
  WHERE plan_item_id IS NOT NULL AND NOT plan_item_released;

CREATE OR REPLACE FUNCTION invoice_lines_immutable() RETURNS trigger
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
    IF TG_OP = 'UPDATE' AND NOT OLD.plan_item_released AND NEW.plan_item_released
       AND (to_jsonb(NEW) - 'plan_item_released') = (to_jsonb(OLD) - 'plan_item_released')
       AND OLD.plan_item_id IS NOT NULL
       AND (SELECT COALESCE(sum(c.total_paise), 0) FROM credit_note_lines c
            WHERE c.clinic_id = OLD.clinic_id AND c.invoice_line_id = OLD.id) = OLD.total_paise THEN
      RETURN NEW;  -- a fully credited line gives its plan item back for billing
    END IF;
    RAISE EXCEPTION 'the lines of an issued invoice do not change; issue a credit note'
      USING ERRCODE = '42501';
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

-- ---- Payments: receipts, tenders, allocations ---------------------------------------------------

-- A payment is money received from (or for) a patient, with a receipt numbered in the receipt
-- series. It is paid in one or more tenders (₹5,000 by UPI and the rest in cash is one receipt).
CREATE TABLE payments (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id       uuid NOT NULL,
  number           text NOT NULL CHECK (number ~ '^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$'),
  fy_start_year    smallint NOT NULL CHECK (fy_start_year BETWEEN 2017 AND 2100),
  serial           integer NOT NULL CHECK (serial BETWEEN 1 AND 99999999),
  received_at      timestamptz NOT NULL,
  received_by      uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  amount_paise     bigint NOT NULL CHECK (amount_paise BETWEEN 1 AND 1000000000000),
  notes            text CHECK (char_length(notes) <= 500),
  created_at       timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, number),
  UNIQUE (clinic_id, fy_start_year, serial),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX payments_patient ON payments (clinic_id, patient_id, received_at);
CREATE INDEX payments_received_at ON payments (clinic_id, received_at);
COMMENT ON TABLE payments IS E'Money received from patients, each with a receipt number in the clinic''s receipt series; what is not allocated to invoices is an advance held on the patient''s account. Never changed or deleted (a refund is a refund). Financial data (billing.read). Retention: 8 years after the end of the financial year received (PRODUCT.md §8).';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON payments
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

CREATE TABLE payment_tenders (
  clinic_id     uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  payment_id    uuid NOT NULL,
  position      smallint NOT NULL CHECK (position BETWEEN 0 AND 9),
  mode          text NOT NULL CHECK (mode IN ('cash', 'upi', 'card', 'bank_transfer', 'cheque')),
  -- UPI reference (UTR), last digits of a card, transfer reference or cheque number: never the
  -- card number (PCI DSS) — the contract allows 4 digits for cards.
  reference     text CHECK (char_length(reference) BETWEEN 1 AND 40),
  amount_paise  bigint NOT NULL CHECK (amount_paise BETWEEN 1 AND 1000000000000),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, payment_id, position),
  FOREIGN KEY (clinic_id, payment_id) REFERENCES payments (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT payment_tenders_reference CHECK (mode IN ('cash', 'card') OR reference IS NOT NULL)
);
COMMENT ON TABLE payment_tenders IS E'How a payment was paid: mode (cash, UPI, card, bank transfer, cheque), amount in paise and the reference of non-cash modes. Financial data (billing.read). Retention: with the payment.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON payment_tenders
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- Money of the patient's account set against an invoice: at payment time (payment_id set) or
-- later, from an advance or a credit (payment_id null). The use case keeps the sums: no invoice
-- allocated beyond what is due, no account allocating more than it holds.
CREATE TABLE payment_allocations (
  clinic_id     uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id    uuid NOT NULL,
  invoice_id    uuid NOT NULL,
  payment_id    uuid,
  amount_paise  bigint NOT NULL CHECK (amount_paise BETWEEN 1 AND 4000000000000),
  created_at    timestamptz NOT NULL DEFAULT app_now(),
  created_by    uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, invoice_id) REFERENCES invoices (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, payment_id) REFERENCES payments (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX payment_allocations_invoice ON payment_allocations (clinic_id, invoice_id);
CREATE INDEX payment_allocations_patient ON payment_allocations (clinic_id, patient_id);
COMMENT ON TABLE payment_allocations IS E'Amounts of a patient''s payments and credits set against issued invoices, in paise. Financial data (billing.read). Retention: 8 years after the end of the financial year (PRODUCT.md §8).';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON payment_allocations
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- An allocation is to an issued invoice of the same patient, from a payment of that patient.
CREATE FUNCTION payment_allocations_same_patient() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM invoices i WHERE i.clinic_id = NEW.clinic_id AND i.id = NEW.invoice_id
                   AND i.patient_id = NEW.patient_id AND i.status = 'issued')
     OR (NEW.payment_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM payments p WHERE p.clinic_id = NEW.clinic_id AND p.id = NEW.payment_id
            AND p.patient_id = NEW.patient_id)) THEN
    RAISE EXCEPTION 'an allocation sets a patient''s money against an issued invoice of theirs'
      USING ERRCODE = '23514', CONSTRAINT = 'payment_allocations_same_patient';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER same_patient BEFORE INSERT ON payment_allocations
  FOR EACH ROW EXECUTE FUNCTION payment_allocations_same_patient();

-- ---- Refunds --------------------------------------------------------------------------------------

-- Money paid back to a patient out of the account's credit (an unused advance, or what a credit
-- note made due back), with a voucher in the refund series (Rule 51 for advances; for exempt
-- services a voucher all the same, so the cash book has a document).
CREATE TABLE refunds (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id      uuid NOT NULL,
  number          text NOT NULL CHECK (number ~ '^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$'),
  fy_start_year   smallint NOT NULL CHECK (fy_start_year BETWEEN 2017 AND 2100),
  serial          integer NOT NULL CHECK (serial BETWEEN 1 AND 99999999),
  refunded_at     timestamptz NOT NULL,
  refunded_by     uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  mode            text NOT NULL CHECK (mode IN ('cash', 'upi', 'card', 'bank_transfer', 'cheque')),
  reference       text CHECK (char_length(reference) BETWEEN 1 AND 40),
  amount_paise    bigint NOT NULL CHECK (amount_paise BETWEEN 1 AND 1000000000000),
  reason          text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
  credit_note_id  uuid,
  created_at      timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, number),
  UNIQUE (clinic_id, fy_start_year, serial),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, credit_note_id) REFERENCES credit_notes (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT refunds_reference CHECK (mode IN ('cash', 'card') OR reference IS NOT NULL)
);
CREATE INDEX refunds_patient ON refunds (clinic_id, patient_id, refunded_at);
CREATE INDEX refunds_refunded_at ON refunds (clinic_id, refunded_at);
COMMENT ON TABLE refunds IS E'Money paid back to patients from their account''s credit, each with a voucher number in the refund series. Never changed or deleted. Financial data (billing.read). Retention: 8 years after the end of the financial year (PRODUCT.md §8).';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON refunds
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- ---- Immutability -----------------------------------------------------------------------------------

-- Accounts are written once: no role, the table owner's path included, changes or deletes them.
CREATE FUNCTION billing_write_once() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are written once; correct them with a new document', TG_TABLE_NAME
    USING ERRCODE = '42501';
END $$;
CREATE TRIGGER write_once BEFORE UPDATE OR DELETE ON credit_notes
  FOR EACH ROW EXECUTE FUNCTION billing_write_once();
CREATE TRIGGER write_once BEFORE UPDATE OR DELETE ON credit_note_lines
  FOR EACH ROW EXECUTE FUNCTION billing_write_once();
CREATE TRIGGER write_once BEFORE UPDATE OR DELETE ON payments
  FOR EACH ROW EXECUTE FUNCTION billing_write_once();
CREATE TRIGGER write_once BEFORE UPDATE OR DELETE ON payment_tenders
  FOR EACH ROW EXECUTE FUNCTION billing_write_once();
CREATE TRIGGER write_once BEFORE UPDATE OR DELETE ON payment_allocations
  FOR EACH ROW EXECUTE FUNCTION billing_write_once();
CREATE TRIGGER write_once BEFORE UPDATE OR DELETE ON refunds
  FOR EACH ROW EXECUTE FUNCTION billing_write_once();

-- ---- Row-level security -------------------------------------------------------------------------

DO $$
DECLARE
  v_table text;
BEGIN
  FOREACH v_table IN ARRAY ARRAY['credit_notes', 'credit_note_lines', 'payments', 'payment_tenders',
                                 'payment_allocations', 'refunds'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_table);
    EXECUTE format($p$CREATE POLICY clinic_isolation ON %I
      USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
      WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_read ON %I AS RESTRICTIVE FOR SELECT
      USING ((SELECT app_can('billing.read')))$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_insert ON %I AS RESTRICTIVE FOR INSERT
      WITH CHECK ((SELECT app_can('billing.write')))$p$, v_table);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO niramaya_app', v_table);
  END LOOP;
END
$$;
-- Who did it is the person acting, never someone else.
CREATE POLICY actor ON credit_notes AS RESTRICTIVE FOR INSERT
  WITH CHECK (issued_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor ON payments AS RESTRICTIVE FOR INSERT
  WITH CHECK (received_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor ON payment_allocations AS RESTRICTIVE FOR INSERT
  WITH CHECK (created_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY actor ON refunds AS RESTRICTIVE FOR INSERT
  WITH CHECK (refunded_by = NULLIF(current_setting('app.user_id', true), '')::uuid);

-- The one change to an issued invoice's line: giving back a fully credited plan item.
GRANT UPDATE (plan_item_released) ON invoice_lines TO niramaya_app;
