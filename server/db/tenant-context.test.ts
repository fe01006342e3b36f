import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClinic, type TestClinic } from '../../test/factories.ts'
import { openTestDatabase, type TestDatabase } from '../../test/test-database.ts'
import { withClinic } from './with-clinic.ts'

let database: TestDatabase
let clinics: TestClinic[]

beforeAll(async () => {
  // A pool of 8 connections: each is reused many times by different clinics.
  database = await openTestDatabase({ poolSize: 8 })
  clinics = []
  for (let i = 0; i < 12; i += 1) clinics.push(await createClinic(database.db, `Clinic ${i}`))
})
afterAll(() => database.close())

describe('tenant context', () => {
  it('does not leak between transactions on pooled connections', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 240 }, async (_, i) => {
        const clinic = clinics[i % clinics.length] as TestClinic
        if (i % 5 === 0) {
          // A query outside any tenant context, on whatever connection is free.
          const { rows } = await sql<{ setting: string | null; visible: number }>`
            SELECT current_setting('app.clinic_id', true) AS setting,
                   (SELECT count(*)::int FROM branches) AS visible`.execute(database.db)
          return { expected: null, seen: rows[0] }
        }
        return withClinic(database.db, { clinicId: clinic.clinicId }, async (tx) => {
          // Yield mid-transaction so transactions interleave across connections.
          await new Promise((resolve) => setTimeout(resolve, i % 3))
          const { rows } = await sql<{ setting: string; clinic_ids: string[] }>`
            SELECT current_setting('app.clinic_id', true) AS setting,
                   ARRAY(SELECT DISTINCT clinic_id::text FROM branches) AS clinic_ids`.execute(tx)
          return { expected: clinic.clinicId, seen: rows[0] }
        })
      }),
    )
    for (const outcome of outcomes) {
      if (outcome.expected === null) {
        expect(outcome.seen).toMatchObject({ visible: 0 })
        expect(outcome.seen?.setting ?? '').toBe('')
      } else {
        expect(outcome.seen).toEqual({ setting: outcome.expected, clinic_ids: [outcome.expected] })
      }
    }
  })

  it('is cleared when a transaction rolls back', async () => {
    const clinic = clinics[0] as TestClinic
    await expect(
      withClinic(database.db, { clinicId: clinic.clinicId }, async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    const { rows } = await sql<{ visible: number }>`
      SELECT count(*)::int AS visible FROM branches`.execute(database.db)
    expect(rows[0]?.visible).toBe(0)
  })

  it('refuses a clinic id that is not a UUID', async () => {
    await expect(
      withClinic(database.db, { clinicId: "x' OR true" }, async () => 1),
    ).rejects.toThrow(TypeError)
  })

  it('sets the acting user for the transaction only', async () => {
    const clinic = clinics[1] as TestClinic
    const userId = randomUUID()
    const seen = await withClinic(
      database.db,
      { clinicId: clinic.clinicId, userId },
      async (tx) => {
        const { rows } = await sql<{ user_id: string }>`
        SELECT current_setting('app.user_id', true) AS user_id`.execute(tx)
        return rows[0]?.user_id
      },
    )
    expect(seen).toBe(userId)
  })
})
