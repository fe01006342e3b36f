import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  ClinicDrugList,
  DrugSearch,
  Favourite,
  FormularyDrug,
  FormularyLine,
  PrescriptionSet,
} from '../../../shared/contracts/formulary.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { lookupDrugs } from './lookup-drugs.ts'

let t: TestApp
let clinicId = ''
const staff = new Map<Role, { client: TestClient; userId: string }>()
const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
const owner = () => person('owner').client
const doctor = () => person('doctor').client
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string; reason?: string } }).error

const line = (overrides: Partial<FormularyLine> = {}): FormularyLine => ({
  drugCode: 'paracetamol',
  strengthLabel: '650 mg',
  doseAmount: 1,
  doseUnit: 'tablet',
  route: 'oral',
  frequency: '1-1-1',
  foodTiming: 'after_food',
  durationDays: 3,
  instructionsEn: 'For pain',
  instructionsHi: 'दर्द के लिए',
  ...overrides,
})
const clinicItem = (generic: string) => ({
  generic,
  classes: ['nsaid'],
  category: 'analgesic',
  schedule: 'H',
  presentations: [{ form: 'gel', strengths: [{ label: '2%' }] }],
  routes: ['topical'],
})
const search = async (client: TestClient, q: string) => {
  const response = await client.get(`/api/v1/formulary/drugs?q=${encodeURIComponent(q)}&limit=10`)
  expect(response.status).toBe(200)
  return ((await response.json()) as DrugSearch).hits
}

beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  staff.set('owner', signedUp)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
}, 120_000)
afterAll(() => t.close())

describe('formulary: drugs and clinic items', () => {
  it('the type-ahead finds master drugs by name and one drug by code', async () => {
    const hits = await search(doctor(), 'amoxi')
    expect(hits.map((hit) => hit.drug.code)).toContain('amoxicillin')
    expect(hits.every((hit) => hit.favourite === null)).toBe(true)
    const response = await doctor().get('/api/v1/formulary/drugs/azithromycin')
    expect(response.status).toBe(200)
    const drug = (await response.json()) as FormularyDrug
    expect(drug.generic).toBe('Azithromycin')
    expect(drug.isClinicItem).toBe(false)
    expect((await doctor().get('/api/v1/formulary/drugs/no_such_drug')).status).toBe(404)
  })

  it('doctors add clinic items with master classes; they resolve like master drugs', async () => {
    const added = await doctor().post('/api/v1/formulary/clinic-drugs', clinicItem('Zedofenac gel'))
    expect(added.status).toBe(201)
    const drug = (await added.json()) as FormularyDrug
    expect(drug.code).toMatch(/^clinic:[0-9a-f-]{36}$/)
    expect(drug.isClinicItem).toBe(true)
    expect((await search(person('assistant').client, 'zedo'))[0]?.drug.code).toBe(drug.code)
    const fetched = await doctor().get(`/api/v1/formulary/drugs/${encodeURIComponent(drug.code)}`)
    expect(((await fetched.json()) as FormularyDrug).classes).toEqual(['nsaid'])
    const found = (await inDatabaseAs(
      t.database.db,
      { clinicId, userId: person('doctor').userId },
      (tx) => lookupDrugs(tx, [drug.code, 'ibuprofen', 'nothing']),
    )) as Map<string, { classes: readonly string[] }>
    expect([...found.keys()].sort()).toEqual([drug.code, 'ibuprofen'].sort())
    expect(found.get(drug.code)?.classes).toEqual(['nsaid'])
  })

  it('refuses unknown classes, a master generic and a duplicate name, naming the field', async () => {
    const badClass = await doctor().post('/api/v1/formulary/clinic-drugs', {
      ...clinicItem('Odd drug'),
      classes: ['not_a_class'],
    })
    expect(badClass.status).toBe(400)
    expect(await errorOf(badClass)).toMatchObject({
      field: 'classes',
      reason: 'formulary.unknown_class',
    })
    const master = await doctor().post('/api/v1/formulary/clinic-drugs', clinicItem('ibuprofen'))
    expect(master.status).toBe(400)
    expect(await errorOf(master)).toMatchObject({ field: 'generic', reason: 'formulary.in_master' })
    await doctor().post('/api/v1/formulary/clinic-drugs', clinicItem('Twice gel'))
    const twice = await doctor().post('/api/v1/formulary/clinic-drugs', clinicItem('twice GEL'))
    expect(twice.status).toBe(409)
    expect(await errorOf(twice)).toMatchObject({ field: 'generic', reason: 'formulary.name_taken' })
  })

  it('archived items leave the type-ahead but still resolve for old lines', async () => {
    const added = (await (
      await doctor().post('/api/v1/formulary/clinic-drugs', clinicItem('Archivable gel'))
    ).json()) as FormularyDrug
    const id = added.code.slice('clinic:'.length)
    const archived = await doctor().patch(`/api/v1/formulary/clinic-drugs/${id}`, {
      isArchived: true,
    })
    expect(archived.status).toBe(200)
    expect(((await archived.json()) as FormularyDrug).isArchived).toBe(true)
    expect(await search(doctor(), 'archivable')).toEqual([])
    const names = async (query: string) =>
      (
        (await (
          await doctor().get(`/api/v1/formulary/clinic-drugs${query}`)
        ).json()) as ClinicDrugList
      ).drugs.map((drug) => [drug.generic, drug.isArchived])
    expect(await names('')).not.toContainEqual(['Archivable gel', true])
    expect(await names('?includeArchived=true')).toContainEqual(['Archivable gel', true])
    expect((await doctor().get('/api/v1/formulary/clinic-drugs?includeArchived=yes')).status).toBe(
      400,
    )
    const favourite = await doctor().post(
      '/api/v1/formulary/favourites',
      line({ drugCode: added.code, strengthLabel: '2%' }),
    )
    expect(favourite.status).toBe(400)
    expect(await errorOf(favourite)).toMatchObject({
      field: 'drugCode',
      reason: 'formulary.unknown_drug',
    })
    const read = await doctor().get(`/api/v1/formulary/drugs/${encodeURIComponent(added.code)}`)
    expect(read.status).toBe(200)
    expect(((await read.json()) as FormularyDrug).isArchived).toBe(true)
  })

  it('owners and admins add clinic items too', async () => {
    for (const role of ['owner', 'admin'] as const) {
      const added = await person(role).client.post(
        '/api/v1/formulary/clinic-drugs',
        clinicItem(`Item of the ${role}`),
      )
      expect(added.status).toBe(201)
    }
  })

  it('assistants read but cannot add; receptionists and accountants get 403', async () => {
    const assistant = person('assistant').client
    expect((await assistant.get('/api/v1/formulary/clinic-drugs')).status).toBe(200)
    expect(
      (await assistant.post('/api/v1/formulary/clinic-drugs', clinicItem('Nope gel'))).status,
    ).toBe(403)
    for (const role of ['receptionist', 'accountant'] as const) {
      expect((await person(role).client.get('/api/v1/formulary/drugs?q=para')).status).toBe(403)
      expect((await person(role).client.get('/api/v1/formulary/sets')).status).toBe(403)
    }
    const rows = await inDatabaseAs(
      t.database.db,
      { clinicId, userId: person('assistant').userId },
      (tx) =>
        sql`INSERT INTO clinic_drugs (clinic_id, generic, category, schedule, presentations, routes)
            VALUES (${clinicId}, 'Sneaky', 'x', 'otc', '[{"form":"gel","strengths":[]}]', '["topical"]')`.execute(
          tx,
        ),
    )
    expect(rows).toBe('refused')
  })
})

