import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { clinicCipher } from '../clinic-keys/index.ts'
import { reindexSearchTokens } from './reindex-search-tokens.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
const ids: Record<string, string> = {}

const register = async (key: string, body: object) => {
  const response = await owner.client.post('/api/v1/patients', body)
  expect(response.status).toBe(201)
  ids[key] = ((await response.json()) as { id: string }).id
}

beforeAll(async () => {
  t = await createTestApp()
  owner = await signUpClinic(t.app)
  await register('meera', {
    fullName: 'Meera Iyer',
    ageYears: 38,
    sex: 'female',
    phone: '9448012345',
  })
  // A child without a phone of their own, registered with her father as guardian.
  await register('child', {
    fullName: 'Anaya Kulkarni',
    ageYears: 7,
    sex: 'female',
    guardian: {
      name: 'Shrinivas Kulkarni',
      relation: 'father',
      phone: '+91 70221 98765',
      isIdentifiedAsAdult: true,
    },
  })
  await register('other', {
    fullName: 'Vikram Shetty',
    ageYears: 45,
    sex: 'male',
    phone: '8123400000',
  })
}, 120_000)
afterAll(() => t.close())

const search = async (q: string, client = owner.client) => {
  const response = await client.post('/api/v1/patients/search', { q })
  expect(response.status).toBe(200)
  return ((await response.json()) as { id: string }[]).map((patient) => patient.id)
}

describe('part of a mobile number', () => {
  it('finds a patient by the last four or five digits, or the leading digits as typed', async () => {
    expect(await search('2345')).toEqual([ids.meera])
    expect(await search('12345')).toEqual([ids.meera])
    expect(await search('94480')).toEqual([ids.meera])
    expect(await search('94480 12')).toEqual([ids.meera])
    expect(await search('+91 94480')).toEqual([ids.meera])
    expect(await search('4801234')).toEqual([ids.meera])
  })

  it('does not match digits that appear only out of order or below four digits', async () => {
    // 9448012345 contains 2345 and 1234 but not 23451234.
    expect(await search('23451234')).toEqual([])
    expect(await search('345')).toEqual([])
  })

  it('still treats a short number as a patient number first', async () => {
    const meera = await (await owner.client.get(`/api/v1/patients/${ids.meera}`)).json()
    const number = String(Number(meera.patientNumber.slice(2)))
    expect((await search(number))[0]).toBe(ids.meera)
  })

  it('keeps the number encrypted: the stored tokens are keyed hashes, not digits', async () => {
    const row = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ search_tokens: string[]; row_text: string }>`
        SELECT search_tokens, p::text AS row_text FROM patients p WHERE id = ${ids.meera}`.execute(
        tx,
      )
      return rows[0]
    })
    expect(row?.search_tokens.length).toBeGreaterThanOrEqual(7)
    for (const token of row?.search_tokens ?? []) expect(token).toMatch(/^[0-9a-f]{64}$/)
    // The whole number, in any spacing: four digits alone occur by chance in hex and base64.
    expect(row?.row_text.replace(/[\s-]/g, '')).not.toContain('9448012345')
  })
})

describe('a child', () => {
  it('is found by the guardian’s name, whole or as typed', async () => {
    expect(await search('Shrinivas Kulkarni')).toContain(ids.child)
    expect(await search('shrini')).toContain(ids.child)
    expect(await search('Shrinivas')).toContain(ids.child)
    expect(await search('Shrinivas Patil')).not.toContain(ids.child)
  })

  it('is found by the guardian’s mobile, full or partial', async () => {
    expect(await search('7022198765')).toEqual([ids.child])
    expect(await search('+91 70221 98765')).toEqual([ids.child])
    expect(await search('98765')).toEqual([ids.child])
    expect(await search('70221')).toEqual([ids.child])
  })

  it('follows a change of guardian', async () => {
    const changed = await owner.client.patch(`/api/v1/patients/${ids.child}`, {
      guardian: {
        name: 'Lata Kulkarni',
        relation: 'mother',
        phone: '9900011122',
        isIdentifiedAsAdult: true,
      },
    })
    expect(changed.status).toBe(200)
    expect(await search('Lata')).toContain(ids.child)
    expect(await search('11122')).toEqual([ids.child])
    expect(await search('Shrinivas')).not.toContain(ids.child)
    expect(await search('70221')).toEqual([])
  })
})

describe('search by part of a number stays within the clinic and the role', () => {
  it('another clinic finds nothing by the same digits', async () => {
    const other = await signUpClinic(t.app, 'Other Dental')
    expect(await search('12345', other.client)).toEqual([])
    expect(await search('Kulkarni', other.client)).toEqual([])
  })

  it('an accountant may not search patients', async () => {
    const accountant = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'accountant')
    expect((await accountant.client.post('/api/v1/patients/search', { q: '2345' })).status).toBe(
      403,
    )
  })
})

describe('patients registered before the tokens existed', () => {
  it('are found by part of their number once re-indexed', async () => {
    const tenant = { clinicId: owner.clinicId, userId: owner.userId }
    await withClinic(t.database.db, tenant, (tx) =>
      sql`UPDATE patients SET search_tokens = NULL WHERE id = ${ids.other}`.execute(tx),
    )
    expect(await search('12340')).toEqual([])
    // The full number still finds them through the older exact index.
    expect(await search('8123400000')).toEqual([ids.other])
    const reindex = () =>
      withClinic(t.database.db, tenant, async (tx) =>
        reindexSearchTokens(tx, await clinicCipher(tx, t.deps.keyring, owner.clinicId)),
      )
    expect(await reindex()).toBe(1)
    expect(await reindex()).toBe(0)
    expect(await search('12340')).toEqual([ids.other])
  })
})
