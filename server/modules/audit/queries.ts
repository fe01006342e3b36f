import { sql } from 'kysely'
import type { AuditQuery } from '../../../shared/contracts/audit.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** The clinic's audit events matching the filters, newest first, with the actor's name. */
export function findAuditEvents(tx: Tx, query: AuditQuery, zone: string) {
  let select = tx
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .selectAll('e')
    .select('u.full_name as actor_name')
    .orderBy('e.id', 'desc')
    .limit(query.limit)
  if (query.actorUserId) select = select.where('e.actor_user_id', '=', query.actorUserId)
  if (query.patientId) select = select.where('e.patient_id', '=', query.patientId)
  // A prefix match ("auth." finds every sign-in event); LIKE wildcards in the input are escaped.
  if (query.action) {
    select = select.where('e.action', 'like', `${query.action.replace(/[\\%_]/g, '\\$&')}%`)
  }
  if (query.before) select = select.where('e.id', '<', query.before)
  // Days are the clinic's days: a receptionist in Kolkata means her 1 January.
  if (query.from)
    select = select.where(
      sql<boolean>`e.occurred_at >= (${query.from}::date)::timestamp AT TIME ZONE ${zone}`,
    )
  if (query.to)
    select = select.where(
      sql<boolean>`e.occurred_at < (${query.to}::date + 1)::timestamp AT TIME ZONE ${zone}`,
    )
  return select.execute()
}

export type AuditEventRow = Awaited<ReturnType<typeof findAuditEvents>>[number]
