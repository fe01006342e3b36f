import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../../../test/test-database.ts'
import {
  ACCOUNT_FAILURE_LIMIT,
  IP_FAILURE_LIMIT,
  lockedUntil,
  registerFailure,
  throttleKeys,
} from './throttle.ts'

let database: TestDatabase
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.close())

describe('sign-in throttling per IP', () => {
  it(`blocks an address after ${IP_FAILURE_LIMIT} failures across many accounts, for 15 minutes`, async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`
    const now = new Date('2026-11-23T10:00:00Z')
    // Spread over accounts so no single account reaches its own limit.
    for (let i = 0; i < IP_FAILURE_LIMIT; i += 1) {
      const keys = throttleKeys('login', `${randomUUID()}@example.test`, ip)
      expect(await lockedUntil(database.db, keys, now)).toBeUndefined()
      await registerFailure(database.db, keys, now)
    }
    const fresh = throttleKeys('login', `${randomUUID()}@example.test`, ip)
    expect(await lockedUntil(database.db, fresh, now)).toEqual(new Date('2026-11-23T10:15:00Z'))
    expect(await lockedUntil(database.db, fresh, new Date('2026-11-23T10:15:01Z'))).toBeUndefined()
    const elsewhere = throttleKeys('login', `${randomUUID()}@example.test`, '10.250.0.1')
    expect(await lockedUntil(database.db, elsewhere, now)).toBeUndefined()
  })

  it('keys hold a hash of the email, never the email', () => {
    const [account] = throttleKeys('login', 'dr.asha@example.in', '1.2.3.4')
    expect(account).toMatch(/^login-account:[0-9a-f]{64}$/)
    expect(ACCOUNT_FAILURE_LIMIT).toBe(5)
  })
})
