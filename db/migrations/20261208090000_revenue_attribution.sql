-- Revenue per doctor and per procedure category (issue #12 item 7): which doctor and which
-- catalogue category an invoice line's plan item belongs to.
--
-- Plan items, plans and sittings are clinical data (ADR 0011): accountants cannot read them,
-- and owners and admins only within the care-team rule. So the report reads them as the definer,
-- for billing.reports holders of the current clinic only, for items an invoice line of that
-- clinic bills, and answers ids, a doctor's name and a category only: no tooth, no plan, no
-- sitting's work done, no patient.
--
-- The doctor is the one who finished the work: the doctor of the item's last sitting, or the
-- plan's responsible doctor when the item has no sitting (billing_billable_items shows the
-- latter at the front desk). The category is the catalogue's, of the item's procedure.
--
-- No table: nothing to retain; the report is computed on request.

CREATE FUNCTION billing_revenue_attribution(p_items uuid[])
  RETURNS TABLE (plan_item_id uuid, doctor_id uuid, doctor_name text, category text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT t.id, d.id, d.full_name, pr.category
  FROM treatment_plan_items t
  JOIN treatment_plans p ON p.clinic_id = t.clinic_id AND p.id = t.plan_id
  JOIN procedures pr ON pr.clinic_id = t.clinic_id AND pr.id = t.procedure_id
  LEFT JOIN LATERAL (
    SELECT s.doctor_id FROM treatment_sittings s
    WHERE s.clinic_id = t.clinic_id AND s.item_id = t.id
    ORDER BY s.sitting_number DESC LIMIT 1) last_sitting ON true
  JOIN users d ON d.id = COALESCE(last_sitting.doctor_id, p.doctor_id)
  WHERE app_can('billing.reports')
    AND t.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND t.id = ANY (p_items)
    AND EXISTS (
      SELECT 1 FROM invoice_lines l WHERE l.clinic_id = t.clinic_id AND l.plan_item_id = t.id)
$$;
REVOKE ALL ON FUNCTION billing_revenue_attribution(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing_revenue_attribution(uuid[]) TO niramaya_app;
