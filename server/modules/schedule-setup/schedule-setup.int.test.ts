import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'

let t: TestApp
let owner: TestClient
let clinicId = ''
let ownerId = ''

const fieldOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string } }).error.field
const listOf = async <T = Record<string, unknown>>(response: Response) =>
  (await response.json()) as T[]

beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  owner = signedUp.client
  clinicId = signedUp.clinicId
  ownerId = signedUp.userId
}, 120_000)
afterAll(() => t.close())

describe('chairs', () => {
  it('are added to the first branch by default, renamed and taken out of use', async () => {
    const created = await owner.post('/api/v1/schedule/chairs', { name: ' Chair 1 ' })
    expect(created.status).toBe(201)
    const chair = (await created.json()) as { id: string; branchId: string }
    expect(chair).toMatchObject({ name: 'Chair 1', isActive: true, branchId: expect.any(String) })

    const renamed = await owner.patch(`/api/v1/schedule/chairs/${chair.id}`, {
      name: 'Surgery chair',
      isActive: false,
    })
    expect(renamed.status).toBe(200)
    expect(await renamed.json()).toEqual({ ...chair, name: 'Surgery chair', isActive: false })
    const listed = await listOf(await owner.get('/api/v1/schedule/chairs'))
    expect(listed).toContainEqual({ ...chair, name: 'Surgery chair', isActive: false })
  })

  it('belong to the branch named, and list by branch', async () => {
    // Branches have no API yet: the owner adds one in the database, as the app would.
    const branchId = await withClinic(t.database.db, { clinicId, userId: ownerId }, async (tx) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO branches (clinic_id, name) VALUES (${clinicId}, 'Second branch')
        RETURNING id`.execute(tx)
      return rows[0]?.id as string
    })
    const created = await owner.post('/api/v1/schedule/chairs', { branchId, name: 'Chair 1' })
    expect(created.status).toBe(201)
    const inBranch = await listOf(await owner.get(`/api/v1/schedule/chairs?branchId=${branchId}`))
    expect(inBranch.map((chair) => chair.name)).toEqual(['Chair 1'])
  })

  it('refuse a duplicate name in the branch (409), an unknown branch and bad input (400)', async () => {
    await owner.post('/api/v1/schedule/chairs', { name: 'Chair 7' })
    const duplicate = await owner.post('/api/v1/schedule/chairs', { name: 'CHAIR 7' })
    expect(duplicate.status).toBe(409)
    expect(await fieldOf(duplicate)).toBe('name')
    const before = (await listOf(await owner.get('/api/v1/schedule/chairs'))).length
    for (const [body, field] of [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(51) }, 'name'],
      [{ name: 'Chair 9', branchId: 'main' }, 'branchId'],
      [{ name: 'Chair 9', branchId: '00000000-0000-4000-8000-000000000000' }, 'branchId'],
    ] as const) {
      const response = await owner.post('/api/v1/schedule/chairs', body)
      expect(response.status, field).toBe(400)
      expect(await fieldOf(response)).toBe(field)
    }
    expect(await listOf(await owner.get('/api/v1/schedule/chairs'))).toHaveLength(before)
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await owner.patch(`/api/v1/schedule/chairs/${unknown}`, { name: 'A' })).status).toBe(
      404,
    )
    const empty = await owner.patch(`/api/v1/schedule/chairs/${unknown}`, {})
    expect(empty.status).toBe(400)
  })
})

describe('appointment types', () => {
  it('are created with a lower-case colour, listed by name and changed', async () => {
    const created = await owner.post('/api/v1/schedule/appointment-types', {
      name: 'Scaling',
      defaultMinutes: 30,
      colour: '#2F855A',
    })
    expect(created.status).toBe(201)
    const type = (await created.json()) as { id: string }
    expect(type).toMatchObject({ name: 'Scaling', defaultMinutes: 30, colour: '#2f855a' })
    const changed = await owner.patch(`/api/v1/schedule/appointment-types/${type.id}`, {
      defaultMinutes: 45,
      isActive: false,
    })
    expect(await changed.json()).toMatchObject({ defaultMinutes: 45, isActive: false })
    const listed = await listOf(await owner.get('/api/v1/schedule/appointment-types'))
    expect(listed).toContainEqual({ ...type, defaultMinutes: 45, isActive: false })
  })

  it('refuse a duplicate name whatever its case (409)', async () => {
    const body = { name: 'Consultation', defaultMinutes: 15, colour: '#3182ce' }
    expect((await owner.post('/api/v1/schedule/appointment-types', body)).status).toBe(201)
    const again = await owner.post('/api/v1/schedule/appointment-types', {
      ...body,
      name: 'CONSULTATION',
    })
    expect(again.status).toBe(409)
    expect(await fieldOf(again)).toBe('name')
  })

  it.each([
    [{ defaultMinutes: 7 }, 'defaultMinutes'],
    [{ defaultMinutes: 0 }, 'defaultMinutes'],
    [{ defaultMinutes: 485 }, 'defaultMinutes'],
    [{ colour: 'red' }, 'colour'],
    [{ colour: '#12345' }, 'colour'],
    [{ name: '  ' }, 'name'],
  ])('names the failing field (%j) and changes nothing', async (change, field) => {
    const before = await listOf(await owner.get('/api/v1/schedule/appointment-types'))
    const body = { name: 'Root canal', defaultMinutes: 60, colour: '#805ad5', ...change }
    const response = await owner.post('/api/v1/schedule/appointment-types', body)
    expect(response.status).toBe(400)
    expect(await fieldOf(response)).toBe(field)
    expect(await listOf(await owner.get('/api/v1/schedule/appointment-types'))).toEqual(before)
  })
})

describe('recall rules', () => {
  it('are created for any visit or after a type, listed and changed', async () => {
    const type = (await (
      await owner.post('/api/v1/schedule/appointment-types', {
        name: 'Check-up',
        defaultMinutes: 20,
        colour: '#dd6b20',
      })
    ).json()) as { id: string }
    const any = await owner.post('/api/v1/schedule/recall-rules', {
      name: 'Yearly',
      intervalMonths: 12,
    })
    expect(any.status).toBe(201)
    expect(await any.json()).toMatchObject({ intervalMonths: 12, afterTypeId: null })
    const after = await owner.post('/api/v1/schedule/recall-rules', {
      name: 'Six-monthly check-up',
      intervalMonths: 6,
      afterTypeId: type.id,
    })
    const rule = (await after.json()) as { id: string }
    expect(rule).toMatchObject({ afterTypeId: type.id, isActive: true })
    const changed = await owner.patch(`/api/v1/schedule/recall-rules/${rule.id}`, {
      intervalMonths: 3,
      afterTypeId: null,
    })
    expect(await changed.json()).toMatchObject({ intervalMonths: 3, afterTypeId: null })
    const listed = await listOf(await owner.get('/api/v1/schedule/recall-rules'))
    expect(listed.map((each) => each.name)).toEqual(['Six-monthly check-up', 'Yearly'])
  })

  it.each([
    [{ intervalMonths: 0 }, 'intervalMonths'],
    [{ intervalMonths: 61 }, 'intervalMonths'],
    [{ intervalMonths: 1.5 }, 'intervalMonths'],
    [{ afterTypeId: '00000000-0000-4000-8000-000000000000' }, 'afterTypeId'],
    [{ name: '' }, 'name'],
  ])('names the failing field (%j) and changes nothing', async (change, field) => {
    const before = await listOf(await owner.get('/api/v1/schedule/recall-rules'))
    const body = { name: 'Recall', intervalMonths: 6, ...change }
    const response = await owner.post('/api/v1/schedule/recall-rules', body)
    expect(response.status).toBe(400)
    expect(await fieldOf(response)).toBe(field)
    expect(await listOf(await owner.get('/api/v1/schedule/recall-rules'))).toEqual(before)
  })
})
