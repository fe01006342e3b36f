import type { FindingKind } from '../../../../shared/contracts/chart.ts'
import { isTooth, type Surface, surfaceCode } from '../../../../shared/dental/fdi.ts'
import type { DraftStatus } from './finding-draft.ts'

/**
 * The chart's keyboard shortcuts, as pure functions of a key press. They are single letters, so
 * (WCAG 2.2 SC 2.1.4, Character Key Shortcuts) they work only while focus is inside the chart
 * workspace, never while typing in a text field, and a switch on screen turns them off. Letter
 * groups never overlap: plain M O I D B L (and F, P as the clinicians' other names for B and L)
 * are surfaces; plain C R X T K S V U are findings; Shift with E, P or C is the status.
 */

export type ChartAction =
  | { type: 'digit'; digit: string }
  | { type: 'surface'; surface: Surface }
  | { type: 'kind'; kind: FindingKind }
  | { type: 'status'; status: DraftStatus }
  | { type: 'save' }
  | { type: 'cancel' }

/** Common findings by letter (the rest are chosen from the list). */
export const KIND_KEYS: Readonly<Record<string, FindingKind>> = {
  C: 'caries',
  R: 'restoration',
  X: 'missing',
  T: 'root_canal_treated',
  K: 'crown',
  S: 'sealant',
  V: 'veneer',
  U: 'unerupted',
}

/** Shift + letter: the status of the finding being charted. */
export const STATUS_KEYS: Readonly<Record<string, DraftStatus>> = {
  E: 'existing',
  P: 'planned',
  C: 'completed',
}

/** Surface letters: the stored codes and their aliases, as shared/dental/fdi.ts reads them. */
export const SURFACE_KEYS = ['M', 'O', 'I', 'D', 'B', 'L', 'F', 'P'] as const

export interface KeyPress {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
}

/** The action a key press asks for, or null for a key the chart leaves alone. */
export function actionFor(press: KeyPress): ChartAction | null {
  // Browser and screen-reader commands use these modifiers: never take them.
  if (press.ctrlKey || press.altKey || press.metaKey) return null
  if (press.key === 'Enter' && !press.shiftKey) return { type: 'save' }
  if (press.key === 'Escape') return { type: 'cancel' }
  if (/^[0-9]$/.test(press.key)) return { type: 'digit', digit: press.key }
  if (press.key.length !== 1) return null
  const letter = press.key.toUpperCase()
  if (press.shiftKey) {
    const status = STATUS_KEYS[letter]
    return status ? { type: 'status', status } : null
  }
  const kind = KIND_KEYS[letter]
  if (kind) return { type: 'kind', kind }
  const surface = (SURFACE_KEYS as readonly string[]).includes(letter)
    ? surfaceCode(letter)
    : undefined
  return surface ? { type: 'surface', surface } : null
}

/**
 * Typing a tooth number: the first digit is kept (a quadrant, 1–8), the second completes the
 * number. A number that is not a tooth is dropped; a digit that cannot start one is ignored.
 */
export function typeToothDigit(
  pending: string,
  digit: string,
): { pending: string; tooth: number | null } {
  if (pending === '') {
    return { pending: /^[1-8]$/.test(digit) ? digit : '', tooth: null }
  }
  const tooth = Number(`${pending}${digit}`)
  return { pending: '', tooth: isTooth(tooth) ? tooth : null }
}

/**
 * Whether a key press belongs to the element it happened in: text fields, lists and the like
 * keep their keys, so shortcuts never steal typing (or a screen reader's form-mode keys).
 */
export function isOwnKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  }
  return false
}
