import type { Translate } from '../../i18n/language-provider.tsx'
import type { MessageKey } from '../../i18n/messages.ts'

// Indexed by the API's weekday, 0 = Sunday.
const weekdayKeys: readonly MessageKey[] = [
  'scheduleSetup.weekday.0',
  'scheduleSetup.weekday.1',
  'scheduleSetup.weekday.2',
  'scheduleSetup.weekday.3',
  'scheduleSetup.weekday.4',
  'scheduleSetup.weekday.5',
  'scheduleSetup.weekday.6',
]

/** "Monday" for weekday 1, in the current language. */
export function weekdayName(t: Translate, weekday: number): string {
  return t(weekdayKeys[weekday] ?? 'scheduleSetup.weekday.0')
}
