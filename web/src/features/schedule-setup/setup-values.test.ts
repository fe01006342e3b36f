import { describe, expect, it } from 'vitest'
import { isValidMinutes, isValidMonths } from './setup-values.ts'

describe('set-up values', () => {
  it('accepts lengths in steps of 5 minutes from 5 to 480', () => {
    for (const ok of ['5', '30', '45', '480']) expect(isValidMinutes(ok)).toBe(true)
    for (const bad of ['', '0', '3', '32', '485', '30.5', '-5', 'half hour']) {
      expect(isValidMinutes(bad)).toBe(false)
    }
  })

  it('accepts recall intervals of 1 to 60 whole months', () => {
    for (const ok of ['1', '6', '60']) expect(isValidMonths(ok)).toBe(true)
    for (const bad of ['', '0', '61', '1.5', 'six']) expect(isValidMonths(bad)).toBe(false)
  })
})
