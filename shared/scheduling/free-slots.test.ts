import { describe, expect, it } from 'vitest'
import { utcToZonedParts, zonedDateTimeToUtc } from './clinic-time.ts'
import { type Busy, type FreeSlotsInput, freeSlots, mergeIntervals } from './free-slots.ts'

// These run under TZ=UTC and TZ=Asia/Kolkata; results must not depend on the machine's zone.

const zone = 'Asia/Kolkata'
const day = '2026-03-16'
const ist = (time: string, date = day) => zonedDateTimeToUtc(date, time, zone)
const booking = (start: string, end: string): Busy => ({ start: ist(start), end: ist(end) })
const starts = (input: Partial<FreeSlotsInput>) =>
  freeSlots({ ...workday, ...input }).map((slot) => utcToZonedParts(slot.start, zone).time)

/** 09:00–13:00 and 14:00–17:00: lunch is the gap between the sessions. */
const workday: FreeSlotsInput = {
  date: day,
  timeZone: zone,
  sessions: [
    { start: '09:00', end: '13:00' },
    { start: '14:00', end: '17:00' },
  ],
  isDayOff: false,
  busy: [],
  durationMinutes: 30,
}

describe('freeSlots on an ordinary day', () => {
  it('offers 15-minute starts in both sessions and nothing across lunch', () => {
    const slots = freeSlots(workday)
    expect(slots).toHaveLength(15 + 11)
    expect(slots[0]).toEqual({ start: ist('09:00'), end: ist('09:30') })
    expect(starts({}).slice(13, 17)).toEqual(['12:15', '12:30', '14:00', '14:15'])
    expect(slots.at(-1)).toEqual({ start: ist('16:30'), end: ist('17:00') })
  })

  it('returns UTC instants (09:00 IST is 03:30Z)', () => {
    expect(freeSlots(workday)[0]?.start.toISOString()).toBe('2026-03-16T03:30:00.000Z')
  })

  it('lets a slot touch a booking but not overlap it by a minute', () => {
    const step = { stepMinutes: 30 }
    const touching = starts({ ...step, busy: [booking('10:00', '10:30')] })
    expect(touching.slice(0, 3)).toEqual(['09:00', '09:30', '10:30'])
    expect(starts({ ...step, busy: [booking('09:59', '10:30')] }).slice(0, 2)).toEqual([
      '09:00',
      '10:30',
    ])
    expect(starts({ ...step, busy: [booking('10:00', '10:31')] }).slice(0, 3)).toEqual([
      '09:00',
      '09:30',
      '11:00',
    ])
  })

  it('blocks both sides of a booking that spans lunch', () => {
    const result = starts({ busy: [booking('12:30', '14:30')] })
    expect(result).toContain('12:00')
    expect(result).not.toContain('12:15')
    expect(result[result.indexOf('12:00') + 1]).toBe('14:30')
  })

  it('returns nothing on a day off', () => {
    expect(freeSlots({ ...workday, isDayOff: true })).toEqual([])
  })

  it('treats partial-day leave like a booking', () => {
    const result = starts({ busy: [booking('13:00', '17:00')] })
    expect(result.at(-1)).toBe('12:30')
    expect(result).toHaveLength(15)
  })

  it('returns nothing when the duration is longer than every session', () => {
    expect(freeSlots({ ...workday, durationMinutes: 241 })).toEqual([])
    expect(starts({ durationMinutes: 240 })).toEqual(['09:00'])
  })

  it('steps by 15 minutes by default, by the duration when shorter, or as asked', () => {
    expect(starts({ durationMinutes: 10 }).slice(0, 3)).toEqual(['09:00', '09:10', '09:20'])
    expect(starts({ durationMinutes: 45 }).slice(0, 3)).toEqual(['09:00', '09:15', '09:30'])
    expect(starts({ stepMinutes: 60 })).toEqual(
      ['09', '10', '11', '12', '14', '15', '16'].map((hour) => `${hour}:00`),
    )
  })

  it('aligns starts to each session start, not to the clock', () => {
    const sessions = [{ start: '09:10', end: '10:00' }]
    expect(starts({ sessions })).toEqual(['09:10', '09:25'])
  })

  it('rounds notBefore up to the next aligned start', () => {
    expect(starts({ notBefore: ist('10:07') })[0]).toBe('10:15')
    expect(starts({ notBefore: ist('10:15') })[0]).toBe('10:15')
    expect(starts({ notBefore: ist('07:00') })[0]).toBe('09:00')
    expect(starts({ notBefore: ist('13:30') })[0]).toBe('14:00')
    expect(starts({ notBefore: ist('16:31') })).toEqual([])
  })

  it('accepts sessions in any order, ending at midnight', () => {
    const sessions = [
      { start: '22:00', end: '24:00' },
      { start: '20:00', end: '21:00' },
    ]
    const result = freeSlots({ ...workday, sessions, durationMinutes: 60, stepMinutes: 60 })
    expect(result.map((slot) => slot.start)).toEqual([ist('20:00'), ist('22:00'), ist('23:00')])
    expect(result.at(-1)?.end).toEqual(ist('00:00', '2026-03-17'))
  })
})

