import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { inSendingOrder, readReminder, reminderParts, reminderText } from './reminder-time.ts'

const t: Translate = (key, params) =>
  en[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => params?.[name] ?? placeholder)

describe('reminder timings', () => {
  it('reads the day before as 24 hours, longer whole days as days, and the rest as said', () => {
    expect(reminderText(1440, t)).toBe('24 hours before')
    expect(reminderText(120, t)).toBe('2 hours before')
    expect(reminderText(60, t)).toBe('1 hour before')
    expect(reminderText(2880, t)).toBe('2 days before')
    expect(reminderText(10_080, t)).toBe('7 days before')
    expect(reminderText(90, t)).toBe('90 minutes before')
    expect(reminderParts(1500)).toEqual({ amount: 25, unit: 'hours' })
  })

  it('turns a typed amount into minutes within 5 minutes and 7 days', () => {
    expect(readReminder('3', 'hours', [])).toEqual({ minutes: 180 })
    expect(readReminder(' 7 ', 'days', [])).toEqual({ minutes: 10_080 })
    expect(readReminder('4', 'minutes', [])).toEqual({ problem: 'too_soon' })
    expect(readReminder('8', 'days', [])).toEqual({ problem: 'too_early' })
    expect(readReminder('2.5', 'hours', [])).toEqual({ problem: 'not_number' })
    expect(readReminder('', 'hours', [])).toEqual({ problem: 'not_number' })
    expect(readReminder('24', 'hours', [1440])).toEqual({ problem: 'duplicate' })
  })

  it('lists the earliest reminder first', () => {
    expect(inSendingOrder([120, 1440, 30])).toEqual([1440, 120, 30])
  })
})
