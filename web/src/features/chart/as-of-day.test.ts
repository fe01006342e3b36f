import { describe, expect, it } from 'vitest'
import { asOfDay } from './as-of-day.ts'

describe('the chart as of a date', () => {
  const now = new Date('2026-12-05T04:00:00Z') // 09:30 in Kolkata

  it('reads the chart at the end of that clinic day', () => {
    expect(asOfDay('04/12/2026', 'Asia/Kolkata', now)).toEqual({
      asOf: { date: '2026-12-04', instant: '2026-12-04T18:30:00.000Z' },
    })
  })

  it('refuses dates that are not dates, and the future', () => {
    expect(asOfDay('31/02/2026', 'Asia/Kolkata', now)).toEqual({ error: 'invalid' })
    expect(asOfDay('2026-12-04', 'Asia/Kolkata', now)).toEqual({ error: 'invalid' })
    expect(asOfDay('06/12/2026', 'Asia/Kolkata', now)).toEqual({ error: 'future' })
    expect(asOfDay('05/12/2026', 'Asia/Kolkata', now)).toMatchObject({
      asOf: { date: '2026-12-05' },
    })
  })
})
