-- Scheduling: chairs, doctors' working hours and exceptions, appointment types,
-- appointments that cannot double-book a doctor or a chair, a waiting list and
-- recall rules. Times are instants (timestamptz, stored in UTC); working hours are
-- wall-clock times in the clinic's time zone. See PRODUCT.md "Scheduling" and
-- ADR 0012.

CREATE EXTENSION IF NOT EXISTS btree_gist;

INSERT INTO role_capabilities (role, capability) VALUES
  -- Appointments (PRODUCT.md matrix): owner, admin, receptionist RW; doctor RW own
  -- (all if the clinic allows); assistant and accountant R.
  ('owner', 'schedule.read'), ('admin', 'schedule.read'), ('doctor', 'schedule.read'),
  ('assistant', 'schedule.read'), ('receptionist', 'schedule.read'), ('accountant', 'schedule.read'),
  ('owner', 'schedule.write'), ('admin', 'schedule.write'), ('doctor', 'schedule.write'),
  ('receptionist', 'schedule.write'),
  ('owner', 'schedule.all_doctors'), ('admin', 'schedule.all_doctors'),
  ('assistant', 'schedule.all_doctors'), ('receptionist', 'schedule.all_doctors'),
  ('accountant', 'schedule.all_doctors'),
  -- Chairs, hours, leave, appointment types and recall rules.
  ('owner', 'schedule.configure'), ('admin', 'schedule.configure');

ALTER TABLE clinics ADD COLUMN doctors_see_all_appointments boolean NOT NULL DEFAULT false;
GRANT UPDATE (doctors_see_all_appointments) ON clinics TO niramaya_app;

-- Whose appointments the acting user sees and changes: everyone's, or (a doctor)
-- their own. Evaluated once per query (InitPlan) in the policies below.
CREATE FUNCTION app_schedule_all() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT app_can('schedule.all_doctors')
      OR (app_current_role() = 'doctor'
          AND COALESCE((SELECT c.doctors_see_all_appointments FROM clinics c
                        WHERE c.id = NULLIF(current_setting('app.clinic_id', true), '')::uuid), false))
$$;
REVOKE ALL ON FUNCTION app_schedule_all() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_schedule_all() TO niramaya_app;

