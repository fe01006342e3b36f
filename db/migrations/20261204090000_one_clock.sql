-- One clock for the application and the database.
--
-- The server's clock (deps.clock) already decides sessions, invitations, resets and
-- bookings, and is passed to the database functions that need it. Column defaults and
-- triggers, though, read PostgreSQL's now(): two clocks. A test that moves the app's
-- clock (or a server whose clock differs from the database host's) then writes rows
-- stamped by one clock and judged by the other.
--
-- withClinic() puts the app's time into the transaction (`app.now`, transaction-local,
-- like the tenant context) and app_now() reads it, falling back to now() for work that
-- has no app clock (migrations, psql). Every timestamp default and trigger uses it.
-- db/catalogue.test.ts fails on any new `DEFAULT now()`.
--
-- Not changed: audit_events.occurred_at keeps clock_timestamp(), the database's own
-- record of when it wrote an event (the hash chain orders by it).

CREATE FUNCTION app_now() RETURNS timestamptz
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS $$
  SELECT COALESCE(NULLIF(current_setting('app.now', true), '')::timestamptz, now())
$$;
COMMENT ON FUNCTION app_now() IS E'The application''s clock for this transaction (app.now, set by withClinic), else now().';
GRANT EXECUTE ON FUNCTION app_now() TO niramaya_app;

CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.updated_at := app_now();
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION appointments_status_changed() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    NEW.status_changed_at := app_now();
  END IF;
  RETURN NEW;
END
$$;

ALTER TABLE clinics ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE clinics ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE branches ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE branches ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE users ALTER COLUMN password_changed_at SET DEFAULT app_now();
ALTER TABLE users ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE users ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE memberships ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE memberships ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE clinic_keys ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE patients ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE patients ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE consent_notices ALTER COLUMN published_at SET DEFAULT app_now();
ALTER TABLE patient_care_team ALTER COLUMN added_at SET DEFAULT app_now();
ALTER TABLE medical_histories ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE medical_histories ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE patient_documents ALTER COLUMN uploaded_at SET DEFAULT app_now();
ALTER TABLE chairs ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE chairs ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE appointment_types ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE appointment_types ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE working_hours ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE schedule_exceptions ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE appointments ALTER COLUMN status_changed_at SET DEFAULT app_now();
ALTER TABLE appointments ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE appointments ALTER COLUMN updated_at SET DEFAULT app_now();
ALTER TABLE waiting_list ALTER COLUMN added_at SET DEFAULT app_now();
ALTER TABLE recall_rules ALTER COLUMN created_at SET DEFAULT app_now();
ALTER TABLE recall_rules ALTER COLUMN updated_at SET DEFAULT app_now();
