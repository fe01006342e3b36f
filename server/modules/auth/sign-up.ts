import { type Kysely, sql } from 'kysely'
import { findState } from '../../../shared/india/states.ts'
import type { Database } from '../../db/schema.ts'
import { type RequestOrigin, withClinic } from '../../db/with-clinic.ts'
import { answerFor } from '../../http/database-errors.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { recordEvent } from '../audit/index.ts'
import { seedDocumentSeries } from '../billing/index.ts'
import { seedProcedures } from '../catalogue/index.ts'
import { seedPrescriptionSets } from '../formulary/index.ts'
import { seedNoteTemplates } from '../note-templates/index.ts'
import { seedConsentTemplates } from '../treatment-consent/index.ts'
import type { PasswordHasher } from './password.ts'
import { passwordProblem } from './password.ts'
import { lockedUntil, registerFailure, throttleKeys } from './throttle.ts'

export interface SignUpInput {
  clinicName: string
  ownerName: string
  email: string
  password: string
  state: string
}

/**
 * Creates a clinic, its first branch and its owner (who is then signed in by the route).
 * Throttled per IP (SIGN_UP_IP_LIMIT): every attempt counts, since a 409 tells that an email
 * has an account.
 */
export async function signUp(
  db: Kysely<Database>,
  hasher: PasswordHasher,
  input: SignUpInput,
  context: { request: RequestOrigin; now: Date },
) {
  const { request, now } = context
  const keys = throttleKeys('signup', input.email, request.ip)
  if (await lockedUntil(db, keys, now)) {
    throw new AppError('rate_limited', 'auth.too_many_sign_ups')
  }
  await registerFailure(db, keys, now)
  const problem = passwordProblem(input.password, { email: input.email, name: input.ownerName })
  if (problem) throw validationError([{ field: 'password', ...problem }])
  const state = findState(input.state)
  if (!state) throw validationError([issue('state', 'auth.not_indian_state')])
  const passwordHash = await hasher.hash(input.password)
  try {
    const { rows } = await sql<{ clinic_id: string; user_id: string }>`
      SELECT * FROM auth_sign_up(${input.clinicName}, ${state.code}, ${input.ownerName},
                                 ${input.email}, ${passwordHash})`.execute(db)
    const created = rows[0]
    if (!created) throw new Error('auth_sign_up returned nothing')
    const context = { clinicId: created.clinic_id, userId: created.user_id, request }
    await withClinic(db, context, async (tx) => {
      await recordEvent(tx, 'auth.signed_up')
      // The clinic's starting defaults, as its owner: SOAP note templates (issue #10) and the
      // procedure catalogue, which the clinic then edits (issue #11, india-domain §9.5), and the
      // numbering series of its bills (issue #12: INV, CN, RCT, RFD).
      await seedNoteTemplates(tx, created.clinic_id)
      await seedConsentTemplates(tx, created.clinic_id)
      await seedProcedures(tx, created.clinic_id)
      await seedDocumentSeries(tx, created.clinic_id)
      // And its per-diagnosis prescription sets (issue #13 §2: "Post-extraction").
      await seedPrescriptionSets(tx, created.clinic_id)
    })
    return { clinicId: created.clinic_id, userId: created.user_id }
  } catch (error) {
    throw answerFor(error, {
      '23505': new AppError('conflict', 'auth.email_taken', {}, [
        issue('email', 'auth.email_has_account'),
      ]),
    })
  }
}
