import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../../shared/contracts/chart.ts'
import { PERMANENT_TEETH, PRIMARY_TEETH } from '../../../../shared/dental/fdi.ts'
import { en } from '../../i18n/en.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { describeTooth, marksOf, toothName, visibleTeeth } from './chart-marks.ts'

const t: Translate = (key, params) =>
  en[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => params?.[name] ?? placeholder)

let sequence = 0
function finding(change: Partial<Finding>): Finding {
  sequence += 1
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    tooth: 16,
    kind: 'caries',
    surfaces: [],
    material: null,
    mobilityGrade: null,
    recessionMm: null,
    status: 'existing',
    note: null,
    recordedAt: '2026-12-01T05:00:00.000Z',
    recordedBy: 'Dr. Asha Rao',
    completedAt: null,
    completedBy: null,
    supersedesId: null,
    supersededAt: null,
    supersededBy: null,
    supersededReason: null,
    ...change,
  }
}

describe('what the odontogram draws', () => {
  it('fills surfaces by status, crosses missing teeth and codes whole-tooth findings', () => {
    const marks = marksOf(
      [
        finding({ tooth: 16, kind: 'caries', surfaces: ['M', 'O'], status: 'planned' }),
        finding({ tooth: 16, kind: 'restoration', surfaces: ['O'], status: 'completed' }),
        finding({ tooth: 46, kind: 'missing' }),
        finding({ tooth: 36, kind: 'root_canal_treated', status: 'completed' }),
        finding({ tooth: 31, kind: 'mobility', mobilityGrade: 2 }),
        finding({ tooth: 48, kind: 'missing', status: 'planned' }),
        finding({ tooth: 36, kind: 'note', note: 'Sensitive to cold' }),
        finding({ tooth: 36, kind: 'note', note: 'Patient wants it saved' }),
      ],
      t,
    )
    // The later finding on O decides its fill.
    expect(marks.get(16)?.surfaces).toEqual({ M: 'planned', O: 'completed' })
    expect(marks.get(46)?.isMissing).toBe(true)
    // Two notes: one mark.
    expect(marks.get(36)?.codes).toEqual([
      { code: 'RCT', status: 'completed' },
      { code: 'N', status: 'existing' },
    ])
    expect(marks.get(31)?.codes).toEqual([{ code: 'Mob II', status: 'existing' }])
    // A planned extraction is not drawn as missing yet.
    expect(marks.get(48)).toEqual({
      surfaces: {},
      codes: [{ code: 'Ext', status: 'planned' }],
      isMissing: false,
    })
  })

  it('names each tooth with its findings in words', () => {
    const findings = [
      finding({ tooth: 16, kind: 'caries', surfaces: ['M', 'O'], status: 'planned' }),
    ]
    expect(describeTooth(16, findings, t)).toBe('16 upper right first molar: Caries MO, planned')
    expect(describeTooth(85, findings, t)).toBe('85 lower right primary second molar: no findings')
    expect(toothName(21, t)).toBe('upper left central incisor')
  })
})

describe('which teeth are drawn', () => {
  it('shows a whole dentition, and a retained primary tooth among the permanent ones', () => {
    const permanent = visibleTeeth('permanent', new Set([16]), new Set())
    expect(permanent.dentition).toBe('permanent')
    expect(permanent.teeth).toEqual(new Set(PERMANENT_TEETH))
    const retained = visibleTeeth('permanent', new Set([16, 85]), new Set())
    expect(retained.dentition).toBe('mixed')
    expect([...retained.teeth].filter((tooth) => tooth > 50)).toEqual([85])
    const marked = visibleTeeth('mixed', new Set(), new Set([75]))
    expect(marked.dentition).toBe('mixed')
    expect([...marked.teeth].filter((tooth) => tooth > 50)).toEqual([75])
    const child = visibleTeeth('primary', new Set([36]), new Set())
    expect(child.dentition).toBe('mixed')
    expect(child.teeth).toEqual(new Set([...PRIMARY_TEETH, 36]))
  })
})
