import type { GiveConsent } from '../../../shared/contracts/consent.ts'
import { ADULT_AGE, ageOn } from '../../../shared/india/birth-date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { issue, validationError } from '../../http/errors.ts'
import { findNotice, findPatientBirth, insertConsentRecord } from './queries.ts'

/**
 * Records consent as given under a notice: every item stated, yes or no. The route has checked
 * the capability (patient.write).
 */
export async function giveConsent(
  tx: Tx,
  actor: Session,
  input: GiveConsent & { patientId: string; now: Date; today: string },
) {
  const patient = await findPatientBirth(tx, input.patientId)
  // A child's consent is given by the guardian (DPDP Act s.9(1); Rules r.10).
  if (ageOn(patient.date_of_birth, input.today) < ADULT_AGE && input.givenBy !== 'guardian') {
    throw validationError([issue('givenBy', 'consent.guardian_only')])
  }
  const notice = await findNotice(tx, input.noticeId)
  if (!notice) throw validationError([issue('noticeId', 'consent.notice_unknown')])
  await insertConsentRecord(tx, {
    clinicId: actor.clinicId,
    capturedBy: actor.userId,
    patientId: input.patientId,
    noticeId: input.noticeId,
    action: 'given',
    items: input.items,
    language: notice.language,
    captureChannel: input.captureChannel,
    givenBy: input.givenBy,
    now: input.now,
  })
}
