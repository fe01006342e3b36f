-- The clinic's invoices list (issue #12, item 9; server/modules/billing/list-invoices.ts): newest
-- first by the instant of issue, or of drafting for a draft, then by id, a page at a time from a
-- keyset cursor. This index lets each page read only its own rows instead of sorting every
-- invoice of the clinic (about 60 ms a page at 20,000 invoices without it). No table: nothing to
-- retain.
CREATE INDEX invoices_listed ON invoices (clinic_id, (COALESCE(issued_at, created_at)) DESC, id DESC);
