-- Defence in depth for the global tables: row-level security on, and forced.
-- password_resets and auth_throttle get no policy at all, so a role without
-- BYPASSRLS sees nothing even if a grant slipped in; the auth_* functions run as
-- niramaya_owner and are unaffected. role_capabilities is reference data that
-- every role may read.
ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_resets FORCE ROW LEVEL SECURITY;
ALTER TABLE auth_throttle ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth_throttle FORCE ROW LEVEL SECURITY;
ALTER TABLE role_capabilities ENABLE ROW LEVEL SECURITY;
ALTER TABLE role_capabilities FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON role_capabilities FOR SELECT USING (true);
