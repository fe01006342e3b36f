import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'
import { recordEvent } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { findPatient, findPatientRecord } from './queries.ts'
import { searchableFieldsOf, searchTokensFor } from './search-tokens.ts'

/**
 * Merges `duplicateId` into `keptId` (the same person registered twice). The
 * database does the work in merge_patient_records(): the kept record fills its
 * blanks from the duplicate, takes over its documents, care team and history
 * (lists joined, so no allergy is lost), and the duplicate stays, marked as
 * merged, with its own audit trail and consent events. Every change is audited
 * by the triggers; the merge itself is one more audit event. The kept record's
 * search tokens are keyed hashes only the application can compute, so they are
 * recomputed here from its phone and guardian as they are after the merge.
 */
export async function mergePatients(
  tx: Tx,
  session: Session,
  cipher: ClinicCipher,
  keptId: string,
  duplicateId: string,
): Promise<void> {
  authorize(session, 'patient.merge')
  if (keptId === duplicateId) {
    throw validationError([issue('duplicateId', 'patient.merge_same')])
  }
  if (!(await findPatient(tx, keptId))) throw new AppError('not_found', 'patient.not_found')
  if (!(await findPatient(tx, duplicateId))) {
    throw validationError([issue('duplicateId', 'patient.merge_unknown')])
  }
  await sql`SELECT merge_patient_records(${keptId}::uuid, ${duplicateId}::uuid)`.execute(tx)
  const kept = await findPatientRecord(tx, keptId)
  if (kept) {
    await tx
      .updateTable('patients')
      .set({ search_tokens: searchTokensFor(cipher, searchableFieldsOf(cipher, kept)) })
      .where('id', '=', keptId)
      .execute()
  }
  await recordEvent(tx, 'patient.merged', { keptId, duplicateId })
}
