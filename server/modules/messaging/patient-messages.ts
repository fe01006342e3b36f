import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { recordRead } from '../audit/index.ts'
import { findPatient } from '../patients/index.ts'
import { patientMessagesWithTexts } from './conversation-queries.ts'

/**
 * A patient's messages, newest first (the last 200): the message log on the patient page. A
 * read of personal data (what was sent to whom), so it is recorded in the audit log.
 */
export async function patientMessages(tx: Tx, patientId: string) {
  if (!(await findPatient(tx, patientId))) throw new AppError('not_found', 'patient.not_found')
  const rows = await patientMessagesWithTexts(tx, patientId)
    .orderBy('m.due_at', 'desc')
    .orderBy('m.created_at', 'desc')
    .limit(200)
    .execute()
  await recordRead(tx, {
    table: 'messages',
    rowId: patientId,
    patientId,
    details: { count: rows.length },
  })
  return rows
}
