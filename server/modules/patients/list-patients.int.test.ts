import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
const ids: string[] = []

interface ListPage {
  items: { id: string; fullName: string; phone: string | null; lastVisitAt: string | null }[]
  page: number
  pageSize: number
  total: number
}

beforeAll(async () => {
  t = await createTestApp()
  // Monday 23 November 2026, 10:00 in Kolkata.
  t.clock.set(new Date('2026-11-23T04:30:00Z'))
  owner = await signUpClinic(t.app)
  for (const fullName of ['Asha Menon', 'Bala Murugan', 'Chitra Nair']) {
    t.clock.advance(60_000)
    const response = await owner.client.post('/api/v1/patients', {
      fullName,
      ageYears: 30,
      sex: 'female',
      phone: `98450${ids.length}0000`,
    })
    ids.push(((await response.json()) as { id: string }).id)
  }
}, 120_000)
afterAll(() => t.close())

const list = async (query: string, client = owner.client) =>
  (await (await client.get(`/api/v1/patients/list${query}`)).json()) as ListPage

describe('the patients list', () => {
  it('pages through patients, newest registration first', async () => {
    const first = await list('?pageSize=2')
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 3 })
    expect(first.items.map((item) => item.fullName)).toEqual(['Chitra Nair', 'Bala Murugan'])
    expect(first.items[0]?.phone).toBe('+919845020000')
    const second = await list('?page=2&pageSize=2')
    expect(second.items.map((item) => item.fullName)).toEqual(['Asha Menon'])
    expect((await list('?page=3&pageSize=2')).items).toEqual([])
  })

  it('puts the most recently seen first; a future booking is not a visit', async () => {
    const doctor = owner.userId
    t.clock.advance(25 * 60_000) // 10:28, after every registration
    const back = await owner.client.post('/api/v1/appointments', {
      patientId: ids[0],
      doctorUserId: doctor,
      startsAt: '2026-11-23T10:20:00+05:30',
      durationMinutes: 5,
      isBackEntry: true,
      allowOutsideHours: true,
    })
    expect(back.status).toBe(201)
    const { id } = (await back.json()) as { id: string }
    for (const status of ['arrived', 'completed']) {
      expect(
        (await owner.client.post(`/api/v1/appointments/${id}/status`, { status })).status,
      ).toBe(200)
    }
    const future = await owner.client.post('/api/v1/appointments', {
      patientId: ids[1],
      doctorUserId: doctor,
      startsAt: '2026-11-30T09:00:00+05:30',
      durationMinutes: 15,
      allowOutsideHours: true,
    })
    expect(future.status).toBe(201)
    const page = await list('')
    // Asha, registered first, was seen at 10:20, after the others registered.
    expect(page.items.map((item) => item.fullName)).toEqual([
      'Asha Menon',
      'Chitra Nair',
      'Bala Murugan',
    ])
    expect(page.items[0]?.lastVisitAt).toBe('2026-11-23T04:50:00.000Z')
    expect(page.items[2]?.lastVisitAt).toBeNull()
  })

  it('refuses an oversized page naming the field, and roles without patient access', async () => {
    const big = await owner.client.get('/api/v1/patients/list?pageSize=51')
    expect(big.status).toBe(400)
    expect(((await big.json()) as { error: { field?: string } }).error.field).toBe('pageSize')
    expect((await owner.client.get('/api/v1/patients/list?page=0')).status).toBe(400)
    const accountant = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'accountant')
    expect((await accountant.client.get('/api/v1/patients/list')).status).toBe(403)
  })

  it('shows another clinic none of these patients', async () => {
    const other = await signUpClinic(t.app, 'Other Dental')
    expect(await list('', other.client)).toMatchObject({ items: [], total: 0 })
  })
})
