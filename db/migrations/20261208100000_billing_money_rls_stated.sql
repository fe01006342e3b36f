-- The money tables of 20261207080000_credit_notes_payments.sql and 20261207083000_instalments.sql
-- had row-level security enabled and forced inside a loop of EXECUTE format(...), which a reader
-- or a static check cannot see. Those migrations have been applied and are checksummed, so they
-- stay as they are; this one states the same thing per table (ALTER ... ENABLE/FORCE is
-- idempotent). Their policies (clinic_isolation, role_read, role_insert, role_delete, actor) are
-- unchanged; db/catalogue.test.ts proves every tenant table is enabled and forced.

ALTER TABLE credit_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_notes FORCE ROW LEVEL SECURITY;
ALTER TABLE credit_note_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_note_lines FORCE ROW LEVEL SECURITY;
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE payments FORCE ROW LEVEL SECURITY;
ALTER TABLE payment_tenders ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_tenders FORCE ROW LEVEL SECURITY;
ALTER TABLE payment_allocations ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_allocations FORCE ROW LEVEL SECURITY;
ALTER TABLE refunds ENABLE ROW LEVEL SECURITY;
ALTER TABLE refunds FORCE ROW LEVEL SECURITY;
ALTER TABLE instalment_plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE instalment_plans FORCE ROW LEVEL SECURITY;
ALTER TABLE instalments ENABLE ROW LEVEL SECURITY;
ALTER TABLE instalments FORCE ROW LEVEL SECURITY;
