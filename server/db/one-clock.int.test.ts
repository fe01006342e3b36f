import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

// The app's clock is set far from the real date on purpose: what the database stamps
// must follow the app's clock, whatever today is (issue: tests broke with the calendar).
const APP_NOW = new Date('2031-03-15T04:30:00Z')

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(APP_NOW)
})
afterAll(() => t.close())

describe('one clock for the app and the database', () => {
  it('stamps rows and updates with the app clock, and sessions live by it', async () => {
    const owner = await signUpClinic(t.app)
    const created = await owner.client.post('/api/v1/patients', {
      fullName: 'Clock Test',
      ageYears: 40,
      sex: 'male',
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }

    t.clock.advance(90_000)
    const updated = await owner.client.patch(`/api/v1/patients/${id}`, { fullName: 'Clock Tested' })
    expect(updated.status).toBe(200)

    const row = await t.database.asOwner((tx) =>
      tx
        .selectFrom('patients')
        .select(['created_at', 'updated_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    )
    expect(new Date(row.created_at).toISOString()).toBe(APP_NOW.toISOString())
    expect(new Date(row.updated_at).toISOString()).toBe(
      new Date(APP_NOW.getTime() + 90_000).toISOString(),
    )
  })
})
