import type { Frequency } from './types.ts'

/**
 * How many doses a day each frequency means, for quantities and daily-dose limits.
 * - 1-0-1 style: the count of ones (morning, noon, evening[, night]).
 * - once_a_week: 1/7, so a weekly dose (methotrexate) is not read as a daily one.
 * - sos ("when required"): counted as 3 a day. An SOS line on an Indian prescription is most
 *   often an analgesic "up to thrice a day"; counting 4 would flag diclofenac 50 mg SOS (150 mg
 *   a day is its maximum) on nearly every extraction. The single-dose limit still applies to
 *   each dose. See ADR 0023.
 * - stat: one dose.
 */
export const TIMES_PER_DAY: Readonly<Record<Frequency, number>> = {
  '1-0-0': 1,
  '0-1-0': 1,
  '0-0-1': 1,
  '1-0-1': 2,
  '1-1-0': 2,
  '0-1-1': 2,
  '1-1-1': 3,
  '1-1-1-1': 4,
  every_4_hours: 6,
  every_6_hours: 4,
  every_8_hours: 3,
  every_12_hours: 2,
  once_a_week: 1 / 7,
  sos: 3,
  stat: 1,
}

/** Doses a day for a frequency (see TIMES_PER_DAY for SOS, STAT and weekly). */
export function timesPerDay(frequency: Frequency): number {
  return TIMES_PER_DAY[frequency]
}
