import type { ConsentState } from '../../../shared/contracts/consent.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { presentConsentState } from './present.ts'
import { findConsentRecords, findPatientBirth } from './queries.ts'

/** A patient's consent: each item's current answer and the full history (404 if no patient). */
export async function readConsent(tx: Tx, patientId: string): Promise<ConsentState> {
  await findPatientBirth(tx, patientId)
  return presentConsentState(await findConsentRecords(tx, patientId))
}
