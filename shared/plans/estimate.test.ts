import { describe, expect, it } from 'vitest'
import { estimateTotals, halfGstPaise, lineAmounts } from './estimate.ts'

const exempt = { quantity: 1, discountPaise: 0, taxable: false, gstRateBp: 0 }

describe('estimate', () => {
  it('charges no GST on exempt lines and CGST = SGST on taxable ones', () => {
    const rct = lineAmounts({ ...exempt, unitPricePaise: 6_500_00 })
    expect(rct).toEqual({
      grossPaise: 6_500_00,
      discountPaise: 0,
      netPaise: 6_500_00,
      cgstPaise: 0,
      sgstPaise: 0,
      totalPaise: 6_500_00,
    })
    const whitening = lineAmounts({
      quantity: 1,
      unitPricePaise: 18_000_00,
      discountPaise: 1_000_00,
      taxable: true,
      gstRateBp: 500,
    })
    // 5% of ₹17,000 = ₹850: ₹425 each.
    expect(whitening).toMatchObject({ netPaise: 17_000_00, cgstPaise: 425_00, sgstPaise: 425_00 })
    expect(whitening.totalPaise).toBe(17_850_00)
  })

  it('rounds each half to the paisa, half up', () => {
    // 18% of ₹0.03 = 0.54 paise: each half 0.27 paise → 0.
    expect(halfGstPaise(3, 1800)).toBe(0)
    // 18% of ₹0.25 = 4.5 paise: each half 2.25 → 2.
    expect(halfGstPaise(25, 1800)).toBe(2)
    // 5% of ₹1.01 = 5.05 paise: each half 2.525 → 3.
    expect(halfGstPaise(101, 500)).toBe(3)
    // 5% of ₹0.99 = 4.95 paise: each half 2.475 → 2.
    expect(halfGstPaise(99, 500)).toBe(2)
  })

  it('adds up the lines, multiplying per-surface quantities', () => {
    const totals = estimateTotals([
      { ...exempt, unitPricePaise: 1_200_00, quantity: 2 },
      { ...exempt, unitPricePaise: 12_000_00, discountPaise: 2_000_00 },
      { quantity: 1, unitPricePaise: 18_000_00, discountPaise: 0, taxable: true, gstRateBp: 500 },
    ])
    expect(totals).toEqual({
      subtotalPaise: 32_400_00,
      discountPaise: 2_000_00,
      taxableValuePaise: 18_000_00,
      exemptValuePaise: 12_400_00,
      cgstPaise: 450_00,
      sgstPaise: 450_00,
      gstPaise: 900_00,
      totalPaise: 31_300_00,
    })
  })

  it('refuses fractions, negatives and discounts above the amount', () => {
    expect(() => lineAmounts({ ...exempt, unitPricePaise: 10.5 })).toThrow(RangeError)
    expect(() => lineAmounts({ ...exempt, unitPricePaise: -1 })).toThrow(RangeError)
    expect(() => lineAmounts({ ...exempt, unitPricePaise: 100, discountPaise: 101 })).toThrow(
      RangeError,
    )
  })
})
