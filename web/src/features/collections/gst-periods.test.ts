import { describe, expect, it } from 'vitest'
import {
  defaultReturnPeriod,
  financialQuarterOf,
  financialYearLabel,
  monthRange,
  recentMonths,
  recentQuarters,
} from './gst-periods.ts'

describe('GST periods', () => {
  it('gives the whole month, leap February included', () => {
    expect(monthRange('2026-05-17')).toEqual({ from: '2026-05-01', to: '2026-05-31' })
    expect(monthRange('2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthRange('2026-12-06')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })

  it('counts months back across a year', () => {
    expect(recentMonths('2026-02-03', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11'])
    expect(defaultReturnPeriod('2026-01-05')).toBe('2025-12')
  })

  it('puts April–June in Q1 and January–March in Q4 of the year before', () => {
    expect(financialQuarterOf('2026-04-01')).toEqual({ fy: 2026, quarter: 1 })
    expect(financialQuarterOf('2026-06-30')).toEqual({ fy: 2026, quarter: 1 })
    expect(financialQuarterOf('2026-07-01')).toEqual({ fy: 2026, quarter: 2 })
    expect(financialQuarterOf('2026-12-31')).toEqual({ fy: 2026, quarter: 3 })
    expect(financialQuarterOf('2027-01-01')).toEqual({ fy: 2026, quarter: 4 })
    expect(financialQuarterOf('2027-03-31')).toEqual({ fy: 2026, quarter: 4 })
    expect(recentQuarters('2026-05-01', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3'])
  })

  it('names the financial year as 2026–27, and 2099–00', () => {
    expect(financialYearLabel(2026)).toBe('2026–27')
    expect(financialYearLabel(2099)).toBe('2099–00')
  })
})
