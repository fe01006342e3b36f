import { sql } from 'kysely'
import { expect } from 'vitest'
import type { Tx } from '../server/db/with-clinic.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { createClinic, type TestClinic } from './factories.ts'
import type { TestDatabase } from './test-database.ts'

export interface IsolationCase {
  table: string
  /** The column that holds the tenant: `clinic_id`, or `id` for the tenant root. */
  tenantColumn?: string
  /** The column that identifies a row; `id` unless the table has none. */
  keyColumn?: string
  /** Inserts one row for `clinic` and returns its key; called inside a tenant context. */
  insertRow(tx: Tx, clinic: TestClinic): Promise<string>
  /** True when the app role cannot insert rows itself: set-up then runs as the owner. */
  isOwnerWritten?: boolean
  /** True when the app role has no SELECT at all (owner-only tenant table). */
  isOwnerOnly?: boolean
  /** A column that may be updated, and a value to try. */
  update: { column: string; value: unknown }
  /**
   * Columns the system itself fills in later, at any moment (the audit sealer chains every
   * clinic's new events, and on a shared PostgreSQL another file's worker may run it during the
   * check): left out of "A's row is unchanged", which still compares every other column.
   */
  systemColumns?: readonly string[]
}

type Actor = 'app role' | 'owner-privileged role without BYPASSRLS'
const REFUSED = '42501'

/**
 * Proves that, with clinic B's tenant context (acting as B's owner, so role
 * limits do not get in the way), nobody can select, insert, update or delete
 * clinic A's rows in `table`, nor move a row into clinic A. Runs every check
 * twice: as the server's role, and as a role that holds the table owner's
 * privileges but not BYPASSRLS, which is the case FORCE ROW LEVEL SECURITY
 * exists for. Every refused write is double-checked through the owner.
 */
export async function expectCrossClinicIsolation(database: TestDatabase, spec: IsolationCase) {
  for (const actor of ['app role', 'owner-privileged role without BYPASSRLS'] as const) {
    await checkAs(database, spec, actor)
  }
}

async function checkAs(database: TestDatabase, spec: IsolationCase, actor: Actor) {
  const tenant = sql.ref(spec.tenantColumn ?? 'clinic_id')
  const key = sql.ref(spec.keyColumn ?? 'id')
  const table = sql.table(spec.table)
  const a = await createClinic(database.db, 'Clinic A')
  const b = await createClinic(database.db, 'Clinic B')
  const context = (clinic: TestClinic) => ({
    clinicId: clinic.clinicId,
    userId: clinic.ownerUserId,
  })
  const setUp = (clinic: TestClinic) =>
    spec.isOwnerWritten || spec.isOwnerOnly
      ? database.asOwner((tx) => spec.insertRow(tx, clinic))
      : withClinic(database.db, context(clinic), (tx) => spec.insertRow(tx, clinic))
  const run = <T>(clinic: TestClinic, work: (tx: Tx) => Promise<T>) =>
    actor === 'app role'
      ? withClinic(database.db, context(clinic), work)
      : database.asRlsProbe(context(clinic), work)
  const rowA = await setUp(a)
  const rowB = await setUp(b)
  const snapshot = () =>
    database.asOwner(async (tx) => {
      const { rows } = await sql<{ row: Record<string, unknown> }>`
        SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${key}::text = ${rowA}`.execute(tx)
      const row = rows[0]?.row
      for (const column of spec.systemColumns ?? []) delete row?.[column]
      return row
    })
  const before = await snapshot()
  expect(before, `${spec.table}: the row exists`).toBeDefined()
  const message = (what: string) => `${spec.table} (${actor}): ${what}`
  const count = (clinic: TestClinic, where: ReturnType<typeof sql>) =>
    orRefused(() =>
      run(clinic, async (tx) => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM ${table} WHERE ${where}`.execute(tx)
        return rows[0]?.n ?? 0
      }),
    )

  // The check must be able to fail: whoever may read the table sees A's row from A.
  if (actor !== 'app role' || !spec.isOwnerOnly) {
    expect(await count(a, sql`${key}::text = ${rowA}`), message('A sees its row')).toBe(1)
  }
  expect(await count(b, sql`${key}::text = ${rowA}`), message('B selects A by key')).toBe(0)
  expect(await count(b, sql`${tenant} = ${a.clinicId}`), message('B selects A by clinic')).toBe(0)

  const updated = await orRefused(async () => {
    const result = await run(b, (tx) =>
      sql`UPDATE ${table} SET ${sql.ref(spec.update.column)} = ${spec.update.value}
          WHERE ${key}::text = ${rowA}`.execute(tx),
    )
    return Number(result.numAffectedRows ?? 0n)
  })
  expect(updated, message('B updates A')).toBe(0)

  const deleted = await orRefused(async () => {
    const result = await run(b, (tx) =>
      sql`DELETE FROM ${table} WHERE ${key}::text = ${rowA}`.execute(tx),
    )
    return Number(result.numAffectedRows ?? 0n)
  })
  expect(deleted, message('B deletes A')).toBe(0)

  await expect(
    run(b, (tx) => spec.insertRow(tx, a)),
    message('B inserts a row for A'),
  ).rejects.toMatchObject({ code: REFUSED })

  await expect(
    run(b, (tx) =>
      sql`UPDATE ${table} SET ${tenant} = ${a.clinicId} WHERE ${key}::text = ${rowB}`.execute(tx),
    ),
    message('B moves its row into A'),
  ).rejects.toMatchObject({ code: REFUSED })

  expect(await snapshot(), message("A's row is unchanged")).toEqual(before)
  const withoutContext = await orRefused(() =>
    database.db.transaction().execute(async (tx) => {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${table}`.execute(tx)
      return rows[0]?.n ?? 0
    }),
  )
  expect(withoutContext, `${spec.table}: nothing is visible without a tenant context`).toBe(0)
}

/** The statement's count, or 0 when the database refused it outright (42501). */
async function orRefused(statement: () => Promise<number>): Promise<number> {
  try {
    return await statement()
  } catch (error) {
    if ((error as { code?: string }).code === REFUSED) return 0
    throw error
  }
}