describe('formulary: favourites', () => {
  it('a favourite comes first in the type-ahead, with its line, for its prescriber only', async () => {
    const added = await doctor().post('/api/v1/formulary/favourites', line())
    expect(added.status).toBe(201)
    const favourite = (await added.json()) as Favourite
    expect(favourite).toMatchObject({
      drugCode: 'paracetamol',
      drugName: 'Paracetamol',
      doseAmount: 1,
    })
    const hits = await search(doctor(), 'para')
    expect(hits[0]?.favourite?.id).toBe(favourite.id)
    expect(hits.filter((hit) => hit.drug.code === 'paracetamol' && !hit.favourite)).toEqual([])
    const ownersHits = await search(owner(), 'para')
    expect(ownersHits.every((hit) => hit.favourite === null)).toBe(true)
    // Another prescriber cannot see, change or remove it: 404, as if it did not exist.
    const ownerList = (await (await owner().get('/api/v1/formulary/favourites')).json()) as {
      favourites: Favourite[]
    }
    expect(ownerList.favourites).toEqual([])
    expect((await owner().put(`/api/v1/formulary/favourites/${favourite.id}`, line())).status).toBe(
      404,
    )
    expect((await owner().delete(`/api/v1/formulary/favourites/${favourite.id}`)).status).toBe(404)
  })

  it('is replaced and removed by its prescriber; bad lines name the field', async () => {
    const favourite = (await (
      await doctor().post(
        '/api/v1/formulary/favourites',
        line({ drugCode: 'ibuprofen', strengthLabel: '400 mg' }),
      )
    ).json()) as Favourite
    const replaced = await doctor().put(
      `/api/v1/formulary/favourites/${favourite.id}`,
      line({ drugCode: 'ibuprofen', strengthLabel: '200 mg', durationDays: 5 }),
    )
    expect(replaced.status).toBe(200)
    expect(((await replaced.json()) as Favourite).durationDays).toBe(5)
    const badStrength = await doctor().post(
      '/api/v1/formulary/favourites',
      line({ drugCode: 'ibuprofen', strengthLabel: '9 mg' }),
    )
    expect(badStrength.status).toBe(400)
    expect(await errorOf(badStrength)).toMatchObject({
      field: 'strengthLabel',
      reason: 'formulary.unknown_strength',
    })
    const unknown = await doctor().post(
      '/api/v1/formulary/favourites',
      line({ drugCode: 'snake_oil' }),
    )
    expect(await errorOf(unknown)).toMatchObject({
      field: 'drugCode',
      reason: 'formulary.unknown_drug',
    })
    const zero = await doctor().post('/api/v1/formulary/favourites', line({ doseAmount: 0 }))
    expect(zero.status).toBe(400)
    expect((await errorOf(zero)).field).toBe('doseAmount')
    const long = await doctor().post('/api/v1/formulary/favourites', line({ durationDays: 366 }))
    expect((await errorOf(long)).field).toBe('durationDays')
    expect((await doctor().delete(`/api/v1/formulary/favourites/${favourite.id}`)).status).toBe(204)
    expect((await doctor().delete(`/api/v1/formulary/favourites/${favourite.id}`)).status).toBe(404)
  })

  it('owners and admins keep their own favourites; the database hides each from the others', async () => {
    for (const role of ['owner', 'admin'] as const) {
      const added = await person(role).client.post('/api/v1/formulary/favourites', line())
      expect(added.status).toBe(201)
    }
    const seenByOwner = await inDatabaseAs(
      t.database.db,
      { clinicId, userId: person('owner').userId },
      async (tx) =>
        (
          await sql<{ n: number }>`SELECT count(*)::int AS n FROM prescription_favourites
                                   WHERE user_id <> ${person('owner').userId}`.execute(tx)
        ).rows[0]?.n,
    )
    expect(seenByOwner).toBe(0)
  })

  it('assistants cannot keep favourites (clinical.write)', async () => {
    const refused = await person('assistant').client.post('/api/v1/formulary/favourites', line())
    expect(refused.status).toBe(403)
  })
})

