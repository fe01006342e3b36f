-- A password change, by whatever path (the profile page, a reset link, a future admin tool),
-- ends every reset link the account still has open. Otherwise a link requested earlier (perhaps
-- by someone who could read the mailbox) would undo the change for up to 30 minutes.
-- A trigger rather than code in each path, so a new path cannot forget it. SECURITY DEFINER:
-- password_resets is owner-only; the function touches only the changed user's open links.

CREATE FUNCTION users_password_changed_end_resets() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
    UPDATE password_resets SET used_at = COALESCE(NEW.password_changed_at, app_now())
      WHERE user_id = NEW.id AND used_at IS NULL;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION users_password_changed_end_resets() FROM PUBLIC;
COMMENT ON FUNCTION users_password_changed_end_resets() IS
  E'Ends the open password reset links of a user whose password just changed.';

CREATE TRIGGER users_password_changed_end_resets AFTER UPDATE OF password_hash ON users
  FOR EACH ROW EXECUTE FUNCTION users_password_changed_end_resets();
