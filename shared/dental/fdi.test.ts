import { describe, expect, it } from 'vitest'
import {
  ALL_TEETH,
  isMultiRooted,
  isTooth,
  probingPath,
  surfaceCode,
  surfaceNotation,
  surfacesOf,
  toothName,
} from './fdi.ts'

describe('FDI notation', () => {
  it('knows exactly the 32 permanent and 20 primary teeth', () => {
    expect(ALL_TEETH).toHaveLength(52)
    for (const tooth of [11, 18, 21, 28, 31, 38, 41, 48, 51, 55, 61, 65, 71, 75, 81, 85]) {
      expect(isTooth(tooth), String(tooth)).toBe(true)
    }
    for (const tooth of [0, 10, 19, 20, 29, 39, 49, 50, 56, 66, 76, 86, 90, 99, 16.5, -16]) {
      expect(isTooth(tooth), String(tooth)).toBe(false)
    }
  })

  it('gives anteriors an incisal edge and posteriors an occlusal surface', () => {
    expect(surfacesOf(11)).toEqual(['M', 'I', 'D', 'B', 'L'])
    expect(surfacesOf(16)).toEqual(['M', 'O', 'D', 'B', 'L'])
    expect(surfacesOf(53)).toContain('I')
    expect(surfacesOf(85)).toContain('O')
  })

  it('reads the surface names clinicians write and labels them per tooth', () => {
    expect(['La', 'F', 'b', 'P', 'l'].map(surfaceCode)).toEqual(['B', 'B', 'B', 'L', 'L'])
    expect(surfaceCode('X')).toBeUndefined()
    expect(surfaceNotation(16, ['O', 'M'])).toBe('MO')
    expect(surfaceNotation(16, ['L', 'D', 'O', 'M'])).toBe('MODP')
    expect(surfaceNotation(46, ['L'])).toBe('L')
    expect(surfaceNotation(11, ['B', 'I'])).toBe('ILa')
  })

  it('names teeth and knows which have a furcation', () => {
    expect(toothName(16)).toBe('upper right first molar')
    expect(toothName(85)).toBe('lower right primary second molar')
    expect([16, 14, 24, 47, 84, 55].every(isMultiRooted)).toBe(true)
    expect([11, 13, 15, 34, 44, 53].some(isMultiRooted)).toBe(false)
  })

  it('walks the usual probing path over the teeth present', () => {
    const path = probingPath([16, 11, 21, 26, 36, 46])
    expect(path).toHaveLength(36)
    expect(path.slice(0, 3)).toEqual([
      { tooth: 16, site: 'DB' },
      { tooth: 16, site: 'B' },
      { tooth: 16, site: 'MB' },
    ])
    // Upper buccal crosses the midline mesial to mesial, ends at 26 distal.
    expect(path.slice(3, 9).map(({ tooth, site }) => `${tooth}${site}`)).toEqual([
      '11DB',
      '11B',
      '11MB',
      '21MB',
      '21B',
      '21DB',
    ])
    expect(path[11]).toEqual({ tooth: 26, site: 'DB' })
    // Then back along the palatal side, from 26 to 16.
    expect(path[12]).toEqual({ tooth: 26, site: 'DL' })
    expect(path[23]).toEqual({ tooth: 16, site: 'DL' })
    // Lower lingual from 46 to 36, then buccal back to 46.
    expect(path[24]).toEqual({ tooth: 46, site: 'DL' })
    expect(path[29]).toEqual({ tooth: 36, site: 'DL' })
    expect(path[30]).toEqual({ tooth: 36, site: 'DB' })
    expect(path[35]).toEqual({ tooth: 46, site: 'DB' })
    // Every site of every tooth exactly once.
    expect(new Set(path.map(({ tooth, site }) => `${tooth}${site}`)).size).toBe(36)
  })
})
