import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '../../../shared/contracts/plans.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import {
  type BillingClinic,
  billingClinic,
  billingState,
  CLINIC_GSTIN,
  CONSULTATION,
  draftAndIssue,
  invoiceOf,
  invoicePath,
  invoicesPath,
  newPatient,
  setGstin,
  WHITENING,
} from './billing-test-helpers.ts'

let t: TestApp
let clinic: BillingClinic
let patientId = ''

// A minute before the financial year ends in India (1 April 00:00 IST = 31 March 18:30Z); staff
// sessions end after idling, so the clock moves by seconds only.
const START = new Date('2026-03-31T18:29:00Z')

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(START)
  clinic = await billingClinic(t)
  await setGstin(t, clinic, CLINIC_GSTIN)
  patientId = await newPatient(clinic.owner)
}, 120_000)
afterAll(() => t.close())

const owner = () => clinic.owner
/** The error in a refusal's body. */
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string; reason?: string } }).error

describe('invoices: draft, issue, number', () => {
  it('numbers at issue in the financial year of the clinic: 18:29:59Z on 31 March is still 2025-26, 18:30:00Z is 2026-27', async () => {
    t.clock.set(new Date('2026-03-31T18:29:59Z'))
    const draft = await invoiceOf(
      await owner().post(invoicesPath(patientId), { lines: [CONSULTATION], notes: 'Check-up' }),
      201,
    )
    expect(draft).toMatchObject({
      status: 'draft',
      number: null,
      kind: null,
      financialYear: null,
      supplier: null,
      recipient: { name: 'Meera Iyer', gstin: null },
      notes: 'Check-up',
      totals: { exemptValuePaise: 50_000, taxableValuePaise: 0, totalPaise: 50_000 },
    })
    const issued = await invoiceOf(await owner().post(`${invoicePath(patientId, draft.id)}/issue`))
    expect(issued).toMatchObject({
      status: 'issued',
      number: 'INV/25-26/0001',
      financialYear: '25-26',
      kind: 'bill_of_supply',
      issuedAt: '2026-03-31T18:29:59.000Z',
      supplier: { name: 'Smile Dental Care', gstin: CLINIC_GSTIN, stateCode: '27' },
    })

    t.clock.set(new Date('2026-03-31T18:30:00Z'))
    const next = await draftAndIssue(owner(), patientId, [CONSULTATION])
    expect(next).toMatchObject({ number: 'INV/26-27/0001', financialYear: '26-27' })
    const third = await draftAndIssue(owner(), patientId, [CONSULTATION])
    expect(third.number).toBe('INV/26-27/0002')
    // A draft takes no number: the next issue after it is still consecutive.
    await invoiceOf(await owner().post(invoicesPath(patientId), { lines: [CONSULTATION] }), 201)
    expect((await draftAndIssue(owner(), patientId, [CONSULTATION])).number).toBe('INV/26-27/0003')
  })

  it('mixed lines make an invoice-cum-bill of supply with GST per line; taxable only a tax invoice; with round-off', async () => {
    const mixed = await draftAndIssue(owner(), patientId, [
      CONSULTATION,
      { ...WHITENING, discountPaise: 1 },
    ])
    expect(mixed.kind).toBe('invoice_cum_bill_of_supply')
    // 17,999.99 at 5%: 900.00 (899.9995) split in two halves of 450.00 each.
    expect(mixed.lines).toMatchObject([
      { position: 0, taxable: false, gstRateBp: 0, cgstPaise: 0, totalPaise: 50_000 },
      {
        position: 1,
        taxable: true,
        gstRateBp: 500,
        taxableValuePaise: 1_799_999,
        cgstPaise: 45_000,
        sgstPaise: 45_000,
        totalPaise: 1_889_999,
      },
    ])
    expect(mixed.totals).toEqual({
      taxableValuePaise: 1_799_999,
      exemptValuePaise: 50_000,
      cgstPaise: 45_000,
      sgstPaise: 45_000,
      roundOffPaise: 1,
      totalPaise: 1_940_000,
    })
    const taxable = await draftAndIssue(owner(), patientId, [WHITENING])
    expect(taxable.kind).toBe('tax_invoice')
    expect(taxable.totals.totalPaise).toBe(1_890_000)
  })

  it('lists and reads the patient invoices, drafts included', async () => {
    const list = await owner().get(invoicesPath(patientId))
    expect(list.status).toBe(200)
    const { invoices } = (await list.json()) as { invoices: { number: string | null }[] }
    expect(invoices.map((row) => row.number)).toContain('INV/25-26/0001')
    expect(invoices.some((row) => row.number === null)).toBe(true)
  })
})