describe('formulary: sets', () => {
  it('a new clinic starts with dental sets whose lines all resolve', async () => {
    const response = await person('assistant').client.get('/api/v1/formulary/sets')
    expect(response.status).toBe(200)
    const { sets } = (await response.json()) as { sets: PrescriptionSet[] }
    expect(sets.map((set) => set.name)).toEqual([
      'Acute pulpitis',
      'Dental abscess',
      'Dry socket',
      'Pericoronitis',
      'Post-extraction',
    ])
    for (const set of sets) {
      expect(set.isCustom).toBe(false)
      for (const item of set.lines) {
        // drugName is the code when the code is not in the master: every seeded one must be.
        expect(item.drugName).not.toBe(item.drugCode)
        const drug = (await (
          await doctor().get(`/api/v1/formulary/drugs/${item.drugCode}`)
        ).json()) as FormularyDrug
        const labels = drug.presentations.flatMap((p) => p.strengths.map((s) => s.label))
        expect(labels).toContain(item.strengthLabel)
      }
    }
  })

  it('doctors add, rename and remove sets; names are unique; lines are checked', async () => {
    const added = await doctor().post('/api/v1/formulary/sets', {
      name: 'Gingivitis',
      lines: [
        line({
          drugCode: 'chlorhexidine_mouthwash',
          strengthLabel: '0.2%',
          doseAmount: 10,
          doseUnit: 'ml',
          route: 'mouth_rinse',
          frequency: '1-0-1',
        }),
      ],
    })
    expect(added.status).toBe(201)
    const set = (await added.json()) as PrescriptionSet
    expect(set.isCustom).toBe(true)
    const clash = await doctor().post('/api/v1/formulary/sets', {
      name: 'gingivitis',
      lines: [line()],
    })
    expect(clash.status).toBe(409)
    expect(await errorOf(clash)).toMatchObject({
      field: 'name',
      reason: 'formulary.set_name_taken',
    })
    const badLine = await doctor().post('/api/v1/formulary/sets', {
      name: 'Bad',
      lines: [line(), line({ drugCode: 'nope' })],
    })
    expect(badLine.status).toBe(400)
    expect((await errorOf(badLine)).field).toBe('lines.1.drugCode')
    const renamed = await doctor().put(`/api/v1/formulary/sets/${set.id}`, {
      name: 'Gingivitis (adult)',
      lines: [line()],
    })
    expect(renamed.status).toBe(200)
    expect(((await renamed.json()) as PrescriptionSet).lines[0]?.drugName).toBe('Paracetamol')
    expect(
      (await person('assistant').client.delete(`/api/v1/formulary/sets/${set.id}`)).status,
    ).toBe(403)
    expect((await doctor().delete(`/api/v1/formulary/sets/${set.id}`)).status).toBe(204)
    expect((await doctor().delete(`/api/v1/formulary/sets/${set.id}`)).status).toBe(404)
  })
})
