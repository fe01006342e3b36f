import type { AuditEvent } from '../../../shared/contracts/audit.ts'
import type { AuditEventRow } from './queries.ts'

/** An audit event as the API shows it; every field is listed. */
export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: Number(row.id),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: { userId: row.actor_user_id, name: row.actor_name, role: row.actor_role },
    action: row.action,
    tableName: row.table_name,
    rowId: row.row_id,
    patientId: row.patient_id,
    before: row.before,
    after: row.after,
    details: row.details,
    requestId: row.request_id,
    ip: row.ip,
    userAgent: row.user_agent,
    isSealed: row.chain_seq !== null,
  }
}