describe('drafts change; issued invoices never do', () => {
  it('changes and deletes a draft', async () => {
    const draft = await invoiceOf(
      await owner().post(invoicesPath(patientId), { lines: [CONSULTATION] }),
      201,
    )
    const changed = await invoiceOf(
      await owner().patch(invoicePath(patientId, draft.id), {
        lines: [{ ...CONSULTATION, quantity: 2, discountPaise: 10_000 }],
        recipient: { name: 'Iyer Holdings Pvt Ltd', address: '12 MG Road, Pune 411001' },
        roundOff: false,
      }),
    )
    expect(changed).toMatchObject({
      status: 'draft',
      roundOff: false,
      recipient: { name: 'Iyer Holdings Pvt Ltd', address: '12 MG Road, Pune 411001' },
      totals: { exemptValuePaise: 90_000, totalPaise: 90_000 },
      lines: [{ quantity: 2, discountPaise: 10_000, taxableValuePaise: 90_000 }],
    })
    expect((await owner().delete(invoicePath(patientId, draft.id))).status).toBe(204)
    expect((await owner().get(invoicePath(patientId, draft.id))).status).toBe(404)
  })

  it('refuses to change or delete an issued invoice (409), and the database refuses for every role', async () => {
    const issued = await draftAndIssue(owner(), patientId, [CONSULTATION])
    const before = await billingState(t, clinic.clinicId)
    const patched = await owner().patch(invoicePath(patientId, issued.id), { notes: 'Changed' })
    expect(patched.status).toBe(409)
    expect(await errorOf(patched)).toMatchObject({ reason: 'billing.invoice_issued' })
    expect((await owner().delete(invoicePath(patientId, issued.id))).status).toBe(409)
    expect((await owner().post(`${invoicePath(patientId, issued.id)}/issue`)).status).toBe(409)
    expect(await billingState(t, clinic.clinicId)).toEqual(before)

    const attempts = [
      sql`UPDATE invoices SET notes = 'Changed' WHERE id = ${issued.id}`,
      sql`UPDATE invoices SET status = 'draft', number = NULL WHERE id = ${issued.id}`,
      sql`DELETE FROM invoices WHERE id = ${issued.id}`,
      sql`UPDATE invoice_lines SET unit_price_paise = 1, taxable_value_paise = 1, total_paise = 1 WHERE invoice_id = ${issued.id}`,
      sql`DELETE FROM invoice_lines WHERE invoice_id = ${issued.id}`,
      sql`INSERT INTO invoice_lines (clinic_id, invoice_id, position, description, sac_code, quantity,
            unit_price_paise, taxable, gst_rate_bp, taxable_value_paise, cgst_paise, sgst_paise, total_paise)
          VALUES (${clinic.clinicId}, ${issued.id}, 5, 'Extra', '999312', 1, 100, false, 0, 100, 0, 0, 100)`,
      sql`INSERT INTO invoices (clinic_id, patient_id, status, created_by)
          VALUES (${clinic.clinicId}, ${patientId}, 'issued', ${clinic.context.userId})`,
    ]
    for (const statement of attempts) {
      const asTableOwner = await t.database.asOwner(async (tx) => {
        try {
          await statement.execute(tx)
          return 'changed'
        } catch (error) {
          return (error as { code?: string }).code
        }
      })
      expect(asTableOwner).toBe('42501')
      expect(await inDatabaseAs(t.database.db, clinic.context, (tx) => statement.execute(tx))).toBe(
        'refused',
      )
    }
    expect(await billingState(t, clinic.clinicId)).toEqual(before)
  })
})

