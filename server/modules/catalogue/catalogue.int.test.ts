import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Procedure, ProcedureList } from '../../../shared/contracts/catalogue.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'

let t: TestApp
let clinicId = ''
const staff = new Map<Role, { client: TestClient; userId: string }>()
const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
const owner = () => person('owner').client
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { reason: string; field?: string } }).error

const PATH = '/api/v1/catalogue/procedures'
const list = async (client: TestClient, query = '') =>
  ((await (await client.get(`${PATH}${query}`)).json()) as ProcedureList).procedures
const byCode = async (code: string) =>
  (await list(owner(), '?includeArchived=true')).find(
    (item) => item.code === code && !item.isArchived,
  ) as Procedure

/** The clinic's catalogue as stored, to show that a refusal changed nothing. */
const snapshot = () =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ state: string }>`
      SELECT coalesce(string_agg(to_jsonb(p)::text, '|' ORDER BY id), '') AS state
      FROM procedures p WHERE clinic_id = ${clinicId}`.execute(tx)
    return rows[0]?.state
  })

const whitening = {
  code: 'WHITEN-H',
  name: 'Home whitening kit',
  category: 'cosmetic',
  pricingModel: 'fixed',
  pricePaise: 1_250_050,
  sacCode: '999722',
  taxable: true,
  gstRateBp: 500,
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  staff.set('owner', signedUp)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
}, 120_000)
afterAll(() => t.close())

