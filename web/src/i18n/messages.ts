import { en } from './en.ts'
import { hi } from './hi.ts'

export type MessageKey = keyof typeof en

// Every catalogue must have exactly the English keys: a missing or misspelt Hindi key is a
// type error, not a blank label at the reception desk.
export type Messages = Record<MessageKey, string>

export const languages = ['en', 'hi'] as const
export type Language = (typeof languages)[number]

// Each language is offered in its own script so people can find theirs whatever is selected.
export const languageNames: Record<Language, string> = { en: 'English', hi: 'हिन्दी' }

export const catalogues: Record<Language, Messages> = { en, hi }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}
