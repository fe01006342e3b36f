import { describe, expect, it } from 'vitest'
import { PERMANENT_TEETH } from '../../../../shared/dental/fdi.ts'
import { depthBand, roman, sitesInView, teethInView } from './perio-layout.ts'

describe('perio chart layout', () => {
  it('draws the dentist view: patient right on the left, primary teeth beside their successors', () => {
    expect(teethInView(PERMANENT_TEETH, 'upper')).toEqual([
      18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28,
    ])
    expect(teethInView([...PERMANENT_TEETH, 85], 'lower').slice(0, 5)).toEqual([48, 47, 46, 45, 85])
    expect(teethInView(PERMANENT_TEETH, 'lower').slice(-3)).toEqual([36, 37, 38])
  })

  it('puts the distal site away from the midline', () => {
    expect(sitesInView(16, 'B')).toEqual(['DB', 'B', 'MB'])
    expect(sitesInView(26, 'B')).toEqual(['MB', 'B', 'DB'])
    expect(sitesInView(36, 'L')).toEqual(['ML', 'L', 'DL'])
    expect(sitesInView(46, 'L')).toEqual(['DL', 'L', 'ML'])
  })

  it('bands depths at 4 and 6 mm and writes grades in Roman numerals', () => {
    expect([null, 0, 3, 4, 5, 6, 15].map(depthBand)).toEqual([
      'none',
      'shallow',
      'shallow',
      'moderate',
      'moderate',
      'deep',
      'deep',
    ])
    expect([null, 0, 1, 3, 4].map(roman)).toEqual(['', '0', 'I', 'III', 'IV'])
  })
})
