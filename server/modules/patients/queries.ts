import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { auditEachRowRead } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { alertSourceOf } from '../history/index.ts'

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
 * Opening a record in one statement: the patient row, its read audited by the same query
 * (only when the row is returned), and what the alerts are made of (RLS leaves it empty
 * without clinical access to the patient).
 */
export function findPatientForOpening(tx: Tx, id: string) {
  return tx
    .selectFrom('patients')
    .selectAll('patients')
    .select([
      auditEachRowRead('patients', sql.ref('patients.id'), sql.ref('patients.id')).as(
        'read_audited',
      ),
      alertSourceOf(sql.ref('patients.id')).as('alert_source'),
    ])
    .where('patients.id', '=', id)
    .executeTakeFirst()
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
