import { describe, expect, it } from 'vitest'
import { context, rx } from '../test-fixtures.ts'
import { scheduleWarnings } from './schedule.ts'

const run = (code: string) => scheduleWarnings(context([rx(code)]))

describe('schedule flags', () => {
  it('Schedule H1 is information, without an override', () => {
    expect(run('cefixime')).toEqual([
      {
        id: 'schedule_h1:cefixime',
        kind: 'schedule_h1',
        severity: 'info',
        lines: [0],
        params: { drug: 'cefixime' },
        source: 'gsr_588e_2013',
        needsOverride: false,
      },
    ])
  })

  it('tramadol is H1 and an NDPS psychotropic, both at info level', () => {
    expect(
      run('tramadol').map((warning) => [warning.kind, warning.severity, warning.needsOverride]),
    ).toEqual([
      ['schedule_h1', 'info', false],
      ['narcotic', 'info', false],
    ])
  })

  it('an NDPS narcotic needs a confirmed reason', () => {
    expect(run('codeine')).toEqual([
      expect.objectContaining({
        id: 'narcotic:codeine',
        kind: 'narcotic',
        severity: 'moderate',
        needsOverride: true,
        params: { drug: 'codeine', ndps: 'narcotic' },
      }),
    ])
  })

  it('Schedule X needs a confirmed reason', () => {
    expect(run('methylphenidate').map((warning) => warning.id)).toEqual([
      'schedule_x:methylphenidate',
      'narcotic:methylphenidate',
    ])
    expect(run('methylphenidate')[0]).toMatchObject({ severity: 'moderate', needsOverride: true })
  })

  it.each(['amoxicillin', 'paracetamol', 'clonazepam'])('%s has no schedule H1/X flag', (code) => {
    expect(run(code).filter((warning) => warning.kind !== 'narcotic')).toEqual([])
  })
})
