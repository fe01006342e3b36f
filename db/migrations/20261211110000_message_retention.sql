-- Message retention (issue #14 item 8; PRODUCT.md retention schedule): a message's text is
-- deleted 90 days after it was sent, the message row itself a year after it was planned. A
-- daily job does it, clinic by clinic, as the system with the one capability it needs
-- (messaging.retain, held by no role).

CREATE POLICY role_delete ON messages AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_can('messaging.retain')));
GRANT DELETE ON messages TO niramaya_app;

-- The clinics with anything past its time, for the job to visit; ids only, across clinics.
CREATE FUNCTION messaging_retention_clinics(p_now timestamptz) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT b.clinic_id FROM message_bodies b WHERE b.created_at < p_now - interval '90 days'
  UNION
  SELECT m.clinic_id FROM messages m WHERE m.created_at < p_now - interval '365 days'
$$;
REVOKE ALL ON FUNCTION messaging_retention_clinics(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION messaging_retention_clinics(timestamptz) TO niramaya_app;
