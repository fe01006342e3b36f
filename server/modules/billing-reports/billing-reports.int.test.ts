import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { Gstr1Schema, type GstSummary } from '../../../shared/contracts/billing-reports.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import {
  CLINIC_GSTIN,
  CONSULTATION,
  invoiceOf,
  invoicePath,
  invoicesPath,
  newPatient,
  type ReportsClinic,
  registerClinic,
  reportsClinic,
  WHITENING,
} from './reports-test-helpers.ts'

/**
 * GST reports through HTTP into the database (PGlite, or PostgreSQL with DATABASE_URL): mixed
 * invoices (exempt only, taxable only, mixed, B2B with a GSTIN) and a credit note, by issue date
 * in the clinic's time zone (Asia/Kolkata), the roles both ways, and clinic B seeing nothing of
 * clinic A in any report.
 */

let t: TestApp
let a: ReportsClinic
let b: ReportsClinic
let invoiceIds: Record<
  'exempt' | 'taxable' | 'mixed' | 'b2b' | 'b2bExempt' | 'june' | 'draft',
  string
>
let clinicBInvoice = ''

const ACME = {
  name: 'Acme Ltd',
  address: 'Plot 4, MIDC, Pune 411019',
  stateCode: '27',
  gstin: '27AAACR5055K1Z7',
}

// 23:50 on 31 May 2026 in India: the June invoice is issued twenty minutes later, after midnight
// there (18:30Z), while UTC is still on 31 May. Sessions idle out, so the clock moves by minutes.
const START = new Date('2026-05-31T18:20:00Z')

const summaryOf = async (response: Response): Promise<GstSummary> => {
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as GstSummary
}
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string; reason?: string } }).error

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(START)
  a = await reportsClinic(t, 'Clinic A')
  b = await reportsClinic(t, 'Clinic B')
  await registerClinic(t, a, CLINIC_GSTIN)
  await registerClinic(t, b, '27AABCT1332L1ZE')
  const patient = await newPatient(a.owner)
  const issue = async (lines: object[], recipient?: object) => {
    const draft = await invoiceOf(
      await a.owner.post(invoicesPath(patient), { lines, recipient }),
      201,
    )
    return (await invoiceOf(await a.owner.post(`${invoicePath(patient, draft.id)}/issue`))).id
  }
  const exempt = await issue([CONSULTATION])
  const taxable = await issue([WHITENING])
  const mixed = await issue([CONSULTATION, WHITENING])
  const b2b = await issue([WHITENING, CONSULTATION], ACME)
  const b2bExempt = await issue([CONSULTATION], ACME)
  const draft = (
    await invoiceOf(await a.owner.post(invoicesPath(patient), { lines: [WHITENING] }), 201)
  ).id
  // A credit note on the B2C whitening: ₹2,100 of ₹18,900 (₹2,000 + ₹50 + ₹50).
  const whiteningLine = (await invoiceOf(await a.owner.get(invoicePath(patient, taxable)))).lines[0]
    ?.id
  const credit = await a.owner.post(`${invoicePath(patient, taxable)}/credit-notes`, {
    reason: 'discount',
    lines: [{ invoiceLineId: whiteningLine, amountPaise: 210_000 }],
  })
  expect(credit.status).toBe(201)
  t.clock.set(new Date('2026-05-31T18:40:00Z'))
  const june = await issue([WHITENING])
  invoiceIds = { exempt, taxable, mixed, b2b, b2bExempt, june, draft }
  const patientB = await newPatient(b.owner)
  const draftB = await invoiceOf(
    await b.owner.post(invoicesPath(patientB), { lines: [CONSULTATION] }),
    201,
  )
  clinicBInvoice = (
    await invoiceOf(await b.owner.post(`${invoicePath(patientB, draftB.id)}/issue`))
  ).id
}, 180_000)
afterAll(() => t.close())

const MAY = '/api/v1/billing/reports/gst-summary?from=2026-05-01&to=2026-05-31'

