import { sql } from 'kysely'
import type { CreatePatient } from '../../../shared/contracts/patients.ts'
import { ADULT_AGE, ageOn, estimatedBirthDate } from '../../../shared/india/birth-date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { issue, validationError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { patientColumns } from './patient-columns.ts'
import { searchTokensFor } from './search-tokens.ts'

/** Registers a patient with the next gap-free patient number of the clinic. */
export async function registerPatient(
  tx: Tx,
  session: Session,
  cipher: ClinicCipher,
  input: CreatePatient,
  today: string,
) {
  authorize(session, 'patient.write')
  const birth = birthDateOf(input, today)
  if (ageOn(birth.date, today) < ADULT_AGE && !input.guardian) {
    throw validationError([issue('guardian', 'patient.guardian_required')])
  }
  const patientNumber = await nextPatientNumber(tx, session.clinicId)
  const patient = await tx
    .insertInto('patients')
    .values({
      ...patientColumns(input, cipher),
      clinic_id: session.clinicId,
      patient_number: patientNumber,
      full_name: input.fullName,
      sex: input.sex,
      date_of_birth: birth.date,
      is_date_of_birth_estimated: birth.isEstimated,
      created_by: session.userId,
      search_tokens: searchTokensFor(cipher, {
        phone: input.phone ?? null,
        guardian: input.guardian ?? null,
      }),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  // A doctor who registers a patient is looking after them: their own patient.
  if (session.role === 'doctor') {
    await tx
      .insertInto('patient_care_team')
      .values({
        clinic_id: session.clinicId,
        patient_id: patient.id,
        user_id: session.userId,
        added_by: session.userId,
      })
      .execute()
  }
  return patient
}

export function birthDateOf(
  input: { dateOfBirth?: string | undefined; ageYears?: number | undefined },
  today: string,
) {
  if (input.dateOfBirth !== undefined) {
    if (input.dateOfBirth > today)
      throw validationError([issue('dateOfBirth', 'patient.birth_in_future')])
    if (ageOn(input.dateOfBirth, today) > 130) {
      throw validationError([issue('dateOfBirth', 'patient.age_over_limit', { maximum: 130 })])
    }
    return { date: input.dateOfBirth, isEstimated: false }
  }
  return { date: estimatedBirthDate(input.ageYears ?? 0, today), isEstimated: true }
}

/**
 * The next patient number, issued inside this transaction: the counter row's
 * lock makes concurrent registrations take turns, and a rollback returns the
 * number, so the sequence has no gaps.
 */
async function nextPatientNumber(tx: Tx, clinicId: string): Promise<number> {
  const { rows } = await sql<{ last_value: number }>`
    INSERT INTO clinic_counters AS c (clinic_id, name, last_value) VALUES (${clinicId}, 'patient_number', 1)
    ON CONFLICT (clinic_id, name) DO UPDATE SET last_value = c.last_value + 1
    RETURNING last_value`.execute(tx)
  return Number(rows[0]?.last_value)
}