describe('roles', () => {
  for (const role of ['receptionist', 'accountant', 'admin'] as const) {
    it(`${role} drafts and issues`, async () => {
      const issued = await draftAndIssue(clinic.person(role).client, patientId, [CONSULTATION])
      expect(issued).toMatchObject({ status: 'issued', issuedBy: clinic.person(role).userId })
      expect((await clinic.person(role).client.get(invoicesPath(patientId))).status).toBe(200)
    })
  }

  for (const role of ['doctor', 'assistant'] as const) {
    it(`${role} gets 403 and the database refuses`, async () => {
      const client = clinic.person(role).client
      const draft = await invoiceOf(
        await owner().post(invoicesPath(patientId), { lines: [CONSULTATION] }),
        201,
      )
      const before = await billingState(t, clinic.clinicId)
      expect((await client.get(invoicesPath(patientId))).status).toBe(403)
      expect((await client.get(invoicePath(patientId, draft.id))).status).toBe(403)
      expect((await client.post(invoicesPath(patientId), { lines: [CONSULTATION] })).status).toBe(
        403,
      )
      expect((await client.post(`${invoicePath(patientId, draft.id)}/issue`)).status).toBe(403)
      expect((await client.delete(invoicePath(patientId, draft.id))).status).toBe(403)
      expect(await billingState(t, clinic.clinicId)).toEqual(before)

      const who = { clinicId: clinic.clinicId, userId: clinic.person(role).userId }
      const seen = await inDatabaseAs(t.database.db, who, async (tx) => {
        const { rows } = await sql<{ n: number }>`
          SELECT (SELECT count(*) FROM invoices)::int + (SELECT count(*) FROM invoice_lines)::int
               AS n`.execute(tx)
        return rows[0]?.n
      })
      expect(seen).toBe(0)
      // Doctors read the tax settings (PRODUCT.md: "Price list, tax settings", doctor R), which
      // preview each series' next number from the counters; assistants see none of it.
      const counters = await inDatabaseAs(t.database.db, who, async (tx) => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM document_counters`.execute(tx)
        return rows[0]?.n
      })
      expect(counters === 0).toBe(role === 'assistant')
      const inserted = await inDatabaseAs(t.database.db, who, (tx) =>
        sql`INSERT INTO invoices (clinic_id, patient_id, created_by)
            VALUES (${clinic.clinicId}, ${patientId}, ${who.userId})`.execute(tx),
      )
      expect(inserted).toBe('refused')
      const counted = await inDatabaseAs(t.database.db, who, (tx) =>
        sql`INSERT INTO document_counters (clinic_id, kind, fy_start_year, last_serial)
            VALUES (${clinic.clinicId}, 'invoice', 2030, 1)`.execute(tx),
      )
      expect(counted).toBe('refused')
      const deleted = await inDatabaseAs(t.database.db, who, async (tx) => {
        const result = await sql`DELETE FROM invoices WHERE id = ${draft.id}`.execute(tx)
        return Number(result.numAffectedRows)
      })
      expect(deleted).toBe(0)
      const planItems = await inDatabaseAs(t.database.db, who, async (tx) => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM billing_plan_items(${patientId}::uuid, ARRAY[gen_random_uuid()])`.execute(
          tx,
        )
        return rows[0]?.n
      })
      expect(planItems).toBe(0)
    })
  }
})

describe('bad input: a 4xx naming the field, and nothing changes', () => {
  const refused = async (
    body: object,
    status: number,
    field: string,
    reason?: string,
    path = invoicesPath(patientId),
  ) => {
    const before = await billingState(t, clinic.clinicId)
    const response = await owner().post(path, body)
    const answer = await errorOf(response)
    expect(response.status, JSON.stringify(answer)).toBe(status)
    expect(answer.field).toBe(field)
    if (reason) expect(answer.reason).toBe(reason)
    expect(await billingState(t, clinic.clinicId)).toEqual(before)
  }

  it('a negative quantity', () =>
    refused({ lines: [{ ...CONSULTATION, quantity: -1 }] }, 400, 'lines.0.quantity'))
  it('a discount above the line', () =>
    refused(
      { lines: [CONSULTATION, { ...CONSULTATION, quantity: 2, discountPaise: 100_001 }] },
      400,
      'lines.1.discountPaise',
      'billing.discount_above_line',
    ))
  it('a rate not allowed', () =>
    refused(
      { lines: [{ ...WHITENING, gstRateBp: 1000 }] },
      400,
      'lines.0.gstRateBp',
      'billing.rate_not_allowed',
    ))
  it('an exempt line with a rate', () =>
    refused(
      { lines: [{ ...WHITENING, taxable: false }] },
      400,
      'lines.0.gstRateBp',
      'billing.exempt_has_rate',
    ))
  it('no lines at all', () => refused({ lines: [] }, 400, 'lines', 'billing.no_lines'))
  it('a malformed B2B GSTIN or a wrong check character', async () => {
    await refused(
      { lines: [CONSULTATION], recipient: { gstin: '27AAPFU0939F1Z' } },
      400,
      'recipient.gstin',
      'clinic.gstin',
    )
    await refused(
      { lines: [CONSULTATION], recipient: { gstin: '27AAPFU0939F1ZW' } },
      400,
      'recipient.gstin',
      'clinic.gstin_check_character',
    )
    // A valid Karnataka GSTIN for a recipient said to be in Maharashtra, and a prefix that is
    // no state at all.
    await refused(
      { lines: [CONSULTATION], recipient: { gstin: '29AAPFU0939F1ZR', stateCode: '27' } },
      400,
      'recipient.gstin',
      'billing.recipient_gstin_state',
    )
    await refused(
      { lines: [CONSULTATION], recipient: { gstin: '99AAPFU0939F1ZK' } },
      400,
      'recipient.gstin',
      'clinic.gstin',
    )
  })
  it('a patient of another clinic is not found', async () => {
    const other = await billingClinic(t, 'Other Dental')
    const theirs = await newPatient(other.owner)
    await refused(
      { lines: [CONSULTATION] },
      404,
      undefined as never,
      'patient.not_found',
      invoicesPath(theirs),
    )
    expect((await owner().get(invoicesPath(theirs))).status).toBe(404)
    const theirInvoice = await invoiceOf(
      await other.owner.post(invoicesPath(theirs), { lines: [CONSULTATION] }),
      201,
    )
    expect((await owner().get(invoicePath(theirs, theirInvoice.id))).status).toBe(404)
    expect((await owner().get(invoicePath(patientId, theirInvoice.id))).status).toBe(404)
    expect((await owner().post(`${invoicePath(patientId, theirInvoice.id)}/issue`)).status).toBe(
      404,
    )
  })
})