-- Who can be booked: active doctors, and owners and admins (often the clinic's
-- own dentists). Used by triggers on hours and appointments.
CREATE FUNCTION app_is_bookable(p_clinic uuid, p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT EXISTS (SELECT 1 FROM memberships m
                 WHERE m.clinic_id = p_clinic AND m.user_id = p_user
                   AND m.role IN ('owner', 'admin', 'doctor') AND m.deactivated_at IS NULL)
$$;
REVOKE ALL ON FUNCTION app_is_bookable(uuid, uuid) FROM PUBLIC;

-- The doctors the front desk books: names and roles only, for anyone who reads the
-- schedule (memberships themselves stay limited to staff.read).
CREATE FUNCTION clinic_bookable_doctors()
  RETURNS TABLE (user_id uuid, full_name text, role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT m.user_id, u.full_name, m.role
  FROM memberships m JOIN users u ON u.id = m.user_id
  WHERE m.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND m.role IN ('owner', 'admin', 'doctor') AND m.deactivated_at IS NULL
    AND app_can('schedule.read')
  ORDER BY u.full_name
$$;
REVOKE ALL ON FUNCTION clinic_bookable_doctors() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION clinic_bookable_doctors() TO niramaya_app;

CREATE FUNCTION require_bookable_doctor() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  -- A row aimed at another clinic is left for row-level security to refuse.
  IF NEW.clinic_id IS DISTINCT FROM NULLIF(current_setting('app.clinic_id', true), '')::uuid THEN
    RETURN NEW;
  END IF;
  IF NOT app_is_bookable(NEW.clinic_id, NEW.doctor_user_id) THEN
    RAISE EXCEPTION 'the doctor must be an active doctor, owner or admin of the clinic'
      USING ERRCODE = '23514', CONSTRAINT = 'bookable_doctor';
  END IF;
  RETURN NEW;
END
$$;

-- Chairs (operatories) of a branch.
CREATE TABLE chairs (
  clinic_id   uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  branch_id   uuid NOT NULL,
  name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 50),
  is_active   boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, branch_id) REFERENCES branches (clinic_id, id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX chairs_name ON chairs (clinic_id, branch_id, lower(name));
COMMENT ON TABLE chairs IS E'Dental chairs (operatories) of a branch; appointments may hold one.';

-- What is booked: consultation, scaling, a root canal sitting … with a default length and colour.
CREATE TABLE appointment_types (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  default_minutes  integer NOT NULL CHECK (default_minutes BETWEEN 5 AND 480 AND default_minutes % 5 = 0),
  colour           text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
  is_active        boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id)
);
CREATE UNIQUE INDEX appointment_types_name ON appointment_types (clinic_id, lower(name));
COMMENT ON TABLE appointment_types IS E'Kinds of appointment with a default duration and a calendar colour.';

-- A doctor's working sessions per weekday (0 = Sunday) in the clinic's time zone;
-- breaks are the gaps between sessions. A doctor cannot be in two sessions at once,
-- in any branch.
CREATE TABLE working_hours (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  branch_id       uuid NOT NULL,
  doctor_user_id  uuid NOT NULL,
  weekday         smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
  starts_at       time NOT NULL,
  ends_at         time NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  CHECK (ends_at > starts_at),
  FOREIGN KEY (clinic_id, branch_id) REFERENCES branches (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, doctor_user_id) REFERENCES memberships (clinic_id, user_id) ON DELETE RESTRICT,
  CONSTRAINT working_hours_no_overlap EXCLUDE USING gist (
    clinic_id WITH =, doctor_user_id WITH =, weekday WITH =,
    tsrange(DATE '2000-01-03' + starts_at, DATE '2000-01-03' + ends_at) WITH &&)
);
COMMENT ON TABLE working_hours IS E'Doctors'' weekly working sessions (clinic-local wall time); breaks are the gaps between them.';
CREATE TRIGGER bookable_doctor BEFORE INSERT OR UPDATE ON working_hours
  FOR EACH ROW EXECUTE FUNCTION require_bookable_doctor();

-- Leave, holidays and other time off: a doctor's (doctor_user_id set) or the whole
-- clinic's (NULL). Instants, so a half day is as easy as a week.
CREATE TABLE schedule_exceptions (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  doctor_user_id  uuid,
  kind            text NOT NULL CHECK (kind IN ('leave', 'holiday', 'training', 'other')),
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  note            text CHECK (length(note) <= 200),
  created_by      uuid REFERENCES users (id) ON DELETE RESTRICT,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '366 days'),
  FOREIGN KEY (clinic_id, doctor_user_id) REFERENCES memberships (clinic_id, user_id) ON DELETE RESTRICT
);
CREATE INDEX schedule_exceptions_time ON schedule_exceptions USING gist (clinic_id, tstzrange(starts_at, ends_at));
COMMENT ON TABLE schedule_exceptions IS E'Time off: a doctor''s leave, or clinic holidays when doctor_user_id is NULL.';

CREATE TABLE appointments (
  clinic_id             uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                    uuid NOT NULL DEFAULT gen_random_uuid(),
  branch_id             uuid NOT NULL,
  patient_id            uuid NOT NULL,
  doctor_user_id        uuid NOT NULL,
  chair_id              uuid,
  appointment_type_id   uuid,
  starts_at             timestamptz NOT NULL,
  ends_at               timestamptz NOT NULL,
  during                tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
  status                text NOT NULL DEFAULT 'booked' CHECK (status IN
                          ('booked', 'confirmed', 'arrived', 'in_treatment', 'completed', 'cancelled', 'no_show')),
  is_walk_in            boolean NOT NULL DEFAULT false,
  -- Booked outside the doctor's hours (or in the past, as a back-entry) on purpose;
  -- who did it is in the audit log.
  is_override           boolean NOT NULL DEFAULT false,
  notes                 text CHECK (length(notes) <= 500),
  cancel_reason         text CHECK (length(cancel_reason) BETWEEN 1 AND 200),
  status_changed_at     timestamptz NOT NULL DEFAULT now(),
  created_by            uuid REFERENCES users (id) ON DELETE RESTRICT,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'),
  CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
  FOREIGN KEY (clinic_id, branch_id) REFERENCES branches (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, doctor_user_id) REFERENCES memberships (clinic_id, user_id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, chair_id) REFERENCES chairs (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, appointment_type_id) REFERENCES appointment_types (clinic_id, id) ON DELETE RESTRICT,
  -- No double booking, decided by the database whatever the application does:
  -- two live appointments of one doctor, or of one chair, never overlap.
  CONSTRAINT appointments_doctor_free EXCLUDE USING gist (
    clinic_id WITH =, doctor_user_id WITH =, during WITH &&)
    WHERE (status NOT IN ('cancelled', 'no_show')),
  CONSTRAINT appointments_chair_free EXCLUDE USING gist (
    clinic_id WITH =, chair_id WITH =, during WITH &&)
    WHERE (chair_id IS NOT NULL AND status NOT IN ('cancelled', 'no_show'))
);
-- Calendars ask by start time. Under row-level security PostgreSQL uses only leakproof
-- operators in index conditions: timestamptz comparisons are, range overlap (&&) is not,
-- so queries bound starts_at (an appointment lasts at most 12 hours) instead of using during.
CREATE INDEX appointments_start ON appointments (clinic_id, starts_at);
CREATE INDEX appointments_patient ON appointments (clinic_id, patient_id, starts_at);
CREATE INDEX appointments_doctor ON appointments (clinic_id, doctor_user_id, starts_at);
COMMENT ON TABLE appointments IS E'Appointments. A live appointment (not cancelled or no-show) holds its doctor and chair: exclusion constraints refuse overlaps. Retention: with the patient record.';
CREATE TRIGGER bookable_doctor BEFORE INSERT OR UPDATE OF doctor_user_id ON appointments
  FOR EACH ROW EXECUTE FUNCTION require_bookable_doctor();

