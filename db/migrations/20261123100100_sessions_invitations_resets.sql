-- Server-side sessions, staff invitations, password resets and login throttling.
-- Only hashes of tokens are stored: a copy of the database does not let anyone
-- sign in, accept an invitation or reset a password.

CREATE TABLE sessions (
  clinic_id        uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id          uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  token_hash       text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  csrf_token_hash  text NOT NULL CHECK (csrf_token_hash ~ '^[0-9a-f]{64}$'),
  created_at       timestamptz NOT NULL,
  last_seen_at     timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  revoked_at       timestamptz,
  ip               inet,
  user_agent       text CHECK (length(user_agent) <= 500),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, user_id) REFERENCES memberships (clinic_id, user_id) ON DELETE RESTRICT,
  CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash);
CREATE INDEX sessions_user ON sessions (clinic_id, user_id) WHERE revoked_at IS NULL;
COMMENT ON TABLE sessions IS E'Signed-in browsers. Idle (30 min) and absolute (12 h) limits are checked by auth_resolve_session with the server''s clock. Retention: 30 days after expiry.';

ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON sessions
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- A person sees and ends their own sessions; staff managers end anyone's.
CREATE POLICY own_or_manager ON sessions AS RESTRICTIVE
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid OR (SELECT app_can('staff.manage')))
  WITH CHECK (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid OR (SELECT app_can('staff.manage')));
GRANT SELECT (clinic_id, id, user_id, created_at, last_seen_at, expires_at, revoked_at, ip, user_agent),
  INSERT ON sessions TO niramaya_app;
GRANT UPDATE (revoked_at) ON sessions TO niramaya_app;

CREATE TABLE invitations (
  clinic_id             uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                    uuid NOT NULL DEFAULT gen_random_uuid(),
  email                 text NOT NULL CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254),
  role                  text NOT NULL CHECK (role IN ('owner', 'admin', 'doctor', 'assistant', 'receptionist', 'accountant')),
  registration_number   text CHECK (length(registration_number) BETWEEN 1 AND 50),
  registration_council  text CHECK (length(registration_council) BETWEEN 1 AND 200),
  token_hash            text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  invited_by            uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at            timestamptz NOT NULL,
  expires_at            timestamptz NOT NULL,
  accepted_at           timestamptz,
  accepted_user_id      uuid REFERENCES users (id) ON DELETE RESTRICT,
  revoked_at            timestamptz,
  PRIMARY KEY (clinic_id, id),
  CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash);
COMMENT ON TABLE invitations IS E'Single-use staff invitations; they expire 48 hours after they are sent. Retention: 30 days after expiry.';

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON invitations
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY role_manage ON invitations AS RESTRICTIVE
  USING ((SELECT app_can('staff.manage')) AND (role NOT IN ('owner', 'admin') OR (SELECT app_can('staff.grant_privileged'))))
  WITH CHECK ((SELECT app_can('staff.manage')) AND (role NOT IN ('owner', 'admin') OR (SELECT app_can('staff.grant_privileged'))));
GRANT SELECT (clinic_id, id, email, role, registration_number, registration_council, invited_by,
              created_at, expires_at, accepted_at, accepted_user_id, revoked_at),
  INSERT ON invitations TO niramaya_app;
GRANT UPDATE (revoked_at) ON invitations TO niramaya_app;

-- Global, owner-only: reached through the auth_* functions below.
CREATE TABLE password_resets (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash  text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX password_resets_user ON password_resets (user_id);
COMMENT ON TABLE password_resets IS E'Single-use password reset links (30 minutes). Owner-only; the app uses auth_request_password_reset and auth_reset_password.';

-- Global, owner-only. Keys are hashes ("login-account:" || sha256(email)), never emails.
CREATE TABLE auth_throttle (
  key           text PRIMARY KEY CHECK (length(key) <= 200),
  failures      int NOT NULL DEFAULT 0,
  window_start  timestamptz NOT NULL,
  locked_until  timestamptz
);
COMMENT ON TABLE auth_throttle IS E'Failed sign-in and reset attempts per account and per IP, for throttling and lockout. Owner-only.';
