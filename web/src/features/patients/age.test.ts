import { describe, expect, it } from 'vitest'
import { ageOn } from './age.ts'

describe('ageOn', () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageOn('2008-03-15', '2026-03-14')).toBe(17)
    expect(ageOn('2008-03-15', '2026-03-15')).toBe(18)
    expect(ageOn('2008-03-15', '2026-12-01')).toBe(18)
  })

  it('gives 0 in the first year of life', () => {
    expect(ageOn('2026-01-10', '2026-11-23')).toBe(0)
  })
})