describe('freeSlots across the Asia/Kolkata day boundary', () => {
  const night: FreeSlotsInput = {
    date: '2026-11-24',
    timeZone: zone,
    sessions: [{ start: '00:00', end: '02:00' }],
    isDayOff: false,
    busy: [],
    durationMinutes: 120,
  }
  const utc = (value: string) => new Date(value)

  it('places a 00:00–02:00 IST session on 2026-11-23 18:30Z–20:30Z', () => {
    expect(freeSlots(night)).toEqual([
      { start: utc('2026-11-23T18:30:00Z'), end: utc('2026-11-23T20:30:00Z') },
    ])
  })

  it('is blocked by a booking at 19:00Z on the 23rd, which is 00:30 IST on the 24th', () => {
    const busy = [{ start: utc('2026-11-23T19:00:00Z'), end: utc('2026-11-23T19:30:00Z') }]
    expect(freeSlots({ ...night, busy })).toEqual([])
  })

  it('is not blocked by a booking at 18:00Z, which is 23:30 IST on the 23rd', () => {
    const busy = [{ start: utc('2026-11-23T18:00:00Z'), end: utc('2026-11-23T18:30:00Z') }]
    expect(freeSlots({ ...night, busy })).toHaveLength(1)
  })
})

describe('freeSlots on a daylight-saving day', () => {
  it('counts real elapsed time through a spring-forward gap', () => {
    // 01:00 EST (06:00Z) to 04:00 EDT (08:00Z) is two hours, not three.
    const result = freeSlots({
      date: '2026-03-08',
      timeZone: 'America/New_York',
      sessions: [{ start: '01:00', end: '04:00' }],
      isDayOff: false,
      busy: [],
      durationMinutes: 60,
      stepMinutes: 60,
    })
    expect(result.map((slot) => slot.start.toISOString())).toEqual([
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
    ])
  })
})

describe('mergeIntervals', () => {
  it('sorts and joins overlapping, nested and touching intervals', () => {
    const merged = mergeIntervals([
      booking('11:00', '12:00'),
      booking('09:00', '10:00'),
      booking('09:30', '09:45'),
      booking('10:00', '10:30'),
      booking('11:30', '12:15'),
    ])
    expect(merged).toEqual([booking('09:00', '10:30'), booking('11:00', '12:15')])
  })
})

