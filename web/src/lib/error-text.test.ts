import { describe, expect, it } from 'vitest'
import {
  type ErrorReason,
  errorReasons,
  fillText,
  placeholdersOf,
} from '../../../shared/errors/reasons.ts'
import { enErrors } from '../i18n/en/errors.ts'
import { hiErrors } from '../i18n/hi/errors.ts'
import type { Translate } from '../i18n/language-provider.tsx'
import { catalogues, type Language } from '../i18n/messages.ts'
import { ApiError, toApiError } from './api.ts'
import { errorText, issueText } from './error-text.ts'

const reasons = Object.keys(errorReasons) as ErrorReason[]

/** The provider's translate function for one language, without React. */
const translator =
  (language: Language): Translate =>
  (key, params) =>
    fillText(catalogues[language][key], params ?? {})

const refusal = (status: number, error: object) =>
  toApiError(status, { error: { requestId: 'r', message: 'The server’s English', ...error } })

describe('error catalogues', () => {
  it('have an English and a Hindi text for every reason, and nothing else', () => {
    const keys = reasons.map((reason) => `reason.${reason}`).sort()
    expect(Object.keys(enErrors).sort()).toEqual(keys)
    expect(Object.keys(hiErrors).sort()).toEqual(keys)
    for (const key of keys) {
      expect(enErrors[key as keyof typeof enErrors].trim(), key).not.toBe('')
      expect(hiErrors[key as keyof typeof hiErrors].trim(), key).not.toBe('')
    }
  })

  it('use exactly the placeholders of the reason’s parameters', () => {
    for (const reason of reasons) {
      const expected = placeholdersOf(errorReasons[reason])
      expect(placeholdersOf(enErrors[`reason.${reason}`]), `en ${reason}`).toEqual(expected)
      expect(placeholdersOf(hiErrors[`reason.${reason}`]), `hi ${reason}`).toEqual(expected)
    }
  })

  it('say Hindi in Devanagari, not the English again', () => {
    for (const reason of reasons) {
      expect(hiErrors[`reason.${reason}`], reason).toMatch(/[\u0900-\u097F]/)
    }
  })
})

describe('errorText', () => {
  const hi = translator('hi')
  const en = translator('en')

  it('says a refusal in the current language with its parameters, never the server’s words', () => {
    const error = refusal(409, {
      code: 'conflict',
      reason: 'appointment.doctor_busy',
      params: { from: '10:00', to: '10:30' },
    })
    expect(errorText(error, hi)).toBe('डॉक्टर का 10:00 से 10:30 तक पहले से एक अपॉइंटमेंट है')
    expect(errorText(error, en)).toBe('The doctor already has an appointment from 10:00 to 10:30')
  })

  it('translates appointment statuses given as parameters', () => {
    const error = refusal(409, {
      code: 'conflict',
      reason: 'appointment.status_not_next',
      params: { from: 'in_treatment', to: 'no_show' },
    })
    expect(errorText(error, en)).toBe('An appointment that is in treatment cannot become no-show')
  })

  it('says a field issue under its field, and names a field that is not on the screen', () => {
    const error = refusal(400, {
      code: 'validation_failed',
      reason: 'field.too_long',
      params: { maximum: 500 },
      field: 'notes',
      issues: [
        { field: 'notes', reason: 'field.too_long', params: { maximum: 500 }, message: 'x' },
      ],
    })
    expect(issueText(error.issues[0] ?? { field: '', message: '' }, hi)).toBe(
      'अधिकतम 500 अक्षर हो सकते हैं',
    )
    expect(errorText(error, en)).toBe('notes: Must be at most 500 characters')
  })

  it('falls back to its own words for an unknown reason, a server failure or the network', () => {
    const unknown = refusal(409, { code: 'conflict', reason: 'no.such_reason', params: {} })
    expect(errorText(unknown, en)).toBe(en('reason.request.invalid'))
    expect(errorText(refusal(500, { code: 'internal', reason: 'server.internal' }), hi)).toBe(
      hi('error.server'),
    )
    expect(errorText(new ApiError(0, 'network', 'network'), hi)).toBe(hi('error.network'))
    expect(errorText(new Error('bug'), en)).toBe(en('error.server'))
  })
})
