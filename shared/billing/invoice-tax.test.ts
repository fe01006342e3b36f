import { describe, expect, it } from 'vitest'
import {
  ALLOWED_GST_RATES_BP,
  checkInvoiceLine,
  computeInvoiceTax,
  documentKindOf,
  type InvoiceLineInput,
  type InvoiceTax,
  invoiceLineAmounts,
  recipientAddressRequired,
  roundOffToRupee,
} from './invoice-tax.ts'

const exempt = (
  unitPricePaise: number,
  more: Partial<InvoiceLineInput> = {},
): InvoiceLineInput => ({
  quantity: 1,
  unitPricePaise,
  discountPaise: 0,
  taxable: false,
  gstRateBp: 0,
  ...more,
})
const taxed = (
  unitPricePaise: number,
  gstRateBp: number,
  more: Partial<InvoiceLineInput> = {},
): InvoiceLineInput => ({
  quantity: 1,
  unitPricePaise,
  discountPaise: 0,
  taxable: true,
  gstRateBp,
  ...more,
})

function invoice(
  lines: InvoiceLineInput[],
  options: { registered?: boolean; roundOff?: boolean } = {},
): InvoiceTax {
  const result = computeInvoiceTax(lines, {
    registered: options.registered ?? true,
    roundOff: options.roundOff ?? false,
  })
  if (!result.ok) throw new Error(`unexpected errors ${JSON.stringify(result.errors)}`)
  return result.invoice
}

