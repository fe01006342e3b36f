-- What the front desk may bill (issue #12, item 9 Screens): a patient's completed treatment-plan
-- items that no invoice bills yet, with the particulars a bill needs (CGST Rule 46(g)–(k):
-- description, SAC, quantity, value, discount, rate) and who did the work and when.
--
-- Plan items are clinical data (ADR 0011): receptionists and accountants cannot read them, so
-- this reads them as the definer, for billing.write holders of the current clinic only, and
-- answers billing particulars only: no plan note, no sittings' work done, no finding.
-- An item counts as billed while a line bills it, unless a credit note released it
-- (invoice_lines.plan_item_released, 20261207080000), the same rule as the unique index
-- invoice_lines_plan_item. No table: nothing to retain.

CREATE FUNCTION billing_billable_items(p_patient uuid)
  RETURNS TABLE (id uuid, code text, name text, tooth smallint, surfaces text[],
                 quadrant smallint, arch text, quantity smallint, unit_price_paise integer,
                 discount_paise integer, sac_code text, taxable boolean, gst_rate_bp integer,
                 completed_at timestamptz, doctor_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT t.id, t.code, t.name, t.tooth, t.surfaces, t.quadrant, t.arch, t.quantity,
         t.unit_price_paise, t.discount_paise, t.sac_code, t.taxable, t.gst_rate_bp,
         t.completed_at, u.full_name
  FROM treatment_plan_items t
  JOIN treatment_plans p ON p.clinic_id = t.clinic_id AND p.id = t.plan_id
  JOIN users u ON u.id = p.doctor_id
  WHERE app_can('billing.write')
    AND t.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND t.patient_id = p_patient
    AND t.status = 'completed'
    AND NOT EXISTS (
      SELECT 1 FROM invoice_lines l
      WHERE l.clinic_id = t.clinic_id AND l.plan_item_id = t.id AND NOT l.plan_item_released)
  ORDER BY t.completed_at, t.id
$$;
REVOKE ALL ON FUNCTION billing_billable_items(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing_billable_items(uuid) TO niramaya_app;