CREATE FUNCTION appointments_status_changed() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    NEW.status_changed_at := now();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER appointments_status_changed BEFORE UPDATE ON appointments
  FOR EACH ROW EXECUTE FUNCTION appointments_status_changed();

-- Patients waiting for a slot on a day (walk-ins the doctor could not fit, people
-- asking for an earlier appointment).
CREATE TABLE waiting_list (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id      uuid NOT NULL,
  on_date         date NOT NULL,
  doctor_user_id  uuid,
  note            text CHECK (length(note) <= 200),
  appointment_id  uuid,
  added_by        uuid REFERENCES users (id) ON DELETE RESTRICT,
  added_at        timestamptz NOT NULL DEFAULT now(),
  resolved_at     timestamptz,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, doctor_user_id) REFERENCES memberships (clinic_id, user_id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id) ON DELETE RESTRICT
);
CREATE INDEX waiting_list_day ON waiting_list (clinic_id, on_date) WHERE resolved_at IS NULL;
COMMENT ON TABLE waiting_list IS E'Patients waiting for a slot on a given day.';

-- "Check-up 6 months after the last completed visit": which patients are due.
CREATE TABLE recall_rules (
  clinic_id            uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),
  name                 text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  interval_months      integer NOT NULL CHECK (interval_months BETWEEN 1 AND 60),
  -- The completed visit that starts the clock; NULL: any completed visit.
  after_type_id        uuid,
  is_active            boolean NOT NULL DEFAULT true,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, after_type_id) REFERENCES appointment_types (clinic_id, id) ON DELETE RESTRICT
);
COMMENT ON TABLE recall_rules IS E'Recall rules: a visit is due interval_months after the last completed one (of a type, or any).';

-- Row-level security, enabled and forced on every table above (written out, so a
-- reader or a grep finds each one).
ALTER TABLE chairs ENABLE ROW LEVEL SECURITY;
ALTER TABLE chairs FORCE ROW LEVEL SECURITY;
ALTER TABLE appointment_types ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointment_types FORCE ROW LEVEL SECURITY;
ALTER TABLE working_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE working_hours FORCE ROW LEVEL SECURITY;
ALTER TABLE schedule_exceptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE schedule_exceptions FORCE ROW LEVEL SECURITY;
ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointments FORCE ROW LEVEL SECURITY;
ALTER TABLE waiting_list ENABLE ROW LEVEL SECURITY;
ALTER TABLE waiting_list FORCE ROW LEVEL SECURITY;
ALTER TABLE recall_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE recall_rules FORCE ROW LEVEL SECURITY;

-- Shared wiring for the tables above: timestamps, audit, isolation and roles.
DO $$
DECLARE
  v_table text;