describe('computeInvoiceTax: totals', () => {
  const rct = exempt(6_500_00)
  // Whitening, SAC 999722, 5 % after GST 2.0 (india-domain §3.2), with ₹1,000 off.
  const whitening = taxed(18_000_00, 500, { discountPaise: 1_000_00 })

  it.each<{
    name: string
    lines: InvoiceLineInput[]
    roundOff?: boolean
    registered?: boolean
    kind: InvoiceTax['kind']
    taxable: number
    exemptValue: number
    cgst: number
    before: number
    roundOffPaise: number
    grand: number
  }>([
    {
      name: 'exempt only: a bill of supply with no tax',
      lines: [rct, exempt(500_00), exempt(1_200_00, { quantity: 2, discountPaise: 200_00 })],
      kind: 'bill_of_supply',
      taxable: 0,
      exemptValue: 6_500_00 + 500_00 + 2_200_00,
      cgst: 0,
      before: 9_200_00,
      roundOffPaise: 0,
      grand: 9_200_00,
    },
    {
      name: 'taxable only: a tax invoice, 5 % of ₹17,000 is ₹425 + ₹425',
      lines: [whitening],
      kind: 'tax_invoice',
      taxable: 17_000_00,
      exemptValue: 0,
      cgst: 425_00,
      before: 17_850_00,
      roundOffPaise: 0,
      grand: 17_850_00,
    },
    {
      name: 'mixed: RCT and whitening on one invoice-cum-bill of supply (Rule 46A)',
      lines: [rct, whitening],
      kind: 'invoice_cum_bill_of_supply',
      taxable: 17_000_00,
      exemptValue: 6_500_00,
      cgst: 425_00,
      before: 24_350_00,
      roundOffPaise: 0,
      grand: 24_350_00,
    },
    {
      name: 'round-off up: ₹999.99 at 18 % is ₹1,179.99 → ₹1,180',
      lines: [taxed(999_99, 1800)],
      roundOff: true,
      kind: 'tax_invoice',
      taxable: 999_99,
      // 9 % of 99,999 paise = 8,999.91 → 9,000.
      cgst: 90_00,
      exemptValue: 0,
      before: 1_179_99,
      roundOffPaise: 1,
      grand: 1_180_00,
    },
    {
      name: 'round-off up at exactly 50 paise',
      lines: [exempt(1_234_50)],
      roundOff: true,
      kind: 'bill_of_supply',
      taxable: 0,
      exemptValue: 1_234_50,
      cgst: 0,
      before: 1_234_50,
      roundOffPaise: 50,
      grand: 1_235_00,
    },
    {
      name: 'round-off down below 50 paise',
      lines: [exempt(1_234_49)],
      roundOff: true,
      kind: 'bill_of_supply',
      taxable: 0,
      exemptValue: 1_234_49,
      cgst: 0,
      before: 1_234_49,
      roundOffPaise: -49,
      grand: 1_234_00,
    },
    {
      name: 'no round-off unless asked',
      lines: [exempt(1_234_49)],
      kind: 'bill_of_supply',
      taxable: 0,
      exemptValue: 1_234_49,
      cgst: 0,
      before: 1_234_49,
      roundOffPaise: 0,
      grand: 1_234_49,
    },
    {
      name: 'unregistered clinic: a bill of supply',
      lines: [rct, exempt(300_00)],
      registered: false,
      kind: 'bill_of_supply',
      taxable: 0,
      exemptValue: 6_800_00,
      cgst: 0,
      before: 6_800_00,
      roundOffPaise: 0,
      grand: 6_800_00,
    },
  ])('$name', (row) => {
    const result = invoice(row.lines, { roundOff: row.roundOff, registered: row.registered })
    expect(result.kind).toBe(row.kind)
    expect(result.totals).toMatchObject({
      taxableValuePaise: row.taxable,
      exemptValuePaise: row.exemptValue,
      cgstPaise: row.cgst,
      sgstPaise: row.cgst,
      gstPaise: 2 * row.cgst,
      totalBeforeRoundOffPaise: row.before,
      roundOffPaise: row.roundOffPaise,
      grandTotalPaise: row.grand,
    })
    // The lines add up to the document.
    const sum = (pick: (line: InvoiceTax['lines'][number]) => number) =>
      result.lines.reduce((total, line) => total + pick(line), 0)
    expect(sum((line) => line.totalPaise)).toBe(row.before)
    expect(sum((line) => line.grossPaise - line.discountPaise)).toBe(row.taxable + row.exemptValue)
  })

  it('computes each line, with discounts, and the GST summary per rate', () => {
    const result = invoice(
      [
        exempt(500_00),
        taxed(15_000_00, 500, { discountPaise: 1_500_00 }),
        taxed(8_000_50, 1800, { quantity: 2, discountPaise: 75 }),
        taxed(99_99, 1200, { quantity: 3 }),
        taxed(1_000_00, 500),
      ],
      { roundOff: true },
    )
    expect(result.lines[2]).toEqual({
      taxable: true,
      gstRateBp: 1800,
      grossPaise: 16_001_00,
      discountPaise: 75,
      taxableValuePaise: 16_000_25,
      // 9 % of ₹16,000.25 = ₹1,440.0225 → ₹1,440.02 each.
      cgstPaise: 1_440_02,
      sgstPaise: 1_440_02,
      totalPaise: 16_000_25 + 2 * 1_440_02,
    })
    // 6 % of ₹299.97 = ₹17.9982 → ₹18.00 each.
    expect(result.lines[3]).toMatchObject({ taxableValuePaise: 299_97, cgstPaise: 18_00 })
    expect(result.gstByRate).toEqual([
      { gstRateBp: 500, taxableValuePaise: 14_500_00, cgstPaise: 362_50, sgstPaise: 362_50 },
      { gstRateBp: 1200, taxableValuePaise: 299_97, cgstPaise: 18_00, sgstPaise: 18_00 },
      { gstRateBp: 1800, taxableValuePaise: 16_000_25, cgstPaise: 1_440_02, sgstPaise: 1_440_02 },
    ])
    expect(result.totals).toEqual({
      grossPaise: 500_00 + 15_000_00 + 16_001_00 + 299_97 + 1_000_00,
      discountPaise: 1_500_75,
      taxableValuePaise: 30_800_22,
      exemptValuePaise: 500_00,
      cgstPaise: 1_820_52,
      sgstPaise: 1_820_52,
      gstPaise: 3_641_04,
      totalBeforeRoundOffPaise: 34_941_26,
      roundOffPaise: -26,
      grandTotalPaise: 34_941_00,
    })
    expect(result.kind).toBe('invoice_cum_bill_of_supply')
  })

  it('charges nothing on a free line and keeps zero-value lines', () => {
    const result = invoice([exempt(0), taxed(0, 1800)])
    expect(result.totals.grandTotalPaise).toBe(0)
    expect(result.gstByRate).toEqual([
      { gstRateBp: 1800, taxableValuePaise: 0, cgstPaise: 0, sgstPaise: 0 },
    ])
  })
})

