import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { ConsentItem } from './consent-items.ts'

/**
 * Whether a patient's latest answer for one item is yes (the ledger's current state: the latest
 * event that mentions the item). No answer at all is no: nothing is pre-ticked (DPDP Rules 2025,
 * r. 3: consent is affirmative). A merged-away record's events count for the kept patient.
 */
export async function isConsentGranted(
  tx: Tx,
  patientId: string,
  item: ConsentItem,
): Promise<boolean> {
  const { rows } = await sql<{ granted: boolean | null }>`
    SELECT (r.items ->> ${item})::boolean AS granted
    FROM consent_records r
    WHERE r.patient_id IN (SELECT p.id FROM patients p
                           WHERE p.id = ${patientId} OR p.merged_into_id = ${patientId})
      AND r.items ? ${item}
    ORDER BY r.seq DESC
    LIMIT 1`.execute(tx)
  return rows[0]?.granted === true
}