describe('the procedure catalogue', () => {
  it('a new clinic starts with the Indian dental catalogue: exempt healthcare, taxable whitening and veneers', async () => {
    const items = await list(owner())
    expect(items).toHaveLength(42)
    expect(items.find((item) => item.code === 'WHITEN')).toMatchObject({
      name: 'Teeth whitening, in-office',
      category: 'cosmetic',
      taxable: true,
      gstRateBp: 500,
      sacCode: '999722',
      pricePaise: 1_800_000,
    })
    expect(items.find((item) => item.code === 'VENEER')).toMatchObject({
      taxable: true,
      gstRateBp: 500,
    })
    expect(items.find((item) => item.code === 'RCT-M')).toMatchObject({
      pricingModel: 'per_tooth',
      taxable: false,
      gstRateBp: 0,
      sacCode: '999312',
      dentition: 'permanent',
      region: 'posterior',
      defaultSittings: 3,
      chartKind: 'root_canal_treated',
    })
    expect(items.find((item) => item.code === 'COMP')).toMatchObject({
      pricingModel: 'per_surface',
      surfacesRequired: true,
      chartKind: 'restoration',
      chartMaterial: 'composite',
    })
    // Only cosmetic treatment is taxable (india-domain §3.1–3.2).
    expect(items.filter((item) => item.taxable).map((item) => item.code)).toEqual([
      'VENEER',
      'WHITEN',
    ])
    // Ordered by category, then code.
    const keys = items.map((item) => `${item.category} ${item.code}`)
    expect(keys).toEqual([...keys].sort())
  })

  it('an owner adds a taxable item and an admin changes its price; GET one reads it back', async () => {
    const added = await owner().post(PATH, whitening)
    expect(added.status).toBe(201)
    const item = (await added.json()) as Procedure
    expect(item).toMatchObject({
      ...whitening,
      dentition: 'any',
      region: 'any',
      surfacesRequired: false,
      defaultSittings: 1,
      chartKind: null,
      chartMaterial: null,
      isArchived: false,
    })
    const changed = await person('admin').client.patch(`${PATH}/${item.id}`, {
      pricePaise: 1_500_000,
      name: 'Home whitening kit (custom trays)',
    })
    expect(changed.status).toBe(200)
    expect(await changed.json()).toMatchObject({ pricePaise: 1_500_000, gstRateBp: 500 })
    const one = await person('doctor').client.get(`${PATH}/${item.id}`)
    expect(one.status).toBe(200)
    expect(await one.json()).toMatchObject({
      code: 'WHITEN-H',
      name: 'Home whitening kit (custom trays)',
    })
  })

  it('a code is upper-cased; a second live item with the same code is a 409 naming code', async () => {
    const before = await snapshot()
    const clash = await owner().post(PATH, { ...whitening, code: 'rct-m', name: 'Another' })
    expect(clash.status).toBe(409)
    expect(await errorOf(clash)).toMatchObject({ field: 'code', reason: 'catalogue.code_taken' })
    const rct = await byCode('RCT-A')
    const renamed = await owner().patch(`${PATH}/${rct.id}`, { code: 'RCT-M' })
    expect(renamed.status).toBe(409)
    expect((await errorOf(renamed)).field).toBe('code')
    expect(await snapshot()).toBe(before)
  })

  it('archives an item (gone from the list, kept for managers), reuses its code, and refuses to bring the old one back while the code is live', async () => {
    const ngu = await byCode('NGUARD')
    const archived = await owner().patch(`${PATH}/${ngu.id}`, { isArchived: true })
    expect(archived.status).toBe(200)
    expect((await list(owner())).some((item) => item.code === 'NGUARD')).toBe(false)
    const withArchived = await list(owner(), '?includeArchived=true')
    expect(withArchived.find((item) => item.id === ngu.id)?.isArchived).toBe(true)
    // Archived items are for whoever keeps the list.
    expect((await person('receptionist').client.get(`${PATH}?includeArchived=true`)).status).toBe(
      403,
    )
    // The code is free again.
    const again = await owner().post(PATH, {
      code: 'NGUARD',
      name: 'Night guard, hard acrylic',
      category: 'other',
      pricingModel: 'fixed',
      pricePaise: 450_000,
      sacCode: '999312',
      taxable: false,
      gstRateBp: 0,
    })
    expect(again.status).toBe(201)
    const back = await owner().patch(`${PATH}/${ngu.id}`, { isArchived: false })
    expect(back.status).toBe(409)
    expect((await errorOf(back)).field).toBe('code')
    // Still readable by id (a plan made from it shows it).
    expect((await person('doctor').client.get(`${PATH}/${ngu.id}`)).status).toBe(200)
  })

  const fixed = {
    code: 'BAD-1',
    name: 'Bad input',
    category: 'other',
    pricingModel: 'fixed',
    pricePaise: 100_000,
    sacCode: '999312',
    taxable: false,
    gstRateBp: 0,
  }
  const refusals: [string, object, string, string?][] = [
    ['a negative price', { pricePaise: -1 }, 'pricePaise'],
    ['a non-integer price', { pricePaise: 100.5 }, 'pricePaise', 'field.not_integer'],
    ['a price above ₹1 crore', { pricePaise: 1_000_000_001 }, 'pricePaise'],
    ['a price sent as text', { pricePaise: '1000' }, 'pricePaise'],
    [
      'taxable with a 0% rate',
      { taxable: true, gstRateBp: 0 },
      'gstRateBp',
      'catalogue.taxable_needs_rate',
    ],
    [
      'exempt with a rate',
      { taxable: false, gstRateBp: 1800 },
      'gstRateBp',
      'catalogue.exempt_has_rate',
    ],
    ['a rate above 40%', { taxable: true, gstRateBp: 4001 }, 'gstRateBp'],
    [
      'a dentition on a fixed item',
      { dentition: 'permanent' },
      'dentition',
      'catalogue.tooth_only',
    ],
    ['a region on a fixed item', { region: 'anterior' }, 'region', 'catalogue.tooth_only'],
    ['a chart kind on a fixed item', { chartKind: 'crown' }, 'chartKind', 'catalogue.tooth_only'],
    [
      'surfaces on a fixed item',
      { surfacesRequired: true },
      'surfacesRequired',
      'catalogue.surfaces_tooth_only',
    ],
    [
      'per surface without surfaces',
      { pricingModel: 'per_surface' },
      'surfacesRequired',
      'catalogue.per_surface_needs_surfaces',
    ],
    [
      'a restoration without surfaces',
      { pricingModel: 'per_tooth', chartKind: 'restoration' },
      'surfacesRequired',
      'catalogue.restoration_needs_surfaces',
    ],
    [
      'a material on an extraction',
      { pricingModel: 'per_tooth', chartKind: 'missing', chartMaterial: 'metal' },
      'chartMaterial',
      'catalogue.material_not_allowed',
    ],
    ['a material without a chart kind', { chartMaterial: 'zirconia' }, 'chartMaterial'],
    ['a bad code', { code: 'RCT M' }, 'code'],
    ['a bad SAC', { sacCode: '99A' }, 'sacCode'],
    ['no sittings', { defaultSittings: 0 }, 'defaultSittings'],
    ['an unknown pricing model', { pricingModel: 'per_hour' }, 'pricingModel'],
  ]
  for (const [what, change, field, reason] of refusals) {
    it(`refuses ${what} with a 400 naming ${field}, and stores nothing`, async () => {
      const before = await snapshot()
      const response = await owner().post(PATH, { ...fixed, ...change })
      expect(response.status).toBe(400)
      const error = await errorOf(response)
      expect(error.field).toBe(field)
      if (reason) expect(error.reason).toBe(reason)
      expect(await snapshot()).toBe(before)
    })
  }

  it('checks a change against the item as it would become, naming the field', async () => {
    const before = await snapshot()
    const comp = await byCode('COMP')
    const scale = await byCode('SCALE')
    const cases: [string, object, string][] = [
      [comp.id, { surfacesRequired: false }, 'surfacesRequired'],
      [comp.id, { pricingModel: 'fixed' }, 'dentition'],
      [scale.id, { taxable: true }, 'gstRateBp'],
      [scale.id, { gstRateBp: 500 }, 'gstRateBp'],
      [scale.id, { region: 'posterior' }, 'region'],
      [scale.id, { pricePaise: -100 }, 'pricePaise'],
      [scale.id, { pricePaise: 99.99 }, 'pricePaise'],
    ]
    for (const [id, patch, field] of cases) {
      const response = await owner().patch(`${PATH}/${id}`, patch)
      expect(response.status, JSON.stringify(patch)).toBe(400)
      expect((await errorOf(response)).field).toBe(field)
    }
    expect((await owner().patch(`${PATH}/${scale.id}`, {})).status).toBe(400)
    // Making an exempt item taxable takes both fields together.
    expect(await snapshot()).toBe(before)
    const taxed = await owner().patch(`${PATH}/${scale.id}`, { taxable: true, gstRateBp: 1800 })
    expect(taxed.status).toBe(200)
    const exempt = await owner().patch(`${PATH}/${scale.id}`, { taxable: false, gstRateBp: 0 })
    expect(exempt.status).toBe(200)
  })

  it('an unknown or malformed id is a 404 or 400', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await owner().get(`${PATH}/${unknown}`)).status).toBe(404)
    expect((await owner().patch(`${PATH}/${unknown}`, { pricePaise: 1 })).status).toBe(404)
    expect((await owner().get(`${PATH}/not-an-id`)).status).toBe(400)
  })

  it('doctors, receptionists and accountants read; assistants do not; only owners and admins edit, in the API and the database', async () => {
    for (const role of ['doctor', 'receptionist', 'accountant'] as const) {
      const response = await person(role).client.get(PATH)
      expect(response.status).toBe(200)
      expect(((await response.json()) as ProcedureList).procedures.length).toBeGreaterThan(40)
    }
    expect((await person('assistant').client.get(PATH)).status).toBe(403)
    const scale = await byCode('SCALE')
    expect((await person('assistant').client.get(`${PATH}/${scale.id}`)).status).toBe(403)
    for (const role of ['doctor', 'assistant', 'receptionist', 'accountant'] as const) {
      const before = await snapshot()
      const added = await person(role).client.post(PATH, { ...fixed, code: 'NOPE' })
      expect(added.status).toBe(403)
      const changed = await person(role).client.patch(`${PATH}/${scale.id}`, { pricePaise: 1 })
      expect(changed.status).toBe(403)
      expect(await snapshot()).toBe(before)
    }
    // The database refuses them too, with no route in between.
    const inDatabase = (role: Role) =>
      inDatabaseAs(t.database.db, { clinicId, userId: person(role).userId }, async (tx) => {
        const updated =
          await sql`UPDATE procedures SET price_paise = 1 WHERE code = 'SCALE'`.execute(tx)
        if (Number(updated.numAffectedRows) === 0) return 'refused'
        await sql`INSERT INTO procedures (clinic_id, code, name, category, pricing_model, price_paise, sac_code)
                  VALUES (${clinicId}, 'DB-ROLE', 'In database', 'other', 'fixed', 100, '999312')`.execute(
          tx,
        )
        return 'done'
      })
    for (const role of ['doctor', 'assistant', 'receptionist', 'accountant'] as const) {
      expect(await inDatabase(role)).toBe('refused')
    }
    for (const role of ['owner', 'admin'] as const) expect(await inDatabase(role)).toBe('done')
    // A receptionist cannot insert even if an update slipped through.
    expect(
      await inDatabaseAs(t.database.db, { clinicId, userId: person('receptionist').userId }, (tx) =>
        sql`INSERT INTO procedures (clinic_id, code, name, category, pricing_model, price_paise, sac_code)
            VALUES (${clinicId}, 'DB-ROLE', 'In database', 'other', 'fixed', 100, '999312')`
          .execute(tx)
          .then(() => 'done'),
      ),
    ).toBe('refused')
  })

  it('the database refuses what the rules refuse, whatever the API says', async () => {
    const values = [
      sql`'fixed', true, 0, 'any', 'any', false, NULL, NULL`,
      sql`'fixed', false, 500, 'any', 'any', false, NULL, NULL`,
      sql`'fixed', false, 0, 'permanent', 'any', false, NULL, NULL`,
      sql`'per_surface', false, 0, 'any', 'any', false, NULL, NULL`,
      sql`'per_tooth', false, 0, 'any', 'any', false, 'restoration', NULL`,
      sql`'per_tooth', false, 0, 'any', 'any', false, 'missing', 'metal'`,
    ]
    for (const row of values) {
      const outcome = await t.database
        .asOwner((tx) =>
          sql`INSERT INTO procedures (clinic_id, code, name, category, pricing_model, taxable,
                gst_rate_bp, dentition, region, surfaces_required, chart_kind, chart_material,
                price_paise, sac_code)
              VALUES (${clinicId}, 'DB-CHECK', 'Check', 'other', ${row}, 100, '999312')`.execute(
            tx,
          ),
        )
        .then(
          () => 'stored',
          (error: { code?: string }) => error.code,
        )
      expect(outcome).toBe('23514')
    }
  })

  it('another clinic sees only its own catalogue and cannot read or change this one', async () => {
    const other = await signUpClinic(t.app, 'Other Dental')
    const scale = await byCode('SCALE')
    expect((await other.client.get(`${PATH}/${scale.id}`)).status).toBe(404)
    expect((await other.client.patch(`${PATH}/${scale.id}`, { pricePaise: 1 })).status).toBe(404)
    const theirs = await list(other.client)
    expect(theirs.some((item) => item.id === scale.id)).toBe(false)
    // Its own, freshly seeded, has none of this clinic's changes.
    expect(theirs.some((item) => item.code === 'WHITEN-H')).toBe(false)
    expect(theirs.find((item) => item.code === 'NGUARD')?.pricePaise).toBe(350_000)
  })
})
