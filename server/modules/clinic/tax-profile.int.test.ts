import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gstinCheckCharacter } from '../../../shared/billing/index.ts'
import type { TaxProfile } from '../../../shared/contracts/tax-profile.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { withClinic } from '../../db/with-clinic.ts'

/** A valid GSTIN of Maharashtra (state 27). */
const CLINIC_GSTIN = '27AAPFU0939F1ZV'

/** A clinic with one of each role, in Maharashtra and not registered for GST. */
async function taxClinic(t: TestApp, name?: string) {
  const signedUp = await signUpClinic(t.app, name)
  const staff = new Map<Role, { client: TestClient; userId: string }>()
  staff.set('owner', signedUp)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
  const context = { clinicId: signedUp.clinicId, userId: signedUp.userId }
  await withClinic(t.database.db, context, (tx) =>
    sql`UPDATE clinics SET gstin = NULL, state_code = '27'`.execute(tx),
  )
  const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
  return { clinicId: signedUp.clinicId, owner: signedUp.client, context, person }
}

/** Drafts and issues a consultation for a new patient; answers the issued invoice's number. */
async function issueOne(owner: TestClient): Promise<string> {
  const patient = await owner.post('/api/v1/patients', {
    fullName: 'Meera Iyer',
    ageYears: 41,
    sex: 'female',
  })
  const { id } = (await patient.json()) as { id: string }
  const invoices = `/api/v1/patients/${id}/invoices`
  const lines = [
    { description: 'Consultation', sacCode: '999312', quantity: 1, unitPricePaise: 50_000 },
  ]
  const draft = (await (await owner.post(invoices, { lines })).json()) as { id: string }
  const issued = await owner.post(`${invoices}/${draft.id}/issue`)
  expect(issued.status).toBe(200)
  return ((await issued.json()) as { number: string }).number
}

const PATH = '/api/v1/clinic/tax-profile'
/** Karnataka (29): a valid GSTIN, but not of the clinic's state (27). */
const KARNATAKA_GSTIN = `29AAPFU0939F1Z${gstinCheckCharacter('29AAPFU0939F1Z')}`
/** The Maharashtra GSTIN with a wrong check character. */
const WRONG_CHECK = `${CLINIC_GSTIN.slice(0, 14)}${CLINIC_GSTIN.endsWith('A') ? 'B' : 'A'}`

let t: TestApp
let clinic: Awaited<ReturnType<typeof taxClinic>>

beforeAll(async () => {
  t = await createTestApp()
  // 00:10 IST on 1 April 2027: the new financial year in the clinic, still 2026-27 in UTC.
  t.clock.set(new Date('2027-03-31T18:40:00Z'))
  clinic = await taxClinic(t)
}, 120_000)
afterAll(() => t.close())

const admin = () => clinic.person('admin').client
const profileOf = async (response: Response, status = 200) => {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(status)
  return body as TaxProfile
}
const errorOf = async (response: Response) => {
  expect(response.status).toBe(400)
  return ((await response.json()) as { error: { field?: string; reason?: string } }).error
}

