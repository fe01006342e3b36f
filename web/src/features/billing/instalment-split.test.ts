import { describe, expect, it } from 'vitest'
import { addMonths, splitEvenly } from './instalment-split.ts'

describe('splitting what is owed into monthly instalments', () => {
  it('moves by calendar months, keeping to the month’s last day', () => {
    expect(addMonths('2026-12-06', 1)).toBe('2027-01-06')
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2026-12-06', 0)).toBe('2026-12-06')
  })

  it('adds up to exactly what is due, the odd paise last', () => {
    const split = splitEvenly(1_000_001, 3, '2026-12-06')
    expect(split).toEqual([
      { dueOn: '2026-12-06', amountPaise: 333_333 },
      { dueOn: '2027-01-06', amountPaise: 333_333 },
      { dueOn: '2027-02-06', amountPaise: 333_335 },
    ])
    expect(split.reduce((sum, row) => sum + row.amountPaise, 0)).toBe(1_000_001)
    expect(splitEvenly(500, 1, '2026-12-06')).toEqual([{ dueOn: '2026-12-06', amountPaise: 500 }])
  })
})
