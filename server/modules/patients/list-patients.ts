import { sql } from 'kysely'
import type { Patient } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { authorize } from '../access/index.ts'
import { activePatients } from './queries.ts'

/**
 * The clinic's patients, most recently seen or registered first, one page at a time. A visit is
 * a completed appointment that has started by `now` (the app clock), so a booking never counts as
 * a visit before it happens. Appointments the caller may not see (a doctor who sees only their
 * own) do not count. Pages hold at most 50 (ListQuerySchema).
 */
export async function listPatients(
  tx: Tx,
  session: Session,
  input: { page: number; pageSize: number; now: Date },
): Promise<{ rows: (Patient & { last_visit_at: Date | null })[]; total: number }> {
  authorize(session, 'patient.read')
  const lastVisit = sql<Date | null>`(
    SELECT max(a.starts_at) FROM appointments a
    WHERE a.patient_id = patients.id AND a.status = 'completed' AND a.starts_at <= ${input.now})`
  const rows = await activePatients(tx)
    .select(lastVisit.as('last_visit_at'))
    .orderBy(sql`greatest(${lastVisit}, patients.created_at)`, 'desc')
    .orderBy('patients.patient_number', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute()
  const counted = await activePatients(tx)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirst()
  return { rows, total: Number(counted?.total ?? 0) }
}
