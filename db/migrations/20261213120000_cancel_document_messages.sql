-- A prescription cancelled (or replaced by its correction) must not reach the patient after all:
-- its document messages still queued are cancelled in the same transaction, whoever cancels it
-- (as messaging_cancel_on_withdrawal does for consent). One already sent stays in the log.
CREATE FUNCTION messaging_cancel_on_prescription_cancel() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  UPDATE messages SET status = 'cancelled'
  WHERE clinic_id = NEW.clinic_id AND prescription_id = NEW.id AND status = 'queued';
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION messaging_cancel_on_prescription_cancel() FROM PUBLIC;
CREATE TRIGGER messaging_cancel_documents AFTER UPDATE OF status ON prescriptions
  FOR EACH ROW WHEN (NEW.status = 'cancelled' AND OLD.status IS DISTINCT FROM 'cancelled')
  EXECUTE FUNCTION messaging_cancel_on_prescription_cancel();
