import { describe, expect, it } from 'vitest'
import { Gstr1Schema } from '../../../shared/contracts/billing-reports.ts'
import { csv } from './csv.ts'
import { eInvoiceRefusal, pinIn } from './einvoice.ts'
import { lastDayOfYearFrom } from './gst-summary.ts'
import { type Gstr1Rows, gstr1Csv, gstr1Document, parsePeriod, sheetDate } from './gstr1.ts'
import { jsonWithRupees, percentText, rupees, rupeesText } from './rupees.ts'

describe('rupees from paise, by integers', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [123450, '1234.50'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
    [900719925474099, '9007199254740.99'],
  ])('%i paise → %s', (paise, text) => expect(rupeesText(paise)).toBe(text))

  it('refuses what is not a safe integer', () => {
    expect(() => rupeesText(0.5)).toThrow(RangeError)
    expect(() => rupeesText(2 ** 53)).toThrow(RangeError)
  })

  it('writes rates exactly', () => {
    expect([0, 500, 1200, 1800, 2800, 1250, 25].map(percentText)).toEqual([
      '0',
      '5',
      '12',
      '18',
      '28',
      '12.5',
      '0.25',
    ])
  })

  it('puts bare 2-decimal numbers into JSON, and nothing else changes', () => {
    const text = jsonWithRupees({ a: rupees(10), b: [rupees(-123450)], c: 'rupees:1', d: 1.5 })
    expect(text).toBe('{"a":0.10,"b":[-1234.50],"c":"rupees:1","d":1.5}')
    expect(JSON.parse(text)).toEqual({ a: 0.1, b: [-1234.5], c: 'rupees:1', d: 1.5 })
  })
})

describe('CSV', () => {
  it('quotes, ends lines with CRLF and defuses formulas in text cells', () => {
    expect(
      csv(
        ['a', 'b'],
        [
          ['x, "y"', '=HYPERLINK("z")'],
          [{ number: '-1.00' }, 3],
        ],
      ),
    ).toBe('a,b\r\n"x, ""y""","\'=HYPERLINK(""z"")"\r\n-1.00,3\r\n')
  })
})

describe('periods', () => {
  it.each([
    ['2026-04', { from: '2026-04-01', to: '2026-04-30', fp: '042026' }],
    ['2028-02', { from: '2028-02-01', to: '2028-02-29', fp: '022028' }],
    ['2026-Q1', { from: '2026-04-01', to: '2026-06-30', fp: '062026' }],
    ['2026-Q3', { from: '2026-10-01', to: '2026-12-31', fp: '122026' }],
    ['2026-Q4', { from: '2027-01-01', to: '2027-03-31', fp: '032027' }],
  ])('%s', (period, expected) => expect(parsePeriod(period)).toEqual(expected))

  it('a report covers a year at most', () => {
    expect(lastDayOfYearFrom('2026-04-01')).toBe('2027-03-31')
    expect(lastDayOfYearFrom('2028-02-29')).toBe('2029-02-28')
  })
})

const ROWS: Gstr1Rows = {
  gstin: '27AAPFU0939F1ZV',
  period: parsePeriod('2026-04'),
  b2b: [
    {
      ctin: '27AAACR5055K1Z7',
      recipientName: 'Acme Ltd',
      number: 'INV/26-27/0002',
      issuedOn: '2026-04-05',
      documentTotalPaise: 1_940_000,
      pos: '27',
      gstRateBp: 500,
      taxablePaise: 1_800_000,
      cgstPaise: 45_000,
      sgstPaise: 45_000,
    },
  ],
  b2cs: [{ pos: '27', gstRateBp: 1800, taxablePaise: 100_001, cgstPaise: 9_000, sgstPaise: 9_000 }],
  hsn: [
    { sac: '999312', gstRateBp: 0, quantity: 2, taxablePaise: 50_000, cgstPaise: 0, sgstPaise: 0 },
  ],
  nil: [{ b2b: false, exemptPaise: 50_000 }],
  docs: [
    {
      kind: 'invoice',
      fromNumber: 'INV/26-27/0001',
      toNumber: 'INV/26-27/0005',
      fromSerial: 1,
      toSerial: 5,
      count: 4,
    },
  ],
  cdnr: [],
}

