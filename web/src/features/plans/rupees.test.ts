import { describe, expect, it } from 'vitest'
import { paiseToRupeesText, rupeesToPaise } from './rupees.ts'

describe('rupees typed to paise', () => {
  it('reads whole rupees, one or two decimals, Indian grouping and the ₹ sign', () => {
    expect(rupeesToPaise('1250')).toBe(125_000)
    expect(rupeesToPaise('1250.5')).toBe(125_050)
    expect(rupeesToPaise('1250.10')).toBe(125_010)
    expect(rupeesToPaise(' ₹1,23,456.78 ')).toBe(12_345_678)
    expect(rupeesToPaise('0')).toBe(0)
  })

  it('refuses what is not an amount: negatives, three decimals, letters, blanks', () => {
    for (const typed of ['', '-5', '12.345', 'abc', '1e3', '.5', '12.']) {
      expect(rupeesToPaise(typed)).toBeNull()
    }
  })

  it('writes paise back as rupees for editing, and the two round-trip', () => {
    expect(paiseToRupeesText(125_000)).toBe('1250')
    expect(paiseToRupeesText(125_005)).toBe('1250.05')
    for (const paise of [0, 1, 99, 100, 125_050, 999_999_999]) {
      expect(rupeesToPaise(paiseToRupeesText(paise))).toBe(paise)
    }
  })
})
