import type { WithdrawConsent } from '../../../shared/contracts/consent.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { findConsentRecords, findPatientBirth, insertConsentRecord } from './queries.ts'

/**
 * Withdraws items: one action, effective at once (DPDP Act s.6(4)). The route has checked the
 * capability (patient.write).
 */
export async function withdrawConsent(
  tx: Tx,
  actor: Session,
  input: WithdrawConsent & { patientId: string; now: Date },
) {
  await findPatientBirth(tx, input.patientId)
  const last = (await findConsentRecords(tx, input.patientId)).at(-1)
  if (!last) throw new AppError('conflict', 'consent.nothing_to_withdraw')
  await insertConsentRecord(tx, {
    clinicId: actor.clinicId,
    capturedBy: actor.userId,
    patientId: input.patientId,
    noticeId: last.notice_id,
    action: 'withdrawn',
    items: Object.fromEntries(input.items.map((item) => [item, false])),
    language: last.language,
    captureChannel: input.captureChannel,
    givenBy: last.given_by,
    now: input.now,
  })
}