describe('GSTR-1', () => {
  it('has the offline tool shape, with exact rupees', () => {
    const text = jsonWithRupees(gstr1Document(ROWS))
    expect(text).toContain('"txval":1000.01')
    expect(text).toContain('"val":19400.00')
    const parsed = Gstr1Schema.parse(JSON.parse(text))
    expect(parsed.b2b[0]?.inv[0]).toMatchObject({
      inum: 'INV/26-27/0002',
      idt: '05-04-2026',
      pos: '27',
    })
    expect(parsed.b2b[0]?.inv[0]?.itms[0]?.itm_det).toEqual({
      txval: 18000,
      rt: 5,
      camt: 450,
      samt: 450,
      csamt: 0,
    })
    expect(parsed.doc_issue.doc_det).toEqual([
      {
        doc_num: 1,
        doc_typ: 'Invoices for outward supply',
        docs: [
          {
            num: 1,
            from: 'INV/26-27/0001',
            to: 'INV/26-27/0005',
            totnum: 5,
            cancel: 1,
            net_issue: 4,
          },
        ],
      },
    ])
    expect(parsed.cdnr).toEqual([])
    expect(parsed.cdnur).toEqual([])
  })

  it('writes each section as CSV', () => {
    expect(gstr1Csv(ROWS, 'b2b').split('\r\n')[1]).toBe(
      '27AAACR5055K1Z7,Acme Ltd,INV/26-27/0002,05-Apr-2026,19400.00,27-Maharashtra,N,,Regular B2B,,5,18000.00,0.00',
    )
    expect(gstr1Csv(ROWS, 'b2cs').split('\r\n')[1]).toBe('OE,27-Maharashtra,,18,1000.01,0.00,')
    expect(gstr1Csv(ROWS, 'docs').split('\r\n')[1]).toBe(
      'Invoices for outward supply,INV/26-27/0001,INV/26-27/0005,5,1',
    )
    expect(gstr1Csv(ROWS, 'cdnr').split('\r\n')).toHaveLength(2)
    expect(sheetDate('2027-01-31')).toBe('31-Jan-2027')
  })
})

describe('e-invoice', () => {
  const invoice = {
    status: 'issued',
    kind: 'tax_invoice',
    number: 'INV/26-27/0001',
    issuedOn: '05/04/2026',
    supplierName: 'Smile Dental',
    supplierGstin: '27AAPFU0939F1ZV',
    supplierStateCode: '27',
    recipientName: 'Acme Ltd',
    recipientAddress: 'Plot 4, MIDC, Pune 411019',
    recipientStateCode: '27',
    recipientGstin: '27AAACR5055K1Z7',
    taxablePaise: 100,
    exemptPaise: 0,
    cgstPaise: 0,
    sgstPaise: 0,
    roundOffPaise: 0,
    totalPaise: 100,
  }
  const taxable = {
    description: 'Whitening',
    sacCode: '999722',
    quantity: 1,
    unitPricePaise: 100,
    discountPaise: 0,
    gstRateBp: 500,
    taxablePaise: 100,
    cgstPaise: 0,
    sgstPaise: 0,
    totalPaise: 100,
  }
  const supplier = {
    legalName: null,
    tradeName: 'Smile Dental',
    addressLine1: 'FC Road',
    addressLine2: null,
    city: 'Pune',
    pinCode: '411004',
  }

  it('finds the PIN code in an address', () => {
    expect(pinIn('Plot 4, MIDC, Pune 411019')).toBe(411019)
    expect(pinIn('Flat 12, 4110190 nowhere')).toBeUndefined()
    expect(pinIn(null)).toBeUndefined()
  })

  it('is refused with a reason for what is not an issued B2B invoice with taxable lines', () => {
    expect(eInvoiceRefusal(invoice, [taxable], supplier)).toBeUndefined()
    expect(eInvoiceRefusal({ ...invoice, status: 'draft' }, [taxable], supplier)?.reason).toBe(
      'billing.einvoice_not_issued',
    )
    expect(eInvoiceRefusal({ ...invoice, recipientGstin: null }, [taxable], supplier)?.reason).toBe(
      'billing.einvoice_not_b2b',
    )
    expect(eInvoiceRefusal(invoice, [{ ...taxable, gstRateBp: 0 }], supplier)?.reason).toBe(
      'billing.einvoice_no_taxable_lines',
    )
    expect(eInvoiceRefusal(invoice, [taxable], { ...supplier, pinCode: null })).toEqual({
      reason: 'billing.einvoice_pin',
      party: 'seller',
    })
  })
})
