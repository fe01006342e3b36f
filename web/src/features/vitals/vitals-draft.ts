import type { NewVitals } from '../../../../shared/contracts/vitals.ts'
import {
  FIELD_LIMITS,
  type GlucoseContext,
  VITALS_FIELDS,
  type VitalsField,
} from './vitals-fields.ts'

/** What the form holds: each measurement as typed, and the glucose context as chosen. */
export type VitalsDraft = Record<VitalsField, string> & { glucoseContext: GlucoseContext | '' }

export const emptyDraft: VitalsDraft = {
  systolic: '',
  diastolic: '',
  pulse: '',
  temperatureC: '',
  spo2: '',
  weightKg: '',
  heightCm: '',
  glucoseMgDl: '',
  glucoseContext: '',
}

/** A typed number, or undefined when left blank; NaN when it is not a plain number. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  // Plain decimal notation only: "1e2" or "0x1F" would be numbers to JavaScript, not to a nurse.
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

export interface DraftMessages {
  notNumber: string
  notWhole: string
}

/**
 * What the screen refuses before sending: text that is not a number, or a fraction where the
 * measure is whole. Limits and pairings (both pressures, glucose with its context) are the
 * server's to judge; its 400 names the field and is shown under it, so the rule lives in one place.
 */
export function validateDraft(draft: VitalsDraft, messages: DraftMessages): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of VITALS_FIELDS) {
    const value = readNumber(draft[field])
    if (value === undefined) continue
    if (Number.isNaN(value)) errors[field] = messages.notNumber
    else if (FIELD_LIMITS[field].isWhole && !Number.isInteger(value)) {
      errors[field] = messages.notWhole
    }
  }
  return errors
}

/** The request body: only what was typed (a blank is "not measured"), as numbers. */
export function bodyFromDraft(draft: VitalsDraft): NewVitals {
  const body: Record<string, number | string> = {}
  for (const field of VITALS_FIELDS) {
    const value = readNumber(draft[field])
    if (value !== undefined) body[field] = value
  }
  if (draft.glucoseContext !== '') body.glucoseContext = draft.glucoseContext
  return body as NewVitals
}