BEGIN
  FOREACH v_table IN ARRAY ARRAY['chairs', 'appointment_types', 'working_hours', 'schedule_exceptions',
                                 'appointments', 'waiting_list', 'recall_rules'] LOOP
    EXECUTE format('CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON %I
                    FOR EACH ROW EXECUTE FUNCTION audit_capture()', v_table);
    EXECUTE format($p$CREATE POLICY clinic_isolation ON %I
      USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
      WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_read ON %I AS RESTRICTIVE FOR SELECT
      USING ((SELECT app_can('schedule.read')))$p$, v_table);
  END LOOP;
  FOREACH v_table IN ARRAY ARRAY['chairs', 'appointment_types', 'recall_rules'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION set_updated_at()',
                   v_table || '_set_updated_at', v_table);
  END LOOP;
  -- Configuration: owners and admins.
  FOREACH v_table IN ARRAY ARRAY['chairs', 'appointment_types', 'working_hours', 'schedule_exceptions',
                                 'recall_rules'] LOOP
    EXECUTE format($p$CREATE POLICY role_insert ON %I AS RESTRICTIVE FOR INSERT
      WITH CHECK ((SELECT app_can('schedule.configure')))$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_update ON %I AS RESTRICTIVE FOR UPDATE
      USING ((SELECT app_can('schedule.configure'))) WITH CHECK ((SELECT app_can('schedule.configure')))$p$, v_table);
    EXECUTE format($p$CREATE POLICY role_delete ON %I AS RESTRICTIVE FOR DELETE
      USING ((SELECT app_can('schedule.configure')))$p$, v_table);
  END LOOP;
END
$$;
CREATE TRIGGER appointments_set_updated_at BEFORE UPDATE ON appointments
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Appointments: everyone's or (a doctor) their own, to read and to change.
CREATE POLICY own_or_all ON appointments AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_schedule_all())
         OR doctor_user_id = NULLIF(current_setting('app.user_id', true), '')::uuid);
CREATE POLICY role_insert ON appointments AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('schedule.write'))
              AND ((SELECT app_schedule_all())
                   OR doctor_user_id = NULLIF(current_setting('app.user_id', true), '')::uuid));
CREATE POLICY role_update ON appointments AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('schedule.write'))
         AND ((SELECT app_schedule_all())
              OR doctor_user_id = NULLIF(current_setting('app.user_id', true), '')::uuid))
  WITH CHECK ((SELECT app_can('schedule.write'))
              AND ((SELECT app_schedule_all())
                   OR doctor_user_id = NULLIF(current_setting('app.user_id', true), '')::uuid));
CREATE POLICY role_write ON waiting_list AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('schedule.write')));
CREATE POLICY role_update ON waiting_list AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('schedule.write'))) WITH CHECK ((SELECT app_can('schedule.write')));

GRANT SELECT, INSERT, DELETE ON chairs, appointment_types, working_hours, schedule_exceptions,
  recall_rules TO niramaya_app;
GRANT UPDATE (name, is_active) ON chairs TO niramaya_app;
GRANT UPDATE (name, default_minutes, colour, is_active) ON appointment_types TO niramaya_app;
GRANT UPDATE (name, interval_months, after_type_id, is_active) ON recall_rules TO niramaya_app;
-- Appointments are never deleted: cancelled, with a reason, so attendance stays true.
GRANT SELECT, INSERT ON appointments, waiting_list TO niramaya_app;
GRANT UPDATE (doctor_user_id, chair_id, appointment_type_id, starts_at, ends_at, status, is_override,
              notes, cancel_reason) ON appointments TO niramaya_app;
GRANT UPDATE (note, appointment_id, resolved_at) ON waiting_list TO niramaya_app;

-- "Own" patients of a doctor (ADR 0011) now include those they have an
-- appointment with (booked, seen or treated; not one that was cancelled), as
-- PRODUCT.md says: "assigned to or has treated". Only appointments someone else
-- made count: otherwise a doctor could book any patient to open their record.
CREATE OR REPLACE FUNCTION app_clinical_patients(p_write boolean) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT t.patient_id FROM patient_care_team t
  WHERE t.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND t.user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
    AND app_can(CASE WHEN p_write THEN 'clinical.write' ELSE 'clinical.read' END)
  UNION
  SELECT a.patient_id FROM appointments a
  WHERE a.clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid
    AND a.doctor_user_id = NULLIF(current_setting('app.user_id', true), '')::uuid
    AND a.status <> 'cancelled'
    AND a.created_by IS DISTINCT FROM a.doctor_user_id
    AND app_current_role() = 'doctor'
    AND app_can(CASE WHEN p_write THEN 'clinical.write' ELSE 'clinical.read' END)
$$;
