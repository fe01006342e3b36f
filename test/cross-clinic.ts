import { sql } from 'kysely'
import { expect } from 'vitest'
import type { Tx } from '../server/db/with-clinic.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { createClinic } from './factories.ts'
import type { TestDatabase } from './test-database.ts'

export interface IsolationCase {
  table: string
  /** The column that holds the tenant: `clinic_id`, or `id` for the tenant root. */
  tenantColumn?: string
  /** Inserts one row for `clinicId` and returns its `id`; called inside a tenant context. */
  insertRow(tx: Tx, clinicId: string): Promise<string>
  /** A column the application may update, and a value to try. */
  update: { column: string; value: unknown }
}

type Actor = 'app role' | 'owner-privileged role without BYPASSRLS'

/**
 * Proves that, with clinic B's tenant context, nobody can select, insert,
 * update or delete clinic A's rows in `table`, nor move a row into clinic A.
 * Runs every check twice: as the server's role, and as a role that holds the
 * table owner's privileges but not BYPASSRLS, which is the case FORCE ROW LEVEL
 * SECURITY exists for. Every refused write is double-checked through the owner.
 */
export async function expectCrossClinicIsolation(database: TestDatabase, spec: IsolationCase) {
  for (const actor of ['app role', 'owner-privileged role without BYPASSRLS'] as const) {
    await checkAs(database, spec, actor)
  }
}

async function checkAs(database: TestDatabase, spec: IsolationCase, actor: Actor) {
  const tenant = spec.tenantColumn ?? 'clinic_id'
  const table = sql.table(spec.table)
  const a = await createClinic(database.db, 'Clinic A')
  const b = await createClinic(database.db, 'Clinic B')
  const run = <T>(clinicId: string, work: (tx: Tx) => Promise<T>) =>
    actor === 'app role'
      ? withClinic(database.db, { clinicId }, work)
      : database.asRlsProbe({ clinicId }, work)
  const rowA = await withClinic(database.db, { clinicId: a.clinicId }, (tx) =>
    spec.insertRow(tx, a.clinicId),
  )
  const rowB = await withClinic(database.db, { clinicId: b.clinicId }, (tx) =>
    spec.insertRow(tx, b.clinicId),
  )
  const snapshot = () =>
    database.asOwner(async (tx) => {
      const { rows } = await sql<{ row: unknown }>`
        SELECT to_jsonb(t) AS row FROM ${table} t WHERE id = ${rowA}`.execute(tx)
      return rows[0]?.row
    })
  const before = await snapshot()
  expect(before, `${spec.table}: the row exists`).toBeDefined()

  const countWhere = async (clinicId: string, where: ReturnType<typeof sql>) =>
    run(clinicId, async (tx) => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${table} WHERE ${where}`.execute(tx)
      return rows[0]?.n
    })
  const message = (what: string) => `${spec.table} (${actor}): ${what}`

  // The check must be able to fail: A sees its own row.
  expect(await countWhere(a.clinicId, sql`id = ${rowA}`), message('A sees its row')).toBe(1)
  expect(await countWhere(b.clinicId, sql`id = ${rowA}`), message('B selects A by id')).toBe(0)
  expect(
    await countWhere(b.clinicId, sql`${sql.ref(tenant)} = ${a.clinicId}`),
    message('B selects A by clinic'),
  ).toBe(0)

  const updated = await affectedOrRefused(() =>
    run(b.clinicId, (tx) =>
      sql`UPDATE ${table} SET ${sql.ref(spec.update.column)} = ${spec.update.value}
          WHERE id = ${rowA}`.execute(tx),
    ),
  )
  expect(updated, message('B updates A')).toBe(0)

  const deleted = await affectedOrRefused(() =>
    run(b.clinicId, (tx) => sql`DELETE FROM ${table} WHERE id = ${rowA}`.execute(tx)),
  )
  expect(deleted, message('B deletes A')).toBe(0)

  await expect(
    run(b.clinicId, (tx) => spec.insertRow(tx, a.clinicId)),
    message('B inserts a row for A'),
  ).rejects.toMatchObject({ code: '42501' })

  await expect(
    run(b.clinicId, (tx) =>
      sql`UPDATE ${table} SET ${sql.ref(tenant)} = ${a.clinicId} WHERE id = ${rowB}`.execute(tx),
    ),
    message('B moves its row into A'),
  ).rejects.toMatchObject({ code: '42501' })

  expect(await snapshot(), message("A's row is unchanged")).toEqual(before)
  expect(
    await database.db.transaction().execute(async (tx) => {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${table}`.execute(tx)
      return rows[0]?.n
    }),
    `${spec.table}: nothing is visible without a tenant context`,
  ).toBe(0)
}

/** Rows affected, or 0 when the database refused the statement outright (42501). */
async function affectedOrRefused(statement: () => Promise<{ numAffectedRows?: bigint }>) {
  try {
    const result = await statement()
    return Number(result.numAffectedRows ?? 0n)
  } catch (error) {
    if ((error as { code?: string }).code === '42501') return 0
    throw error
  }
}
