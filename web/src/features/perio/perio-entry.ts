import type { PerioSite } from '../../../../shared/dental/fdi.ts'
import {
  blankSite,
  entryPath,
  type PerioDraft,
  type SiteKey,
  siteKey,
  updateSite,
} from './perio-draft.ts'

/**
 * Keyboard entry at the chair: the assistant calls out numbers while the dentist probes, so one
 * key per site. A digit stores the pocket depth (or recession) of the current site and moves on
 * along the probing path; B, S and P mark bleeding, suppuration and plaque on the site just
 * entered (they are seen after the probe leaves the pocket). Depths of 10–15 mm are rare: "+"
 * then a digit adds ten. Recession coronal to the CEJ is "-" then a digit.
 */
export type EntryMode = 'ppd' | 'recession'

export interface EntryCursor {
  /** Index into the probing path; path.length means "past the last site". */
  index: number
  mode: EntryMode
  /** The site whose value was typed last, which B/S/P mark; null after moving by hand. */
  lastEntered: SiteKey | null
  /** A pending "+" (add ten) or "-" (coronal recession) waiting for its digit. */
  prefix: '+' | '-' | null
}

export const startCursor: EntryCursor = { index: 0, mode: 'ppd', lastEntered: null, prefix: null }

export interface EntryResult {
  draft: PerioDraft
  cursor: EntryCursor
  /** The sites whose values changed (to be saved). */
  changed: SiteKey[]
  /** Whether the key meant something here (the caller then prevents its default). */
  handled: boolean
  /** A key that cannot apply here (e.g. "+9" is 19 mm): the screen says why. */
  refused?: 'out_of_range' | 'no_site'
}

const MARKS = { b: 'bleeding', s: 'suppuration', p: 'plaque' } as const

const LIMITS: Record<EntryMode, { min: number; max: number }> = {
  ppd: { min: 0, max: 15 },
  recession: { min: -5, max: 15 },
}

export function currentSite(
  draft: PerioDraft,
  cursor: EntryCursor,
): { tooth: number; site: PerioSite } | null {
  return entryPath(draft)[cursor.index] ?? null
}

function blankSiteOf(key: SiteKey) {
  const [tooth, site] = key.split(':') as [string, PerioSite]
  return blankSite(Number(tooth), site)
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(index, length))
}

/** Moves the cursor to a site (a click on the grid), forgetting the last entry and any prefix. */
export function moveTo(draft: PerioDraft, cursor: EntryCursor, key: SiteKey): EntryCursor {
  const index = entryPath(draft).findIndex((step) => siteKey(step.tooth, step.site) === key)
  if (index < 0) return cursor
  return { ...cursor, index, lastEntered: null, prefix: null }
}

/** The cursor still on a probed site after teeth were marked missing or present. */
export function keepOnPath(draft: PerioDraft, cursor: EntryCursor): EntryCursor {
  return { ...cursor, index: clampIndex(cursor.index, entryPath(draft).length) }
}

/**
 * What a key does at the cursor. `key` is KeyboardEvent.key; modifier combinations are left to
 * the browser by the caller (Ctrl+S, Tab, and so on).
 */
export function applyEntryKey(draft: PerioDraft, cursor: EntryCursor, key: string): EntryResult {
  const path = entryPath(draft)
  const unchanged = { draft, cursor, changed: [], handled: true }
  const here = path[cursor.index]
  const lower = key.toLowerCase()

  if (/^[0-9]$/.test(key)) {
    if (!here) return { ...unchanged, cursor: { ...cursor, prefix: null }, refused: 'no_site' }
    const digit = Number(key)
    const value = cursor.prefix === '+' ? 10 + digit : cursor.prefix === '-' ? -digit : digit
    const { min, max } = LIMITS[cursor.mode]
    if (value < min || value > max) {
      return { ...unchanged, cursor: { ...cursor, prefix: null }, refused: 'out_of_range' }
    }
    const entered = siteKey(here.tooth, here.site)
    const patch = cursor.mode === 'ppd' ? { ppd: value } : { recession: value }
    return {
      draft: updateSite(draft, entered, patch),
      cursor: {
        ...cursor,
        index: clampIndex(cursor.index + 1, path.length),
        lastEntered: entered,
        prefix: null,
      },
      changed: [entered],
      handled: true,
    }
  }
  if (key === '+' || (key === '-' && cursor.mode === 'recession')) {
    return { ...unchanged, cursor: { ...cursor, prefix: key } }
  }
  if (lower === 'b' || lower === 's' || lower === 'p') {
    const target = cursor.lastEntered ?? (here ? siteKey(here.tooth, here.site) : null)
    if (!target) return { ...unchanged, refused: 'no_site' }
    const site = draft.sites[target] ?? blankSiteOf(target)
    const mark = MARKS[lower]
    return {
      draft: updateSite(draft, target, { [mark]: !site[mark] }),
      cursor: { ...cursor, prefix: null },
      changed: [target],
      handled: true,
    }
  }
  const moved = (index: number): EntryResult => ({
    ...unchanged,
    cursor: { ...cursor, index: clampIndex(index, path.length), lastEntered: null, prefix: null },
  })
  switch (key) {
    case 'ArrowRight':
    case ' ':
      return moved(cursor.index + 1)
    case 'ArrowLeft':
      return moved(cursor.index - 1)
    case 'Home':
      return moved(0)
    case 'End':
      return moved(path.length - 1)
    case 'Backspace': {
      // Undo the last value: step back to the previous site and clear what was typed there.
      const index = clampIndex(cursor.index - 1, path.length)
      const back = path[index]
      if (!back || cursor.index === 0) return moved(0)
      const cleared = siteKey(back.tooth, back.site)
      const patch = cursor.mode === 'ppd' ? { ppd: null } : { recession: null }
      return {
        draft: updateSite(draft, cleared, patch),
        cursor: { ...cursor, index, lastEntered: null, prefix: null },
        changed: [cleared],
        handled: true,
      }
    }
    case 'Escape':
      return { ...unchanged, cursor: { ...cursor, prefix: null } }
    default:
      return { ...unchanged, handled: false }
  }
}
