import { describe, expect, it } from 'vitest'
import {
  addDays,
  clockTimeToMinutes,
  dayBoundsUtc,
  utcToZonedParts,
  weekdayOf,
  zonedDateTimeToUtc,
} from './clinic-time.ts'

// These run under TZ=UTC and TZ=Asia/Kolkata; results must not depend on the machine's zone.

const iso = (date: Date) => date.toISOString()
const hoursBetween = ({ start, end }: { start: Date; end: Date }) =>
  (end.getTime() - start.getTime()) / 3_600_000

describe('Asia/Kolkata (UTC+05:30, no DST)', () => {
  it('puts local midnight on the 24th at 18:30Z on the 23rd', () => {
    expect(iso(zonedDateTimeToUtc('2026-11-24', '00:00', 'Asia/Kolkata'))).toBe(
      '2026-11-23T18:30:00.000Z',
    )
    expect(iso(zonedDateTimeToUtc('2026-11-24', '02:00', 'Asia/Kolkata'))).toBe(
      '2026-11-23T20:30:00.000Z',
    )
  })

  it('reads instants either side of the IST day boundary as different days', () => {
    expect(utcToZonedParts(new Date('2026-11-23T19:00:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2026-11-24',
      time: '00:30',
      weekday: 2,
    })
    expect(utcToZonedParts(new Date('2026-11-23T18:00:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2026-11-23',
      time: '23:30',
      weekday: 1,
    })
  })

  it('has 24-hour days and treats 24:00 as the next midnight', () => {
    const bounds = dayBoundsUtc('2026-11-24', 'Asia/Kolkata')
    expect(iso(bounds.start)).toBe('2026-11-23T18:30:00.000Z')
    expect(iso(bounds.end)).toBe('2026-11-24T18:30:00.000Z')
    expect(zonedDateTimeToUtc('2026-11-24', '24:00', 'Asia/Kolkata')).toEqual(bounds.end)
  })

  it('round-trips every quarter hour of a day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
      const instant = zonedDateTimeToUtc('2026-02-28', time, 'Asia/Kolkata')
      expect(utcToZonedParts(instant, 'Asia/Kolkata')).toMatchObject({ date: '2026-02-28', time })
    }
  })
})

describe('zones with daylight saving time', () => {
  it('gives a 23-hour spring-forward day and a 25-hour fall-back day in New York', () => {
    const spring = dayBoundsUtc('2026-03-08', 'America/New_York')
    expect([iso(spring.start), iso(spring.end)]).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
    ])
    expect(hoursBetween(spring)).toBe(23)
    expect(hoursBetween(dayBoundsUtc('2026-11-01', 'America/New_York'))).toBe(25)
    expect(hoursBetween(dayBoundsUtc('2026-07-01', 'America/New_York'))).toBe(24)
  })

  it('gives 23- and 25-hour days in London', () => {
    expect(hoursBetween(dayBoundsUtc('2026-03-29', 'Europe/London'))).toBe(23)
    expect(hoursBetween(dayBoundsUtc('2026-10-25', 'Europe/London'))).toBe(25)
  })

  it('moves a time in the spring-forward gap forward by the gap', () => {
    const instant = zonedDateTimeToUtc('2026-03-08', '02:30', 'America/New_York')
    expect(iso(instant)).toBe('2026-03-08T07:30:00.000Z')
    expect(utcToZonedParts(instant, 'America/New_York').time).toBe('03:30')
    expect(iso(zonedDateTimeToUtc('2026-03-29', '01:30', 'Europe/London'))).toBe(
      '2026-03-29T01:30:00.000Z',
    )
  })

  it('takes the first of a repeated fall-back time', () => {
    expect(iso(zonedDateTimeToUtc('2026-11-01', '01:30', 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    )
    expect(iso(zonedDateTimeToUtc('2026-10-25', '01:30', 'Europe/London'))).toBe(
      '2026-10-25T00:30:00.000Z',
    )
  })

  it('uses the right offset on either side of a change', () => {
    expect(iso(zonedDateTimeToUtc('2026-03-08', '01:59', 'America/New_York'))).toBe(
      '2026-03-08T06:59:00.000Z',
    )
    expect(iso(zonedDateTimeToUtc('2026-03-08', '03:00', 'America/New_York'))).toBe(
      '2026-03-08T07:00:00.000Z',
    )
    expect(iso(zonedDateTimeToUtc('2026-11-01', '02:00', 'America/New_York'))).toBe(
      '2026-11-01T07:00:00.000Z',
    )
  })
})

describe('calendar helpers', () => {
  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
  })

  it('reads HH:MM as minutes after midnight, up to 24:00', () => {
    expect(clockTimeToMinutes('00:00')).toBe(0)
    expect(clockTimeToMinutes('09:10')).toBe(550)
    expect(clockTimeToMinutes('24:00')).toBe(1440)
  })
})

describe('input validation', () => {
  it.each(['2026-02-30', '2026-2-01', '26-01-01', '2026-13-01', ''])(
    'rejects the date %j',
    (date) => expect(() => zonedDateTimeToUtc(date, '00:00', 'UTC')).toThrow(/^date: /),
  )

  it.each(['9:00', '24:01', '12:60', '25:00', '12:00:00'])('rejects the time %j', (time) =>
    expect(() => zonedDateTimeToUtc('2026-01-01', time, 'UTC')).toThrow(/^time: /),
  )

  it('rejects an unknown time zone and an invalid instant', () => {
    expect(() => dayBoundsUtc('2026-01-01', 'Mars/Olympus')).toThrow(/^timeZone: /)
    expect(() => utcToZonedParts(new Date('nope'), 'UTC')).toThrow(RangeError)
  })
})

describe('weekdayOf', () => {
  it('names the weekday of a calendar date, whatever the machine’s zone', () => {
    expect(weekdayOf('2026-11-22')).toBe(0)
    expect(weekdayOf('2026-11-24')).toBe(2)
    expect(weekdayOf('2028-02-29')).toBe(2)
  })
})