describe('GST summary', () => {
  it('adds up May by rate in the clinic time zone: the invoice issued at 00:10 on 1 June there is not in it', async () => {
    const summary = await summaryOf(await a.person('accountant').client.get(MAY))
    expect(summary).toMatchObject({
      from: '2026-05-01',
      to: '2026-05-31',
      timeZone: 'Asia/Kolkata',
    })
    expect(summary.invoices).toEqual({
      documents: 5,
      rates: [
        {
          gstRateBp: 500,
          lines: 3,
          taxableValuePaise: 5_400_000,
          cgstPaise: 135_000,
          sgstPaise: 135_000,
        },
      ],
      exempt: { lines: 4, valuePaise: 200_000 },
      totals: {
        taxableValuePaise: 5_400_000,
        exemptValuePaise: 200_000,
        cgstPaise: 135_000,
        sgstPaise: 135_000,
        totalPaise: 5_870_000,
      },
    })
    expect(summary.creditNotes).toMatchObject({
      documents: 1,
      rates: [
        {
          gstRateBp: 500,
          lines: 1,
          taxableValuePaise: 200_000,
          cgstPaise: 5_000,
          sgstPaise: 5_000,
        },
      ],
      totals: { totalPaise: 210_000 },
    })
    expect(summary.net.rates).toEqual([
      {
        gstRateBp: 500,
        lines: 2,
        taxableValuePaise: 5_200_000,
        cgstPaise: 130_000,
        sgstPaise: 130_000,
      },
    ])
    expect(summary.net.totals.totalPaise).toBe(5_660_000)

    const june = await summaryOf(
      await a.owner.get('/api/v1/billing/reports/gst-summary?from=2026-06-01&to=2026-06-01'),
    )
    expect(june.invoices.documents).toBe(1)
    expect(june.invoices.totals.taxableValuePaise).toBe(1_800_000)
  })

  it.each([
    ['from=2026-05-32&to=2026-06-01', 'from'],
    ['from=2026-05-01', 'to'],
    ['from=2026-06-01&to=2026-05-31', 'to'],
    ['from=2026-04-01&to=2027-04-01', 'to'],
    ['from=1999-04-01&to=1999-04-02', 'from'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const response = await a.owner.get(`/api/v1/billing/reports/gst-summary?${query}`)
    expect(response.status).toBe(400)
    expect((await errorOf(response)).field).toBe(field)
  })

  it('takes a whole financial year', async () => {
    const response = await a.owner.get(
      '/api/v1/billing/reports/gst-summary?from=2026-04-01&to=2027-03-31',
    )
    expect((await summaryOf(response)).invoices.documents).toBe(6)
  })
})

describe('GSTR-1 export', () => {
  it('gives May in the GSTN offline-tool shape, net of the credit note, with exact rupees', async () => {
    const response = await a
      .person('admin')
      .client.get('/api/v1/billing/reports/gstr1?period=2026-05')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="gstr1-2026-05.json"',
    )
    const text = await response.text()
    expect(text).toContain('"txval":34000.00')
    const gstr1 = Gstr1Schema.parse(JSON.parse(text))
    expect(gstr1).toMatchObject({ gstin: CLINIC_GSTIN, fp: '052026' })
    expect(gstr1.b2b).toHaveLength(1)
    expect(gstr1.b2b[0]).toMatchObject({ ctin: ACME.gstin })
    expect(gstr1.b2b[0]?.inv).toHaveLength(1)
    expect(gstr1.b2b[0]?.inv[0]).toMatchObject({
      inum: 'INV/26-27/0004',
      idt: '31-05-2026',
      val: 19400,
      pos: '27',
    })
    expect(gstr1.b2b[0]?.inv[0]?.itms).toEqual([
      { num: 1, itm_det: { txval: 18000, rt: 5, camt: 450, samt: 450, csamt: 0 } },
    ])
    expect(gstr1.b2cs).toEqual([
      {
        sply_ty: 'INTRA',
        pos: '27',
        typ: 'OE',
        rt: 5,
        txval: 34000,
        camt: 850,
        samt: 850,
        csamt: 0,
      },
    ])
    expect(gstr1.nil.inv).toEqual([
      { sply_ty: 'INTRAB2B', expt_amt: 1000, nil_amt: 0, ngsup_amt: 0 },
      { sply_ty: 'INTRAB2C', expt_amt: 1000, nil_amt: 0, ngsup_amt: 0 },
    ])
    expect(gstr1.hsn.data.map((row) => [row.hsn_sc, row.rt, row.txval, row.camt])).toEqual([
      ['999312', 0, 2000, 0],
      ['999722', 5, 52000, 1300],
    ])
    expect(gstr1.doc_issue.doc_det).toEqual([
      {
        doc_num: 1,
        doc_typ: 'Invoices for outward supply',
        docs: [
          {
            num: 1,
            from: 'INV/26-27/0001',
            to: 'INV/26-27/0005',
            totnum: 5,
            cancel: 0,
            net_issue: 5,
          },
        ],
      },
      {
        doc_num: 5,
        doc_typ: 'Credit Note',
        docs: [
          {
            num: 1,
            from: 'CN/26-27/0001',
            to: 'CN/26-27/0001',
            totnum: 1,
            cancel: 0,
            net_issue: 1,
          },
        ],
      },
    ])
    // The credit note is against a B2C invoice: in b2cs, not in cdnr.
    expect(gstr1.cdnr).toEqual([])
    expect(gstr1.cdnur).toEqual([])
  })

  it('gives the first quarter (April–June) with the June invoice', async () => {
    const gstr1 = Gstr1Schema.parse(
      await (await a.owner.get('/api/v1/billing/reports/gstr1?period=2026-Q1')).json(),
    )
    expect(gstr1.fp).toBe('062026')
    expect(gstr1.doc_issue.doc_det[0]?.docs[0]).toMatchObject({
      to: 'INV/26-27/0006',
      net_issue: 6,
    })
  })

  it('gives each section as CSV', async () => {
    const response = await a.owner.get(
      '/api/v1/billing/reports/gstr1?period=2026-05&format=csv&section=b2cs',
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(await response.text()).toBe(
      'Type,Place Of Supply,Applicable % of Tax Rate,Rate,Taxable Value,Cess Amount,E-Commerce GSTIN\r\n' +
        'OE,27-Maharashtra,,5,34000.00,0.00,\r\n',
    )
    for (const section of ['b2b', 'hsn', 'nil', 'docs', 'cdnr', 'cdnur']) {
      const csv = await a.owner.get(
        `/api/v1/billing/reports/gstr1?period=2026-05&format=csv&section=${section}`,
      )
      expect(csv.status).toBe(200)
      expect((await csv.text()).endsWith('\r\n')).toBe(true)
    }
    const b2b = await (
      await a.owner.get('/api/v1/billing/reports/gstr1?period=2026-05&format=csv&section=b2b')
    ).text()
    expect(b2b.split('\r\n')[1]).toBe(
      '27AAACR5055K1Z7,Acme Ltd,INV/26-27/0004,31-May-2026,19400.00,27-Maharashtra,N,,Regular B2B,,5,18000.00,0.00',
    )
  })

  it.each([
    ['period=2026-13', 'period'],
    ['period=2026-Q5', 'period'],
    ['period=26-05', 'period'],
    ['period=2026-05&format=csv', 'section'],
    ['period=2026-05&format=xml', 'format'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const response = await a.owner.get(`/api/v1/billing/reports/gstr1?${query}`)
    expect(response.status).toBe(400)
    expect((await errorOf(response)).field).toBe(field)
  })
})

// The shape of INV-01 v1.1 as NIC's schema has it (india-domain §3.8), for the fields this
// product fills: the test checks the document against it.
const amount = z.number().multipleOf(0.01)
const Inv01 = z.strictObject({
  Version: z.literal('1.1'),
  TranDtls: z.strictObject({
    TaxSch: z.literal('GST'),
    SupTyp: z.enum(['B2B', 'SEZWP', 'SEZWOP', 'EXPWP', 'EXPWOP', 'DEXP']),
    RegRev: z.enum(['Y', 'N']),
    EcmGstin: z.null(),
    IgstOnIntra: z.enum(['Y', 'N']),
  }),
  DocDtls: z.strictObject({
    Typ: z.enum(['INV', 'CRN', 'DBN']),
    No: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$/),
    Dt: z.string().regex(/^[0-3][0-9]\/[01][0-9]\/20[0-9]{2}$/),
  }),
  SellerDtls: z.object({
    Gstin: z.string().regex(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/),
    LglNm: z.string().min(3).max(100),
    TrdNm: z.string().min(3).max(100).optional(),
    Addr1: z.string().min(1).max(100),
    Addr2: z.string().min(3).max(100).optional(),
    Loc: z.string().min(3).max(50),
    Pin: z.number().int().min(100000).max(999999),
    Stcd: z.string().regex(/^[0-9]{1,2}$/),
  }),
  BuyerDtls: z.object({
    Gstin: z.string().min(3).max(15),
    LglNm: z.string().min(3).max(100),
    Pos: z.string().regex(/^[0-9]{1,2}$/),
    Addr1: z.string().min(1).max(100),
    Loc: z.string().min(3).max(50),
    Pin: z.number().int().min(100000).max(999999),
    Stcd: z.string().regex(/^[0-9]{1,2}$/),
  }),
  ItemList: z
    .array(
      z.strictObject({
        SlNo: z.string().min(1).max(6),
        PrdDesc: z.string().min(3).max(300),
        IsServc: z.enum(['Y', 'N']),
        HsnCd: z.string().regex(/^[0-9]{4,8}$/),
        Qty: z.number(),
        Unit: z.string(),
        UnitPrice: amount,
        TotAmt: amount,
        Discount: amount,
        AssAmt: amount,
        GstRt: z.number(),
        IgstAmt: amount,
        CgstAmt: amount,
        SgstAmt: amount,
        CesRt: z.number(),
        CesAmt: amount,
        CesNonAdvlAmt: amount,
        TotItemVal: amount,
      }),
    )
    .min(1)
    .max(1000),
  ValDtls: z.strictObject({
    AssVal: amount,
    CgstVal: amount,
    SgstVal: amount,
    IgstVal: amount,
    CesVal: amount,
    StCesVal: amount,
    Discount: amount,
    OthChrg: amount,
    RndOffAmt: amount,
    TotInvVal: amount,
  }),
})

describe('e-invoice JSON (INV-01 v1.1)', () => {
  const path = (id: string) => `/api/v1/billing/e-invoice/${id}`

  it('is made for an issued B2B invoice with taxable lines, and adds up', async () => {
    const response = await a.person('accountant').client.get(path(invoiceIds.b2b))
    const text = await response.text()
    expect(response.status, text).toBe(200)
    expect(text).toContain('"UnitPrice":18000.00')
    const document = Inv01.parse(JSON.parse(text))
    expect(document.DocDtls).toEqual({ Typ: 'INV', No: 'INV/26-27/0004', Dt: '31/05/2026' })
    expect(document.SellerDtls).toMatchObject({ Gstin: CLINIC_GSTIN, Pin: 411004, Stcd: '27' })
    expect(document.BuyerDtls).toMatchObject({
      Gstin: ACME.gstin,
      Pin: 411019,
      Stcd: '27',
      Pos: '27',
    })
    expect(
      document.ItemList.map((item) => [item.HsnCd, item.GstRt, item.AssAmt, item.CgstAmt]),
    ).toEqual([
      ['999722', 5, 18000, 450],
      ['999312', 0, 500, 0],
    ])
    expect(document.ValDtls).toMatchObject({
      AssVal: 18500,
      CgstVal: 450,
      SgstVal: 450,
      TotInvVal: 19400,
    })
    // In paise, so that the check is exact: the items and the round-off make the invoice value.
    const paise = (rupees: number) => Math.round(rupees * 100)
    const items = document.ItemList.reduce((sum, item) => sum + paise(item.TotItemVal), 0)
    expect(items + paise(document.ValDtls.RndOffAmt)).toBe(paise(document.ValDtls.TotInvVal))
  })

  it.each([
    ['exempt', 'billing.einvoice_no_taxable_lines'],
    ['taxable', 'billing.einvoice_not_b2b'],
    ['mixed', 'billing.einvoice_not_b2b'],
    ['b2bExempt', 'billing.einvoice_no_taxable_lines'],
    ['draft', 'billing.einvoice_not_issued'],
  ] as const)('is refused with 409 for the %s invoice: %s', async (which, reason) => {
    const response = await a.owner.get(path(invoiceIds[which]))
    expect(response.status).toBe(409)
    expect((await errorOf(response)).reason).toBe(reason)
  })

  it('is 404 for an invoice that does not exist', async () => {
    expect((await a.owner.get(path('00000000-0000-4000-8000-000000000000'))).status).toBe(404)
  })
})

// The Billing page downloads these through plain links (<a download>, the session cookie): the
// answer must name the file itself, by the period, section or invoice number only, never the
// patient or the recipient (no patient data in URLs or file names).
describe('downloads name their file', () => {
  const SAFE_FILENAME = /^attachment; filename="[A-Za-z0-9.-]+"$/
  const dispositionOf = async (url: string) => {
    const response = await a.person('accountant').client.get(url)
    expect(response.status, url).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(SAFE_FILENAME)
    for (const name of ['Meera', 'Iyer', 'Acme', ACME.gstin]) {
      expect(disposition).not.toContain(name)
    }
    return disposition
  }

  it('the GSTR-1 JSON and each CSV section, by period and section', async () => {
    expect(await dispositionOf('/api/v1/billing/reports/gstr1?period=2026-Q1')).toBe(
      'attachment; filename="gstr1-2026-Q1.json"',
    )
    for (const section of ['b2b', 'b2cs', 'hsn', 'nil', 'docs', 'cdnr', 'cdnur']) {
      expect(
        await dispositionOf(
          `/api/v1/billing/reports/gstr1?period=2026-05&format=csv&section=${section}`,
        ),
      ).toBe(`attachment; filename="gstr1-2026-05-${section}.csv"`)
    }
  })

  it('the e-invoice JSON, by invoice number with its slashes made hyphens', async () => {
    expect(await dispositionOf(`/api/v1/billing/e-invoice/${invoiceIds.b2b}`)).toBe(
      'attachment; filename="e-invoice-INV-26-27-0004.json"',
    )
  })

  it('records each export in the audit log: who took which period, section or invoice', async () => {
    const exports = () =>
      t.database.asOwner(async (tx) => {
        const { rows } = await sql<{ action: string; actor_user_id: string; details: unknown }>`
          SELECT action, actor_user_id, details FROM audit_events
          WHERE clinic_id = ${a.clinicId} AND action LIKE 'billing.%' ORDER BY id`.execute(tx)
        return rows
      })
    const before = (await exports()).length
    const accountant = a.person('accountant')
    await dispositionOf('/api/v1/billing/reports/gstr1?period=2026-05&format=csv&section=hsn')
    await dispositionOf(`/api/v1/billing/e-invoice/${invoiceIds.b2b}`)
    const after = (await exports()).slice(before)
    expect(after).toEqual([
      {
        action: 'billing.gst_return_exported',
        actor_user_id: accountant.userId,
        details: { return: 'GSTR-1', period: '2026-05', format: 'csv', section: 'hsn' },
      },
      {
        action: 'billing.einvoice_exported',
        actor_user_id: accountant.userId,
        details: { invoiceId: invoiceIds.b2b, number: 'INV/26-27/0004' },
      },
    ])
    // A refused export (a receptionist's) leaves nothing behind.
    await a.person('receptionist').client.get('/api/v1/billing/reports/gstr1?period=2026-05')
    expect((await exports()).length).toBe(before + 2)
  })
})

describe('who may see the reports', () => {
  const routes = (invoiceId: string) => [
    MAY,
    '/api/v1/billing/reports/gstr1?period=2026-05',
    '/api/v1/billing/reports/gstr1?period=2026-05&format=csv&section=hsn',
    `/api/v1/billing/e-invoice/${invoiceId}`,
  ]

  it.each(['owner', 'admin', 'accountant'] as Role[])('%s: allowed', async (role) => {
    for (const url of routes(invoiceIds.b2b)) {
      expect((await a.person(role).client.get(url)).status, url).toBe(200)
    }
  })

  it.each(['receptionist', 'doctor', 'assistant'] as Role[])('%s: 403', async (role) => {
    for (const url of routes(invoiceIds.b2b)) {
      const response = await a.person(role).client.get(url)
      expect(response.status, url).toBe(403)
    }
  })
})

describe('clinic B sees nothing of clinic A', () => {
  it('in the GST summary, the GSTR-1 export and the e-invoice', async () => {
    // Clinic B's one invoice was issued at 00:10 on 1 June in India.
    const summary = await summaryOf(
      await b.owner.get('/api/v1/billing/reports/gst-summary?from=2026-05-01&to=2026-06-30'),
    )
    expect(summary.invoices.documents).toBe(1)
    expect(summary.invoices.rates).toEqual([])
    expect(summary.invoices.exempt).toEqual({ lines: 1, valuePaise: 50_000 })
    expect(summary.creditNotes.documents).toBe(0)

    const text = await (await b.owner.get('/api/v1/billing/reports/gstr1?period=2026-Q1')).text()
    const gstr1 = Gstr1Schema.parse(JSON.parse(text))
    expect(gstr1.gstin).toBe('27AABCT1332L1ZE')
    expect(gstr1.b2b).toEqual([])
    expect(gstr1.b2cs).toEqual([])
    expect(gstr1.doc_issue.doc_det).toEqual([
      {
        doc_num: 1,
        doc_typ: 'Invoices for outward supply',
        docs: [
          {
            num: 1,
            from: 'INV/26-27/0001',
            to: 'INV/26-27/0001',
            totnum: 1,
            cancel: 0,
            net_issue: 1,
          },
        ],
      },
    ])
    expect(text).not.toContain(ACME.gstin)
    expect(text).not.toContain(CLINIC_GSTIN)
    for (const section of ['b2b', 'hsn', 'docs']) {
      const csv = await (
        await b.owner.get(
          `/api/v1/billing/reports/gstr1?period=2026-Q1&format=csv&section=${section}`,
        )
      ).text()
      expect(csv).not.toContain(ACME.gstin)
      expect(csv).not.toContain('INV/26-27/0004')
    }
    expect((await b.owner.get(`/api/v1/billing/e-invoice/${invoiceIds.b2b}`)).status).toBe(404)
    // And clinic A, likewise, not B's.
    expect((await a.owner.get(`/api/v1/billing/e-invoice/${clinicBInvoice}`)).status).toBe(404)
  })
})
