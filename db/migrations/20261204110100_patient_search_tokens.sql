-- Search by part of a mobile number, and find a child by the guardian's name or mobile, while
-- phones and guardians stay encrypted (ADR 0009). Each patient carries a set of blind-index
-- tokens (keyed HMACs under the clinic's index key, computed only in the server):
-- - every 4-digit window of the 10-digit mobile number, the patient's own and the guardian's;
--   a search for 4 or more consecutive digits asks for all of its windows, and the server then
--   decrypts the few candidates to drop any whose windows matched in another order;
-- - every prefix of 3 to 20 letters of each word of the guardian's name.
-- Trade-off: a 4-digit window has only 10,000 values, so anyone holding the clinic's index key
-- can reverse these tokens (as for the full-number index); without the key they reveal only which
-- patients share a window or a name prefix. The key never leaves the server.
-- NULL means "not yet indexed": rows registered before this migration are indexed by
-- `npm run patients:reindex-search`, since the key exists only in the application.
ALTER TABLE patients ADD COLUMN search_tokens text[];
COMMENT ON COLUMN patients.search_tokens IS E'Blind-index tokens (HMAC hex) of 4-digit windows of the patient''s and guardian''s mobile, and guardian name prefixes; NULL until indexed.';
-- Not led by clinic_id, unlike the other patient indexes: a GIN entry for clinic_id would list
-- every patient of the clinic, and each lookup would read that whole list. The tokens are keyed
-- per clinic, so a token's entry already holds only its clinic's rows (barring an HMAC collision,
-- which the clinic_id condition in patient_token_matches() still filters out).
CREATE INDEX patients_search_tokens ON patients USING gin (search_tokens);
GRANT UPDATE (search_tokens) ON patients TO niramaya_app;

-- As for patient_name_matches(): array containment is not LEAKPROOF, so under RLS the GIN index
-- could not be used. This runs the indexed lookup as the owner, limited to the current clinic and
-- to roles with patient.read, and returns only ids; rows are then read through RLS as usual.
CREATE FUNCTION patient_token_matches(p_tokens text[], p_limit int)
  RETURNS TABLE (id uuid)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
DECLARE
  v_clinic uuid := NULLIF(current_setting('app.clinic_id', true), '')::uuid;
BEGIN
  IF v_clinic IS NULL OR NOT app_can('patient.read') OR cardinality(p_tokens) = 0 THEN
    RETURN;
  END IF;
  -- EXECUTE plans with the actual tokens each time: a cached generic plan cannot see that a
  -- token matches a handful of rows and would scan the clinic's patients instead of the index.
  RETURN QUERY EXECUTE
    'SELECT p.id FROM patients p
     WHERE p.clinic_id = $1 AND p.search_tokens @> $2 AND p.merged_into_id IS NULL
     ORDER BY p.patient_number DESC
     LIMIT $3'
    USING v_clinic, p_tokens, least(p_limit, 200);
END
$$;
REVOKE ALL ON FUNCTION patient_token_matches(text[], int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION patient_token_matches(text[], int) TO niramaya_app;
