import type { Translate } from '../../i18n/language-provider.tsx'

// Reminder timings are kept in minutes before the appointment (MessagingSettingsSchema:
// 5 to 10,080, up to four) and shown the way a clinic says them: "24 hours before", "2 days
// before", "90 minutes before".

export const REMINDER_UNITS = ['minutes', 'hours', 'days'] as const
export type ReminderUnit = (typeof REMINDER_UNITS)[number]

export const MIN_REMINDER_MINUTES = 5
export const MAX_REMINDER_MINUTES = 7 * 24 * 60
export const MAX_REMINDERS = 4

const MINUTES_IN: Record<ReminderUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 }

/** 1440 → 24 hours (as a day-before reminder is said), 2880 → 2 days, 90 → 90 minutes. */
export function reminderParts(minutes: number): { amount: number; unit: ReminderUnit } {
  if (minutes % MINUTES_IN.days === 0 && minutes >= 2 * MINUTES_IN.days) {
    return { amount: minutes / MINUTES_IN.days, unit: 'days' }
  }
  if (minutes % MINUTES_IN.hours === 0) return { amount: minutes / MINUTES_IN.hours, unit: 'hours' }
  return { amount: minutes, unit: 'minutes' }
}

/** "24 hours before", in the current language. */
export function reminderText(minutes: number, t: Translate): string {
  const { amount, unit } = reminderParts(minutes)
  if (unit === 'hours' && amount === 1) return t('messaging.before.hour')
  return t(`messaging.before.${unit}`, { count: String(amount) })
}

export type ReminderProblem = 'not_number' | 'too_soon' | 'too_early' | 'duplicate'

/** The minutes a typed amount and unit make, or why they cannot be a reminder. */
export function readReminder(
  amount: string,
  unit: ReminderUnit,
  existing: readonly number[],
): { minutes: number } | { problem: ReminderProblem } {
  const text = amount.trim()
  if (!/^\d{1,5}$/.test(text)) return { problem: 'not_number' }
  const minutes = Number(text) * MINUTES_IN[unit]
  if (minutes < MIN_REMINDER_MINUTES) return { problem: 'too_soon' }
  if (minutes > MAX_REMINDER_MINUTES) return { problem: 'too_early' }
  if (existing.includes(minutes)) return { problem: 'duplicate' }
  return { minutes }
}

/** Earliest first, as they reach the patient: 1 day before, then 2 hours before. */
export function inSendingOrder(minutes: readonly number[]): number[] {
  return [...minutes].sort((a, b) => b - a)
}
