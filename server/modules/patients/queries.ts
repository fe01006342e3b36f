import { sql } from 'kysely'
import { normalizeIndianMobile } from '../../../shared/india/identifiers.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { ClinicCipher } from '../clinic-keys/clinic-cipher.ts'

/** Active (not merged-away) patients of the current clinic. */
export function activePatients(tx: Tx) {
  return tx.selectFrom('patients').selectAll().where('merged_into_id', 'is', null)
}

export function findPatient(tx: Tx, id: string) {
  return activePatients(tx).where('id', '=', id).executeTakeFirst()
}

/** Any patient record, including one merged into another (to point the reader onwards). */
export function findPatientRecord(tx: Tx, id: string) {
  return tx.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * Type-ahead search. A phone number (any common format) is an exact match via
 * the blind index; "P-123" or a short number is a patient number; anything else
 * matches names by trigrams, tolerant of spelling ("Priya Sharma" finds
 * "Priyaa Sharmaa"), best matches first.
 */
export async function searchPatients(tx: Tx, cipher: ClinicCipher, query: string, limit: number) {
  const phone = normalizeIndianMobile(query)
  if (phone) {
    return activePatients(tx)
      .where('phone_index', '=', cipher.index('patients.phone', phone))
      .limit(limit)
      .execute()
  }
  // "P-123" is a patient number; so are bare numbers of up to 6 digits. Longer bare
  // numbers are a mobile number still being typed: nothing matches until it is complete.
  const trimmed = query.trim()
  const number = /^p-?0*(\d{1,9})$/i.exec(trimmed)?.[1] ?? /^0*(\d{1,6})$/.exec(trimmed)?.[1]
  if (number) {
    return activePatients(tx).where('patient_number', '=', Number(number)).limit(limit).execute()
  }
  if (/^[\d\s+()-]+$/.test(trimmed)) return []
  // The index lookup runs in patient_name_matches() (see its migration for why);
  // the rows themselves are still read through RLS.
  const needle = query.trim().toLowerCase()
  return activePatients(tx)
    .innerJoin(
      sql<{ id: string; score: number }>`patient_name_matches(${needle}, ${limit})`.as('match'),
      'match.id',
      'patients.id',
    )
    .selectAll('patients')
    .orderBy('match.score', 'desc')
    .orderBy('patients.full_name')
    .execute()
}

/** Possible duplicates of a new registration: the same phone, or a similar name born the same day. */
export async function findPossibleDuplicates(
  tx: Tx,
  cipher: ClinicCipher,
  candidate: {
    fullName?: string | undefined
    dateOfBirth?: string | undefined
    phone?: string | undefined
  },
  excludeId?: string,
) {
  const phoneIndex = candidate.phone ? cipher.index('patients.phone', candidate.phone) : undefined
  const name = candidate.fullName?.trim().toLowerCase()
  if (!phoneIndex && !(name && candidate.dateOfBirth)) return []
  return activePatients(tx)
    .where((eb) =>
      eb.or([
        ...(phoneIndex ? [eb('phone_index', '=', phoneIndex)] : []),
        ...(name && candidate.dateOfBirth
          ? [
              eb.and([
                eb('date_of_birth', '=', candidate.dateOfBirth),
                sql<boolean>`similarity(lower(full_name), ${name}) > 0.4`,
              ]),
            ]
          : []),
      ]),
    )
    .$if(excludeId !== undefined, (query) => query.where('id', '!=', excludeId as string))
    .limit(10)
    .execute()
}
