-- Instalment plans (issue #12 item 5): what is left to pay on an issued invoice, split into
-- amounts with due dates, e.g. an implant paid over three months. A schedule is an agreement with
-- the patient, not a tax document: it may be replaced (a new schedule for what is then left),
-- and payments are set against the invoice as always; the schedule only says what should have
-- been paid by when. How much of it is covered is computed (server/modules/billing): the money
-- set against and credited to the invoice since the schedule was made, applied to the earliest
-- instalment first.
--
-- Who: billing.write makes schedules, billing.read reads them (owners, admins, receptionists,
-- accountants); doctors and assistants nothing, in the database too.
-- Retention: with the invoice's accounts, 8 years after the end of its financial year.

CREATE TABLE instalment_plans (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id           uuid NOT NULL,
  invoice_id           uuid NOT NULL,
  -- What the invoice had been paid and credited when the schedule was made: the instalments
  -- cover what was due then.
  covered_before_paise bigint NOT NULL CHECK (covered_before_paise >= 0),
  note                 text CHECK (char_length(note) <= 500),
  created_by           uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at           timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, invoice_id),
  FOREIGN KEY (clinic_id, invoice_id) REFERENCES invoices (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT
);
COMMENT ON TABLE instalment_plans IS E'The schedule agreed for paying the rest of an issued invoice: one per invoice, replaced when renegotiated. Financial data (billing.read). Retention: 8 years after the end of the invoice''s financial year (PRODUCT.md §8).';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON instalment_plans
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

CREATE TABLE instalments (
  clinic_id     uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id       uuid NOT NULL,
  position      smallint NOT NULL CHECK (position BETWEEN 0 AND 59),
  due_on        date NOT NULL CHECK (due_on BETWEEN DATE '2017-07-01' AND DATE '2100-12-31'),
  amount_paise  bigint NOT NULL CHECK (amount_paise BETWEEN 1 AND 4000000000000),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, plan_id, position),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES instalment_plans (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX instalments_due ON instalments (clinic_id, due_on);
COMMENT ON TABLE instalments IS E'The amounts and due dates of an instalment plan. Financial data (billing.read). Retention: with the plan.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON instalments
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- A schedule is for an issued invoice of its patient.
CREATE FUNCTION instalment_plans_issued() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM invoices i WHERE i.clinic_id = NEW.clinic_id AND i.id = NEW.invoice_id
                   AND i.patient_id = NEW.patient_id AND i.status = 'issued') THEN
    RAISE EXCEPTION 'an instalment plan is for an issued invoice of its patient'
      USING ERRCODE = '23514', CONSTRAINT = 'instalment_plans_issued_invoice';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER issued_invoice BEFORE INSERT ON instalment_plans
  FOR EACH ROW EXECUTE FUNCTION instalment_plans_issued();

DO $$
DECLARE
  v_table text;
BEGIN
  FOREACH v_table IN ARRAY ARRAY['instalment_plans', 'instalments'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_table);
    EXECUTE format($p$CREATE POLICY clinic_isolation ON %I
      USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
      WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_read ON %I AS RESTRICTIVE FOR SELECT
      USING ((SELECT app_can('billing.read')))$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_insert ON %I AS RESTRICTIVE FOR INSERT
      WITH CHECK ((SELECT app_can('billing.write')))$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_delete ON %I AS RESTRICTIVE FOR DELETE
      USING ((SELECT app_can('billing.write')))$p$, v_table);
    -- Replaced, never edited: insert and delete only.
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON %I TO niramaya_app', v_table);
  END LOOP;
END
$$;
CREATE POLICY actor ON instalment_plans AS RESTRICTIVE FOR INSERT
  WITH CHECK (created_by = NULLIF(current_setting('app.user_id', true), '')::uuid);