describe('computeInvoiceTax: bad input names the line and field', () => {
  const good = taxed(1_000_00, 1800)
  it.each<[string, Partial<InvoiceLineInput>, { field: string; code: string }[]]>([
    ['negative quantity', { quantity: -1 }, [{ field: 'quantity', code: 'not_positive' }]],
    ['zero quantity', { quantity: 0 }, [{ field: 'quantity', code: 'not_positive' }]],
    ['fractional quantity', { quantity: 1.5 }, [{ field: 'quantity', code: 'not_integer' }]],
    [
      'fractional price',
      { unitPricePaise: 100.5 },
      [{ field: 'unitPricePaise', code: 'not_integer' }],
    ],
    ['negative price', { unitPricePaise: -100 }, [{ field: 'unitPricePaise', code: 'negative' }]],
    ['negative discount', { discountPaise: -1 }, [{ field: 'discountPaise', code: 'negative' }]],
    [
      'discount above the line',
      { discountPaise: 1_000_01 },
      [{ field: 'discountPaise', code: 'exceeds_line' }],
    ],
    [
      'discount above quantity × price',
      { quantity: 2, discountPaise: 2_000_01 },
      [{ field: 'discountPaise', code: 'exceeds_line' }],
    ],
    ['rate not allowed', { gstRateBp: 1000 }, [{ field: 'gstRateBp', code: 'rate_not_allowed' }]],
    ['rate as a fraction', { gstRateBp: 0.18 }, [{ field: 'gstRateBp', code: 'not_integer' }]],
    ['taxable at 0 %', { gstRateBp: 0 }, [{ field: 'gstRateBp', code: 'taxable_at_zero_rate' }]],
    ['exempt with a rate', { taxable: false }, [{ field: 'gstRateBp', code: 'exempt_with_rate' }]],
    [
      'line above ₹10 crore',
      { unitPricePaise: 100_00_00_000_01 },
      [{ field: 'unitPricePaise', code: 'too_large' }],
    ],
    [
      'quantity × price above ₹10 crore',
      { quantity: 1_000_000, unitPricePaise: 1_000_00_01 },
      [{ field: 'quantity', code: 'too_large' }],
    ],
    [
      'several fields at once',
      { quantity: -2, discountPaise: -5, gstRateBp: 1000 },
      [
        { field: 'quantity', code: 'not_positive' },
        { field: 'discountPaise', code: 'negative' },
        { field: 'gstRateBp', code: 'rate_not_allowed' },
      ],
    ],
  ])('%s', (_name, change, expected) => {
    const result = computeInvoiceTax([exempt(100_00), { ...good, ...change }], { registered: true })
    expect(result).toEqual({
      ok: false,
      errors: expected.map((error) => ({ line: 1, ...error })),
    })
  })

  it('refuses GST from an unregistered clinic', () => {
    expect(computeInvoiceTax([exempt(100_00), good], { registered: false })).toEqual({
      ok: false,
      errors: [{ line: 1, field: 'taxable', code: 'unregistered_supplier' }],
    })
  })

  it('refuses an empty invoice', () => {
    expect(computeInvoiceTax([], { registered: true })).toEqual({
      ok: false,
      errors: [{ line: null, field: 'lines', code: 'no_lines' }],
    })
  })

  it('takes the allowed rates as data', () => {
    expect(ALLOWED_GST_RATES_BP).toEqual([0, 500, 1200, 1800, 2800, 4000])
    expect(
      checkInvoiceLine(taxed(100, 1800), 0, { registered: true, allowedRatesBp: [0, 500] }),
    ).toEqual([{ line: 0, field: 'gstRateBp', code: 'rate_not_allowed' }])
    expect(
      checkInvoiceLine(taxed(100, 300), 4, { registered: true, allowedRatesBp: [0, 300] }),
    ).toEqual([])
  })
})

describe('documentKindOf', () => {
  it.each<[boolean[], boolean, string]>([
    [[true, true], true, 'tax_invoice'],
    [[false, false], true, 'bill_of_supply'],
    [[false, true], true, 'invoice_cum_bill_of_supply'],
    [[false], false, 'bill_of_supply'],
  ])('%j, registered %s → %s', (flags, registered, kind) => {
    expect(
      documentKindOf(
        flags.map((taxable) => ({ taxable })),
        registered,
      ),
    ).toBe(kind)
  })
})

describe('roundOffToRupee', () => {
  it.each([
    [0, 0],
    [1, -1],
    [49, -49],
    [50, 50],
    [99, 1],
    [100, 0],
    [1_234_50, 50],
    [1_234_49, -49],
  ])('%i paise → %i', (total, adjustment) => {
    expect(roundOffToRupee(total)).toBe(adjustment)
    expect((total + adjustment) % 100).toBe(0)
  })

  it.each([-1, 1.5])('refuses %d', (total) => {
    expect(() => roundOffToRupee(total)).toThrow(RangeError)
  })
})

describe('recipientAddressRequired (Rule 46(d), (e))', () => {
  it.each([
    [49_999_99, false, false],
    [50_000_00, false, true],
    [1_00_000_00, false, true],
    [0, true, true],
    [49_999_99, true, true],
  ])('taxable value %i, recipient registered %s → %s', (value, registered, required) => {
    expect(recipientAddressRequired(value, registered)).toBe(required)
  })

  it('refuses fractional paise', () => {
    expect(() => recipientAddressRequired(0.5, false)).toThrow(RangeError)
  })
})

describe('invoiceLineAmounts', () => {
  it('throws on input computeInvoiceTax would refuse', () => {
    expect(() => invoiceLineAmounts(taxed(100, 1800, { quantity: 0 }))).toThrow(RangeError)
    expect(() => invoiceLineAmounts(taxed(100, 1800, { discountPaise: 101 }))).toThrow(RangeError)
    expect(() => invoiceLineAmounts(taxed(100_00_00_000_01, 1800))).toThrow(RangeError)
  })
})
