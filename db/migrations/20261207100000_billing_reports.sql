-- GST reports (issue #12 item 7; india-domain §3.6–3.8): the GST summary by rate, the GSTR-1
-- export (b2b, b2cs, hsn, doc_issue, cdnr/cdnur) and e-invoice JSON (INV-01 v1.1), all read from
-- the issued invoices and credit notes (20261206100000_invoices.sql, 20261207080000_credit_notes_payments.sql).
--
-- Who: owners, admins and accountants (billing.reports). The reports only read, and they read
-- through the tables' own policies, which already require billing.read (held by every
-- billing.reports role); the reports add no table, no grant and no policy. Receptionists read
-- single invoices (billing.read) but not the clinic's totals; doctors and assistants nothing
-- (PRODUCT.md roles matrix). The API refuses them with 403 before any query.
--
-- Retention: nothing is stored here; the reports are computed on request.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'billing.reports'), ('admin', 'billing.reports'), ('accountant', 'billing.reports');
