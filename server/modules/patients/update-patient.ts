import type { UpdatePatient } from '../../../shared/contracts/patients.ts'
import { ADULT_AGE, ageOn } from '../../../shared/india/birth-date.ts'
import type { Patient } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { patientColumns } from './patient-columns.ts'
import { findPatient } from './queries.ts'
import { birthDateOf } from './register-patient.ts'
import { type SearchableFields, searchableFieldsOf, searchTokensFor } from './search-tokens.ts'

/** Changes the given fields only; the audit trigger records before and after. */
export async function updatePatient(
  tx: Tx,
  session: Session,
  cipher: ClinicCipher,
  id: string,
  input: UpdatePatient,
  today: string,
) {
  authorize(session, 'patient.write')
  const existing = await findPatient(tx, id)
  if (!existing) throw new AppError('not_found', 'patient.not_found')
  // Re-sending the same age keeps the estimated date it was registered with.
  const isSameAge =
    input.dateOfBirth === undefined &&
    input.ageYears !== undefined &&
    existing.is_date_of_birth_estimated &&
    ageOn(existing.date_of_birth, today) === input.ageYears
  const birth =
    !isSameAge && (input.dateOfBirth !== undefined || input.ageYears !== undefined)
      ? birthDateOf(input, today)
      : undefined
  const isMinor = ageOn(birth?.date ?? existing.date_of_birth, today) < ADULT_AGE
  const hasGuardian =
    input.guardian === undefined ? existing.guardian_cipher !== null : input.guardian !== null
  if (isMinor && !hasGuardian) {
    throw validationError([issue('guardian', 'patient.guardian_required')])
  }
  const changes = {
    ...patientColumns(input, cipher),
    ...(birth ? { date_of_birth: birth.date, is_date_of_birth_estimated: birth.isEstimated } : {}),
    ...(input.phone !== undefined || input.guardian !== undefined
      ? { search_tokens: searchTokensFor(cipher, searchableAfter(existing, input, cipher)) }
      : {}),
  }
  if (Object.keys(changes).length === 0) return existing
  return tx
    .updateTable('patients')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** The phone and guardian a patient will have after `input`: sent values, else the stored ones. */
function searchableAfter(
  existing: Patient,
  input: UpdatePatient,
  cipher: ClinicCipher,
): SearchableFields {
  const stored = searchableFieldsOf(cipher, existing)
  return {
    phone: input.phone === undefined ? stored.phone : input.phone,
    guardian: input.guardian === undefined ? stored.guardian : input.guardian,
  }
}
