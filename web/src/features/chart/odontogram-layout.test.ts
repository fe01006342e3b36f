import { describe, expect, it } from 'vitest'
import {
  columnOf,
  dentitionShowing,
  neighbour,
  rowsFor,
  surfaceRegions,
} from './odontogram-layout.ts'

describe('the odontogram layout (dentist’s view)', () => {
  it('puts the patient’s right on the chart’s left, upper arch first', () => {
    const [upper, lower] = rowsFor('permanent')
    expect(upper).toEqual([18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28])
    expect(lower).toEqual([48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38])
  })

  it('lines primary teeth up under the teeth that replace them, and shows both in mixed dentition', () => {
    expect(rowsFor('primary')[0]).toEqual([55, 54, 53, 52, 51, 61, 62, 63, 64, 65])
    expect(columnOf(55)).toBe(columnOf(15))
    expect(columnOf(85)).toBe(columnOf(45))
    expect(rowsFor('mixed').map((row) => row.length)).toEqual([16, 10, 10, 16])
    // A retained 85 among 41–48 switches a permanent chart to mixed.
    expect(dentitionShowing([41, 46, 85], 'permanent')).toBe('mixed')
    expect(dentitionShowing([41, 46], 'permanent')).toBe('permanent')
  })

  it('draws mesial towards the midline and buccal towards the lips', () => {
    expect(surfaceRegions(16)).toEqual({
      top: 'B',
      bottom: 'L',
      left: 'D',
      right: 'M',
      centre: 'O',
    })
    expect(surfaceRegions(26)).toMatchObject({ left: 'M', right: 'D' })
    expect(surfaceRegions(46)).toMatchObject({ top: 'L', bottom: 'B', left: 'D', right: 'M' })
    expect(surfaceRegions(11).centre).toBe('I')
  })

  it('moves with the arrow keys along a row and to the nearest tooth above or below', () => {
    const rows = rowsFor('mixed')
    expect(neighbour(rows, 11, 'right')).toBe(21)
    expect(neighbour(rows, 18, 'left')).toBe(18)
    expect(neighbour(rows, 15, 'down')).toBe(55)
    expect(neighbour(rows, 18, 'down')).toBe(55)
    expect(neighbour(rows, 85, 'down')).toBe(45)
    expect(neighbour(rows, 48, 'down')).toBe(48)
  })
})
