import { type RawBuilder, sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * The one helper modules call when someone reads personal or clinical data
 * (opening a patient, viewing a note, downloading a document, exporting). The
 * database fills in who, when and from where from the transaction's context.
 * See: DPDP Rules 2025, r. 6(1)(c); PRODUCT.md "Audit".
 */
export async function recordRead(
  tx: Tx,
  read: { table: string; rowId: string; patientId?: string | null; details?: object },
): Promise<void> {
  await sql`SELECT audit_record_read(${read.table}, ${read.rowId}, ${read.patientId ?? null},
                                     ${read.details ? JSON.stringify(read.details) : null}::jsonb)`.execute(
    tx,
  )
}

/**
 * The same record as recordRead(), made by the query that reads the row: put it in the
 * select list of a query that returns the rows it names, and each row returned is audited
 * in the same statement (a row the query does not return is not). Saves the hottest reads a
 * round trip. `rowId` and `patientId` are column references of that query, e.g.
 * `sql.ref('patients.id')`.
 */
export function auditEachRowRead(
  table: string,
  rowId: RawBuilder<unknown>,
  patientId: RawBuilder<unknown> | null,
): RawBuilder<null> {
  return sql<null>`audit_record_read(${table}, ${rowId}::text, ${patientId ?? sql`NULL`}::uuid, NULL)`
}

/** Authentication and administration events: sign-in, sign-out, lockout, reset, invitation, role change. */
export async function recordEvent(tx: Tx, action: AuditAction, details?: object): Promise<void> {
  await sql`SELECT audit_record_event(${action}, ${details ? JSON.stringify(details) : null}::jsonb)`.execute(
    tx,
  )
}

export type AuditAction =
  | 'auth.login_succeeded'
  | 'auth.login_failed'
  | 'auth.locked_out'
  | 'auth.logout'
  | 'auth.logout_everywhere'
  | 'auth.password_changed'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.two_factor_enabled'
  | 'auth.two_factor_disabled'
  | 'auth.signed_up'
  | 'staff.invited'
  | 'staff.invitation_revoked'
  | 'staff.invitation_accepted'
  | 'staff.role_changed'
  | 'staff.deactivated'
  | 'audit.verified'
  | 'patient.merged'
  // Files of the clinic's tax data leaving the system (issue #12): who took which return or
  // e-invoice, and when (DPDP Rules 2025 r. 6(1)(c): logs of access to personal data; a B2B
  // return names recipients).
  | 'billing.gst_return_exported'
  | 'billing.einvoice_exported'
  // A prescriber issued despite a safety warning (issue #13 item 3): the warning's kind and id,
  // never patient data; the reason itself is in prescription_overrides.
  | 'prescription.warning_overridden'