describe('completed plan items', () => {
  let rctItem = ''
  let whiteningItem = ''

  beforeAll(async () => {
    const catalogue = (await (await owner().get('/api/v1/catalogue/procedures')).json()) as {
      procedures: { id: string; code: string }[]
    }
    const procedure = (code: string) => catalogue.procedures.find((row) => row.code === code)?.id
    const planResponse = await owner().post(`/api/v1/patients/${patientId}/plans`, {
      title: 'Restore 36, whiten',
    })
    const plan = (await planResponse.json()) as Plan
    const plansPath = `/api/v1/patients/${patientId}/plans/${plan.id}`
    expect(
      (await owner().post(`${plansPath}/items`, { procedureId: procedure('RCT-M'), teeth: [36] }))
        .status,
    ).toBe(201)
    const withItems = (await (
      await owner().post(`${plansPath}/items`, {
        procedureId: procedure('WHITEN'),
        discountPaise: 100_000,
      })
    ).json()) as Plan
    rctItem = withItems.items.find((item) => item.code === 'RCT-M')?.id ?? ''
    whiteningItem = withItems.items.find((item) => item.code === 'WHITEN')?.id ?? ''
    await withClinic(t.database.db, clinic.context, async (tx) => {
      await sql`UPDATE treatment_plan_items SET status = 'accepted' WHERE plan_id = ${plan.id}`.execute(
        tx,
      )
      await sql`UPDATE treatment_plans SET status = 'accepted' WHERE id = ${plan.id}`.execute(tx)
    })
    const sitting = await owner().post(`${plansPath}/items/${rctItem}/sittings`, {
      workDone: 'Obturation',
      completesItem: true,
    })
    expect(sitting.status).toBe(201)
  })

  it('a plan item not completed is a 400 naming it', async () => {
    const before = await billingState(t, clinic.clinicId)
    const response = await clinic.person('receptionist').client.post(invoicesPath(patientId), {
      planItemIds: [rctItem, whiteningItem],
    })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({
      field: 'planItemIds.1',
      reason: 'billing.plan_item_not_completed',
    })
    expect(await billingState(t, clinic.clinicId)).toEqual(before)
  })

  it('the receptionist bills a completed item at its frozen price, once only', async () => {
    const receptionist = clinic.person('receptionist').client
    const draft = await invoiceOf(
      await receptionist.post(invoicesPath(patientId), {
        planItemIds: [rctItem],
        lines: [CONSULTATION],
      }),
      201,
    )
    expect(draft.lines).toMatchObject([
      {
        description: 'Root canal treatment, molar (tooth 36)',
        sacCode: '999312',
        unitPricePaise: 650_000,
        planItemId: rctItem,
      },
      { description: CONSULTATION.description, planItemId: null },
    ])
    const again = await receptionist.post(invoicesPath(patientId), { planItemIds: [rctItem] })
    expect(again.status).toBe(409)
    expect(await errorOf(again)).toMatchObject({
      field: 'planItemIds.0',
      reason: 'billing.plan_item_billed',
    })
    const issued = await invoiceOf(
      await receptionist.post(`${invoicePath(patientId, draft.id)}/issue`),
    )
    expect(issued).toMatchObject({ kind: 'bill_of_supply', totals: { totalPaise: 700_000 } })
    // The database holds the line too: a second line for the item is refused.
    const twice = await inDatabaseAs(t.database.db, clinic.context, async (tx) => {
      try {
        await sql`INSERT INTO invoice_lines (clinic_id, invoice_id, position, description, sac_code,
                    quantity, unit_price_paise, taxable, gst_rate_bp, taxable_value_paise, cgst_paise,
                    sgst_paise, total_paise, plan_item_id)
                  SELECT ${clinic.clinicId}, id, 9, 'Again', '999312', 1, 1, false, 0, 1, 0, 0, 1, ${rctItem}
                  FROM invoices WHERE status = 'draft' LIMIT 1`.execute(tx)
        return 'inserted'
      } catch (error) {
        return (error as { code?: string }).code
      }
    })
    expect(twice).toBe('23505')
  })
})

