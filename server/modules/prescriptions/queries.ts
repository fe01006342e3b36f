import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * One prescription as RLS lets the caller see it, with its author's name. A left join: users
 * are visible only through memberships, which some roles (assistants) cannot read.
 */
export function findPrescription(tx: Tx, id: string) {
  return tx
    .selectFrom('prescriptions as p')
    .leftJoin('users as a', 'a.id', 'p.author_id')
    .selectAll('p')
    .select('a.full_name as author_name')
    .where('p.id', '=', id)
    .executeTakeFirst()
}
export type PrescriptionRow = NonNullable<Awaited<ReturnType<typeof findPrescription>>>

/** The same row, locked for a change (issue, correction, cancellation run one at a time). */
export function findPrescriptionForUpdate(tx: Tx, id: string) {
  return tx
    .selectFrom('prescriptions as p')
    .leftJoin('users as a', 'a.id', 'p.author_id')
    .selectAll('p')
    .select('a.full_name as author_name')
    .where('p.id', '=', id)
    .forUpdate('p')
    .executeTakeFirst()
}

/** A prescription's lines in order. */
export function linesOfPrescription(tx: Tx, prescriptionId: string) {
  return tx
    .selectFrom('prescription_lines')
    .selectAll()
    .where('prescription_id', '=', prescriptionId)
    .orderBy('position')
    .execute()
}
export type LineRow = Awaited<ReturnType<typeof linesOfPrescription>>[number]

/** The overrides recorded at issue, with who made them. */
export function overridesOfPrescription(tx: Tx, prescriptionId: string) {
  return tx
    .selectFrom('prescription_overrides as o')
    .leftJoin('users as u', 'u.id', 'o.overridden_by')
    .select(['o.warning_id', 'o.kind', 'o.reason', 'o.overridden_at', 'u.full_name as by_name'])
    .where('o.prescription_id', '=', prescriptionId)
    .orderBy('o.warning_id')
    .execute()
}
export type OverrideRow = Awaited<ReturnType<typeof overridesOfPrescription>>[number]

/** A patient's prescriptions, newest first, with their drugs' names in line order. */
export function prescriptionsOfPatient(tx: Tx, patientId: string) {
  return tx
    .selectFrom('prescriptions as p')
    .leftJoin('users as a', 'a.id', 'p.author_id')
    .select([
      'p.id',
      'p.status',
      'p.number',
      'p.diagnosis',
      'p.prescriber_name',
      'a.full_name as author_name',
      'p.created_at',
      'p.issued_at',
      'p.cancelled_at',
      'p.replaces_id',
      'p.replaced_by_id',
      sql<string[]>`COALESCE((SELECT array_agg(l.generic_name ORDER BY l.position)
                              FROM prescription_lines l
                              WHERE l.clinic_id = p.clinic_id AND l.prescription_id = p.id),
                             '{}')`.as('drugs'),
    ])
    .where('p.patient_id', '=', patientId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .limit(500)
    .execute()
}

/** A staff member's printed identity in this clinic (IMC Regulations 1.4.2). */
export function prescriberProfile(tx: Tx, userId: string) {
  return tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'u.id',
      'u.full_name',
      'm.qualification',
      'm.registration_council',
      'm.registration_number',
    ])
    .where('m.user_id', '=', userId)
    .executeTakeFirst()
}
export type PrescriberRow = NonNullable<Awaited<ReturnType<typeof prescriberProfile>>>

/** The next serial of a financial year's series ("26-27"), taken atomically. */
export async function takeSerial(tx: Tx, clinicId: string, financialYear: string): Promise<number> {
  const row = await tx
    .insertInto('prescription_series')
    .values({ clinic_id: clinicId, financial_year: financialYear, last_serial: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['clinic_id', 'financial_year'])
        .doUpdateSet({ last_serial: sql<number>`prescription_series.last_serial + 1` }),
    )
    .returning('last_serial')
    .executeTakeFirstOrThrow()
  return row.last_serial
}