describe('freeSlots input validation', () => {
  it.each<[string, Partial<FreeSlotsInput>, RegExp]>([
    ['a duration under 5 minutes', { durationMinutes: 4 }, /^durationMinutes: /],
    ['a duration over 480 minutes', { durationMinutes: 481 }, /^durationMinutes: /],
    ['a fractional duration', { durationMinutes: 7.5 }, /^durationMinutes: /],
    ['a zero step', { stepMinutes: 0 }, /^stepMinutes: /],
    [
      'a malformed session time',
      { sessions: [{ start: '9:00', end: '10:00' }] },
      /^sessions\[0\]\.start: /,
    ],
    [
      'a session hour of 25',
      { sessions: [{ start: '09:00', end: '25:00' }] },
      /^sessions\[0\]\.end: /,
    ],
    [
      'a session ending at its start',
      { sessions: [{ start: '10:00', end: '10:00' }] },
      /^sessions\[0\]: end must be after start/,
    ],
    [
      'a session ending before it starts',
      { sessions: [{ start: '11:00', end: '10:00' }] },
      /^sessions\[0\]: /,
    ],
    [
      'overlapping sessions',
      {
        sessions: [
          { start: '09:00', end: '11:00' },
          { start: '10:30', end: '12:00' },
        ],
      },
      /^sessions: must not overlap/,
    ],
    [
      'an empty busy interval',
      { busy: [booking('10:00', '10:00')] },
      /^busy\[0\]: end must be after start/,
    ],
    [
      'an invalid busy date',
      { busy: [{ start: new Date('x'), end: ist('10:00') }] },
      /^busy\[0\]: /,
    ],
    ['an invalid notBefore', { notBefore: new Date('x') }, /^notBefore: /],
    ['a bad date', { date: '2026-02-30', sessions: [] }, /^date: /],
    ['an unknown time zone', { timeZone: 'Asia/Calcutta_Nowhere', sessions: [] }, /^timeZone: /],
  ])('rejects %s with a RangeError', (_name, change, message) => {
    const call = () => freeSlots({ ...workday, ...change })
    expect(call).toThrow(RangeError)
    expect(call).toThrow(message)
    // Validation comes first, so a day off does not hide bad input.
    expect(() => freeSlots({ ...workday, ...change, isDayOff: true })).toThrow(message)
  })
})

// Seeded so a failure reproduces; mulberry32 is a tiny, well-known 32-bit generator.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

describe('freeSlots properties (random busy sets)', () => {
  it('returns exactly the aligned candidates that fit a session and miss every busy interval', () => {
    const next = random(20260316)
    const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
    const minute = 60_000
    const dayStart = ist('00:00').getTime()
    // Sorted layouts (the brute force below keeps their order): lunch gap, touching, odd starts.
    const layouts = [
      workday.sessions,
      [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ],
      [
        { start: '09:10', end: '11:47' },
        { start: '15:05', end: '20:00' },
      ],
      [{ start: '18:00', end: '21:30' }],
    ]
    for (let round = 0; round < 300; round++) {
      const input: FreeSlotsInput = {
        ...workday,
        sessions: layouts[integer(0, layouts.length - 1)] ?? [],
        busy: Array.from({ length: integer(0, 8) }, () => {
          // From 02:00 the day before to 02:00 the day after, so some fall outside the day.
          const start = dayStart + integer(-22 * 60, 24 * 60) * minute
          return { start: new Date(start), end: new Date(start + integer(1, 180) * minute) }
        }),
        durationMinutes: integer(5, 120),
        stepMinutes: next() < 0.3 ? undefined : integer(1, 60),
        notBefore: next() < 0.5 ? undefined : new Date(dayStart + integer(0, 24 * 60) * minute),
      }
      const duration = input.durationMinutes * minute
      const step = (input.stepMinutes ?? Math.min(15, input.durationMinutes)) * minute
      // Brute force: every aligned candidate, checked against the raw (unmerged) busy list.
      const expected: string[] = []
      for (const session of input.sessions) {
        const [start, end] = [ist(session.start).getTime(), ist(session.end).getTime()]
        for (let at = start; at + duration <= end; at += step) {
          const isBusy = input.busy.some(
            (b) => b.start.getTime() < at + duration && at < b.end.getTime(),
          )
          if (!isBusy && at >= (input.notBefore?.getTime() ?? 0))
            expected.push(new Date(at).toISOString())
        }
      }
      const slots = freeSlots(input)
      expect(slots.map((slot) => slot.start.toISOString())).toEqual(expected)
      for (const slot of slots) {
        expect(slot.end.getTime() - slot.start.getTime()).toBe(duration)
      }
    }
  })
})
