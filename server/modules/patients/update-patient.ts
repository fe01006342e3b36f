import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, validationError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'
import type { ClinicCipher } from '../clinic-keys/clinic-cipher.ts'
import { ADULT_AGE, ageOn } from './birth-date.ts'
import { patientColumns } from './patient-columns.ts'
import { findPatient } from './queries.ts'
import { birthDateOf } from './register-patient.ts'
import type { UpdatePatient } from './schemas.ts'

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
  if (!existing) throw new AppError('not_found', 'No such patient')
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
    throw validationError([{ field: 'guardian', message: 'is required for a patient under 18' }])
  }
  const changes = {
    ...patientColumns(input, cipher),
    ...(birth ? { date_of_birth: birth.date, is_date_of_birth_estimated: birth.isEstimated } : {}),
  }
  if (Object.keys(changes).length === 0) return existing
  return tx
    .updateTable('patients')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}
