import { describe, expect, it } from 'vitest'
import { parseTeeth } from './lab-api.ts'

describe('typed teeth', () => {
  it('reads FDI numbers separated by commas or spaces', () => {
    expect(parseTeeth('36')).toEqual([36])
    expect(parseTeeth(' 35, 36 37 ')).toEqual([35, 36, 37])
    expect(parseTeeth('55,85')).toEqual([55, 85])
  })
  it('refuses what is not an FDI tooth, and nothing at all', () => {
    expect(parseTeeth('19')).toBeNull()
    expect(parseTeeth('36, x')).toBeNull()
    expect(parseTeeth('360')).toBeNull()
    expect(parseTeeth('  ')).toBeNull()
  })
})