describe('tax rules at issue', () => {
  it('an unregistered clinic cannot charge GST: taxable lines are a 400, at draft and at issue', async () => {
    const draft = await invoiceOf(
      await owner().post(invoicesPath(patientId), { lines: [CONSULTATION, WHITENING] }),
      201,
    )
    await setGstin(t, clinic, null)
    try {
      const before = await billingState(t, clinic.clinicId)
      const issue = await owner().post(`${invoicePath(patientId, draft.id)}/issue`)
      expect(issue.status).toBe(400)
      expect(await errorOf(issue)).toMatchObject({
        field: 'lines.1.taxable',
        reason: 'billing.unregistered_supplier',
      })
      const fresh = await owner().post(invoicesPath(patientId), { lines: [WHITENING] })
      expect(fresh.status).toBe(400)
      expect(await errorOf(fresh)).toMatchObject({ field: 'lines.0.taxable' })
      expect(await billingState(t, clinic.clinicId)).toEqual(before)
      // Exempt only: a bill of supply without the clinic's GSTIN.
      const bill = await draftAndIssue(owner(), patientId, [CONSULTATION])
      expect(bill).toMatchObject({ kind: 'bill_of_supply', supplier: { gstin: null } })
    } finally {
      await setGstin(t, clinic, CLINIC_GSTIN)
    }
  })

  it('₹50,000 or more of taxable value to an unregistered recipient needs name, address and state (Rule 46(e))', async () => {
    const draft = await invoiceOf(
      await owner().post(invoicesPath(patientId), {
        lines: [{ ...WHITENING, quantity: 3 }],
      }),
      201,
    )
    const issue = await owner().post(`${invoicePath(patientId, draft.id)}/issue`)
    expect(issue.status).toBe(400)
    expect(await errorOf(issue)).toMatchObject({
      field: 'recipient.address',
      reason: 'billing.recipient_required',
      issues: [{ field: 'recipient.address' }, { field: 'recipient.stateCode' }],
    })
    await invoiceOf(
      await owner().patch(invoicePath(patientId, draft.id), {
        recipient: { address: '4 Linking Road, Mumbai 400050', stateCode: '27' },
      }),
    )
    const issued = await invoiceOf(await owner().post(`${invoicePath(patientId, draft.id)}/issue`))
    expect(issued.recipient).toMatchObject({
      stateCode: '27',
      address: '4 Linking Road, Mumbai 400050',
    })
  })

  it('a B2B recipient with a valid GSTIN takes its state from it', async () => {
    const draft = await invoiceOf(
      await owner().post(invoicesPath(patientId), {
        lines: [WHITENING],
        recipient: { name: 'Acme Corp', address: 'Pune', gstin: '27aapfu0939f1zv' },
      }),
      201,
    )
    expect(draft.recipient).toEqual({
      name: 'Acme Corp',
      address: 'Pune',
      stateCode: '27',
      gstin: '27AAPFU0939F1ZV',
    })
    // The company no longer pays: null gives the draft back to the patient as on file.
    const back = await invoiceOf(
      await owner().patch(invoicePath(patientId, draft.id), { recipient: null }),
    )
    const fresh = await invoiceOf(
      await owner().post(invoicesPath(patientId), { lines: [WHITENING] }),
      201,
    )
    expect(back.recipient).toEqual(fresh.recipient)
    expect(back.recipient.gstin).toBeNull()
    expect(back.recipient.name).not.toBe('Acme Corp')
  })
})
