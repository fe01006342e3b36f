import { describe, expect, it } from 'vitest'
import { monthOf } from './trend.ts'

describe('monthOf', () => {
  it.each([
    ['2026-06-01', 0, '2026-06'],
    ['2026-01-31', -1, '2025-12'],
    ['2026-12-06', 1, '2027-01'],
    ['2026-12-06', -11, '2026-01'],
    ['2026-06-01', -23, '2024-07'],
    ['2026-03', -12, '2025-03'],
  ])('%s %i months on is %s', (date, offset, month) => {
    expect(monthOf(date, offset)).toBe(month)
  })
})