describe('the tax profile', () => {
  it('is read by every role but assistants, with the series and their next numbers in the clinic’s financial year', async () => {
    for (const role of ['owner', 'admin', 'doctor', 'receptionist', 'accountant'] as const) {
      const profile = await profileOf(await clinic.person(role).client.get(PATH))
      expect(profile).toMatchObject({
        gstin: null,
        legalName: null,
        stateCode: '27',
        financialYear: '27-28',
      })
      expect(profile.series.map((series) => series.nextNumber)).toEqual([
        'INV/27-28/0001',
        'CN/27-28/0001',
        'RCT/27-28/0001',
        'RFD/27-28/0001',
      ])
    }
    expect((await clinic.person('assistant').client.get(PATH)).status).toBe(403)
  })

  it("is changed by an admin: the legal name, and a GSTIN checked for its check character and the clinic's state", async () => {
    const wrong = await errorOf(await admin().patch(PATH, { gstin: WRONG_CHECK }))
    expect(wrong).toMatchObject({ field: 'gstin', reason: 'clinic.gstin_check_character' })
    const otherState = await errorOf(await admin().patch(PATH, { gstin: KARNATAKA_GSTIN }))
    expect(otherState).toMatchObject({ field: 'gstin', reason: 'clinic.gstin_state' })

    const changed = await profileOf(
      await admin().patch(PATH, { legalName: 'Dr Kavita Joshi', gstin: CLINIC_GSTIN }),
    )
    expect(changed).toMatchObject({ legalName: 'Dr Kavita Joshi', gstin: CLINIC_GSTIN })
    // The owner's clinic settings show the same.
    const settings = (await (await clinic.owner.get('/api/v1/clinic/settings')).json()) as {
      gstin: string
    }
    expect(settings.gstin).toBe(CLINIC_GSTIN)
  })

  it('is not changed by doctors, receptionists, accountants or assistants', async () => {
    for (const role of ['doctor', 'receptionist', 'accountant', 'assistant'] as const) {
      const response = await clinic.person(role).client.patch(PATH, { legalName: 'Someone' })
      expect(response.status, role).toBe(403)
    }
    expect((await profileOf(await clinic.owner.get(PATH))).legalName).toBe('Dr Kavita Joshi')
  })

  it('lets the database refuse an admin any change of the clinic but the tax profile', async () => {
    const asAdmin = { clinicId: clinic.clinicId, userId: clinic.person('admin').userId }
    const renamed = await inDatabaseAs(t.database.db, asAdmin, (tx) =>
      sql`UPDATE clinics SET name = 'Renamed'`.execute(tx),
    )
    expect(renamed).toBe('refused')
    const legal = await inDatabaseAs(t.database.db, asAdmin, async (tx) => {
      const result = await sql`UPDATE clinics SET legal_name = 'Legal'`.execute(tx)
      return Number(result.numAffectedRows)
    })
    expect(legal).toBe(1)
    const asReceptionist = {
      clinicId: clinic.clinicId,
      userId: clinic.person('receptionist').userId,
    }
    const byReceptionist = await inDatabaseAs(t.database.db, asReceptionist, async (tx) => {
      const result = await sql`UPDATE clinics SET legal_name = 'Legal'`.execute(tx)
      return Number(result.numAffectedRows)
    })
    expect(byReceptionist).toBe(0)
  })
})

describe('the numbering series', () => {
  it('takes a new prefix and width from the next number, checked against CGST Rule 46(b)', async () => {
    const tooLong = await errorOf(
      await admin().patch(PATH, { series: { invoice: { prefix: 'SMILECARE1', width: 4 } } }),
    )
    expect(tooLong).toMatchObject({
      field: 'series.invoice.prefix',
      reason: 'tax.series_prefix_too_long',
    })
    const badCharacters = await errorOf(
      await admin().patch(PATH, { series: { receipt: { prefix: 'R C' } } }),
    )
    expect(badCharacters).toMatchObject({
      field: 'series.receipt.prefix',
      reason: 'tax.series_prefix',
    })
    // Only the prefix sent: its length is checked against the width saved (4: 5 characters).
    const tooLongForSaved = await errorOf(
      await admin().patch(PATH, { series: { invoice: { prefix: 'SMILE1' } } }),
    )
    expect(tooLongForSaved).toMatchObject({ field: 'series.invoice.prefix' })

    const changed = await profileOf(
      await admin().patch(PATH, { series: { invoice: { prefix: 'SC', width: 5 } } }),
    )
    expect(changed.series[0]).toMatchObject({
      kind: 'invoice',
      prefix: 'SC',
      width: 5,
      maxPrefixLength: 4,
      nextNumber: 'SC/27-28/00001',
    })

    expect(await issueOne(clinic.owner)).toBe('SC/27-28/00001')
    const after = await profileOf(await clinic.owner.get(PATH))
    expect(after.series[0]?.nextNumber).toBe('SC/27-28/00002')
  })

  it("refuses a width too narrow for this year's numbers, and receptionists", async () => {
    // Nine invoices this year: a tenth needs two digits.
    await withClinic(t.database.db, clinic.context, (tx) =>
      sql`UPDATE document_counters SET last_serial = 9 WHERE kind = 'invoice'`.execute(tx),
    )
    const narrow = await errorOf(await admin().patch(PATH, { series: { invoice: { width: 1 } } }))
    expect(narrow).toMatchObject({ field: 'series.invoice.width', reason: 'tax.series_width_used' })
    const refused = await clinic
      .person('receptionist')
      .client.patch(PATH, { series: { invoice: { prefix: 'X' } } })
    expect(refused.status).toBe(403)
    expect((await profileOf(await clinic.owner.get(PATH))).series[0]?.nextNumber).toBe(
      'SC/27-28/00010',
    )
  })

  it("is another clinic's own: a second clinic sees its defaults", async () => {
    const other = await taxClinic(t, 'Other Dental')
    const profile = await profileOf(await other.owner.get(PATH))
    expect(profile.series[0]?.nextNumber).toBe('INV/27-28/0001')
    expect(profile.legalName).toBeNull()
  })
})
