import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { type ErrorReason, fieldError } from '../../http/errors.ts'
import { findPatient } from '../patients/index.ts'

const refused = (field: string, reason: Extract<ErrorReason, `${string}_unknown`>) =>
  fieldError('validation_failed', field, reason)

/**
 * Checks what a booking points to, each failure a 400 naming its field. A patient,
 * doctor, chair or type of another clinic is simply not found here (row-level
 * security), so it is refused the same way as one that does not exist.
 */
export async function checkReferences(
  tx: Tx,
  refs: {
    patientId?: string | undefined
    doctorUserId?: string | undefined
    chairId?: string | null | undefined
    appointmentTypeId?: string | null | undefined
    branchId?: string | undefined
  },
) {
  if (refs.patientId !== undefined && !(await findPatient(tx, refs.patientId))) {
    throw refused('patientId', 'appointment.patient_unknown')
  }
  if (refs.doctorUserId !== undefined) {
    const { rows } = await sql<{ user_id: string }>`
      SELECT user_id FROM clinic_bookable_doctors() WHERE user_id = ${refs.doctorUserId}`.execute(
      tx,
    )
    if (rows.length === 0) {
      throw refused('doctorUserId', 'appointment.doctor_unknown')
    }
  }
  if (refs.chairId) {
    const chair = await tx
      .selectFrom('chairs')
      .select(['is_active', 'branch_id'])
      .where('id', '=', refs.chairId)
      .executeTakeFirst()
    if (!chair?.is_active) throw refused('chairId', 'appointment.chair_unknown')
  }
  let defaultMinutes: number | undefined
  if (refs.appointmentTypeId) {
    const type = await tx
      .selectFrom('appointment_types')
      .select(['default_minutes', 'is_active'])
      .where('id', '=', refs.appointmentTypeId)
      .executeTakeFirst()
    if (!type?.is_active) {
      throw refused('appointmentTypeId', 'appointment.type_unknown')
    }
    defaultMinutes = type.default_minutes
  }
  return { defaultMinutes }
}

/** The branch to book in: the one given (which must exist) or the clinic's first. */
export async function branchFor(tx: Tx, branchId: string | undefined): Promise<string> {
  const branch = await tx
    .selectFrom('branches')
    .select('id')
    .$if(branchId !== undefined, (query) => query.where('id', '=', branchId as string))
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst()
  if (!branch) throw refused('branchId', 'schedule.branch_unknown')
  return branch.id
}
