import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../server/db/schema.ts'

export interface TestClinic {
  clinicId: string
  branchId: string
  ownerUserId: string
  ownerEmail: string
  name: string
}

/**
 * A clinic with its owner and first branch, made by the same database function
 * sign-up uses. The owner's password hash is a placeholder: tests that sign in
 * go through POST /api/v1/auth/signup instead.
 */
export async function createClinic(
  db: Kysely<Database>,
  name = 'Test Dental',
): Promise<TestClinic> {
  const ownerEmail = `owner-${randomUUID()}@example.test`
  const { rows } = await sql<{ clinic_id: string; user_id: string; branch_id: string }>`
    SELECT * FROM auth_sign_up(${name}, '27', 'Test Owner', ${ownerEmail}, 'not-a-real-hash')`.execute(
    db,
  )
  const row = rows[0]
  if (!row) throw new Error('auth_sign_up returned nothing')
  return {
    clinicId: row.clinic_id,
    branchId: row.branch_id,
    ownerUserId: row.user_id,
    ownerEmail,
    name,
  }
}
