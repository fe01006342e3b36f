import { describe, expect, it } from 'vitest'
import { formatPaise, groupIndian } from './money.ts'

describe('formatPaise', () => {
  it('groups thousands the Indian way (lakh)', () => {
    expect(formatPaise(12_345_600)).toBe('₹1,23,456.00')
  })

  it('groups crore values', () => {
    expect(formatPaise(12_345_678_900)).toBe('₹12,34,56,789.00')
    expect(formatPaise(999_999_999_999)).toBe('₹9,99,99,99,999.99')
  })

  it('shows zero, sub-rupee and small amounts with two paise digits', () => {
    expect(formatPaise(0)).toBe('₹0.00')
    expect(formatPaise(-0)).toBe('₹0.00')
    expect(formatPaise(1)).toBe('₹0.01')
    expect(formatPaise(50)).toBe('₹0.50')
    expect(formatPaise(99_900)).toBe('₹999.00')
    expect(formatPaise(100_000)).toBe('₹1,000.00')
  })

  it('puts the minus sign before the rupee sign', () => {
    expect(formatPaise(-123_450)).toBe('-₹1,234.50')
    expect(formatPaise(-7)).toBe('-₹0.07')
    expect(formatPaise(-12_345_678_900)).toBe('-₹12,34,56,789.00')
  })

  it('matches Intl en-IN output for representative amounts', () => {
    const intl = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' })
    for (const paise of [0, 5, 12_345_600, 12_345_678_900, -123_450]) {
      expect(formatPaise(paise)).toBe(intl.format(paise / 100))
    }
  })

  it('rejects fractional paise and unsafe integers instead of rounding silently', () => {
    expect(() => formatPaise(10.5)).toThrow(RangeError)
    expect(() => formatPaise(Number.NaN)).toThrow(RangeError)
    expect(() => formatPaise(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError)
  })
})

describe('groupIndian', () => {
  it('leaves up to three digits alone and pairs the rest', () => {
    expect(groupIndian('7')).toBe('7')
    expect(groupIndian('999')).toBe('999')
    expect(groupIndian('1000')).toBe('1,000')
    expect(groupIndian('100000')).toBe('1,00,000')
    expect(groupIndian('10000000')).toBe('1,00,00,000')
  })
})
