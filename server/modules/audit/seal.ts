import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'

/** Chains up to `limit` committed, unsealed audit events; returns how many. */
export async function sealAuditEvents(db: Kysely<Database>, limit = 1000): Promise<number> {
  const { rows } = await sql<{ sealed: number }>`SELECT audit_seal(${limit}) AS sealed`.execute(db)
  return Number(rows[0]?.sealed ?? 0)
}
