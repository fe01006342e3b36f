import { describe, expect, it } from 'vitest'
import { PERMANENT_TEETH } from '../../../../shared/dental/fdi.ts'
import {
  afterSaved,
  draftFromExam,
  entryPath,
  measurementsBody,
  noChanges,
  type PerioDraft,
  updateTooth,
  withChanged,
} from './perio-draft.ts'
import { applyEntryKey, currentSite, type EntryCursor, moveTo, startCursor } from './perio-entry.ts'

/** Only 16, 11, 36 and 46 present; every other permanent tooth missing. */
function fourTeeth(): PerioDraft {
  const present = [16, 11, 36, 46]
  return draftFromExam({
    teeth: PERMANENT_TEETH.map((tooth) => ({
      tooth,
      missing: !present.includes(tooth),
      implant: false,
      mobility: null,
      furcation: null,
    })),
    sites: [],
    includeImplants: false,
  })
}

function type(draft: PerioDraft, cursor: EntryCursor, keys: string[]) {
  let state = { draft, cursor, changed: [] as string[] }
  for (const key of keys) {
    const result = applyEntryKey(state.draft, state.cursor, key)
    state = {
      draft: result.draft,
      cursor: result.cursor,
      changed: [...state.changed, ...result.changed],
    }
  }
  return state
}

describe('perio entry path', () => {
  it('walks the present teeth in the usual probing order, skipping missing ones', () => {
    const path = entryPath(fourTeeth()).map((s) => `${s.tooth}${s.site}`)
    expect(path).toEqual([
      '16DB', '16B', '16MB', '11DB', '11B', '11MB',
      '11ML', '11L', '11DL', '16ML', '16L', '16DL',
      '46DL', '46L', '46ML', '36ML', '36L', '36DL',
      '36DB', '36B', '36MB', '46MB', '46B', '46DB',
    ]) // biome-ignore format: one row per pass reads like the chart
  })

  it('skips implants unless the exam counts them', () => {
    const draft = updateTooth(fourTeeth(), 11, { implant: true })
    expect(entryPath(draft).some((s) => s.tooth === 11)).toBe(false)
    expect(entryPath({ ...draft, includeImplants: true }).some((s) => s.tooth === 11)).toBe(true)
  })
})

describe('perio keyboard entry', () => {
  it('stores a digit as the pocket depth and moves to the next site', () => {
    const { draft, cursor, changed } = type(fourTeeth(), startCursor, ['3', '2', '4'])
    expect(draft.sites['16:DB']?.ppd).toBe(3)
    expect(draft.sites['16:B']?.ppd).toBe(2)
    expect(draft.sites['16:MB']?.ppd).toBe(4)
    expect(currentSite(draft, cursor)).toEqual({ tooth: 11, site: 'DB' })
    expect(changed).toEqual(['16:DB', '16:B', '16:MB'])
  })

  it('marks bleeding, suppuration and plaque on the site just entered, toggling', () => {
    const { draft } = type(fourTeeth(), startCursor, ['5', 'b', 'S', 'p', '2', 'p', 'p'])
    expect(draft.sites['16:DB']).toMatchObject({ ppd: 5, bleeding: true, suppuration: true })
    expect(draft.sites['16:DB']?.plaque).toBe(true)
    // Pressed twice on the second site: on, then off again.
    expect(draft.sites['16:B']).toMatchObject({ ppd: 2, plaque: false, bleeding: false })
  })

  it('marks the current site when nothing was typed since moving', () => {
    const { draft } = type(fourTeeth(), startCursor, ['ArrowRight', 'b'])
    expect(draft.sites['16:B']?.bleeding).toBe(true)
    expect(draft.sites['16:DB']).toBeUndefined()
  })

  it('enters 10–15 mm with "+" and refuses more than 15', () => {
    let state = type(fourTeeth(), startCursor, ['+', '2'])
    expect(state.draft.sites['16:DB']?.ppd).toBe(12)
    const refused = applyEntryKey(state.draft, { ...state.cursor, prefix: '+' }, '7')
    expect(refused.refused).toBe('out_of_range')
    expect(refused.draft).toBe(state.draft)
    expect(refused.cursor.index).toBe(state.cursor.index)
    state = type(state.draft, refused.cursor, ['1'])
    expect(state.draft.sites['16:B']?.ppd).toBe(1)
  })

  it('enters recession, negative with "-", without touching depths', () => {
    const start = type(fourTeeth(), startCursor, ['3']).draft
    const { draft } = type(start, { ...startCursor, mode: 'recession' }, ['2', '-', '1'])
    expect(draft.sites['16:DB']).toMatchObject({ ppd: 3, recession: 2 })
    expect(draft.sites['16:B']).toMatchObject({ ppd: null, recession: -1 })
    // "-" is not a depth: pocket depth is never negative.
    expect(applyEntryKey(draft, startCursor, '-').handled).toBe(false)
    expect(applyEntryKey(draft, { ...startCursor, mode: 'recession' }, '-').cursor.prefix).toBe('-')
    expect(
      applyEntryKey(draft, { ...startCursor, mode: 'recession', prefix: '-' }, '6').refused,
    ).toBe('out_of_range')
  })

  it('undoes the last value with Backspace and moves by arrows, Home and End', () => {
    let state = type(fourTeeth(), startCursor, ['3', '4', 'Backspace'])
    expect(state.draft.sites['16:B']?.ppd).toBeNull()
    expect(state.draft.sites['16:DB']?.ppd).toBe(3)
    expect(currentSite(state.draft, state.cursor)).toEqual({ tooth: 16, site: 'B' })
    state = type(state.draft, state.cursor, ['End'])
    expect(currentSite(state.draft, state.cursor)).toEqual({ tooth: 46, site: 'DB' })
    state = type(state.draft, state.cursor, ['9', '9'])
    // Past the last site a digit has nowhere to go.
    expect(state.draft.sites['46:DB']?.ppd).toBe(9)
    expect(applyEntryKey(state.draft, state.cursor, '1').refused).toBe('no_site')
    state = type(state.draft, state.cursor, ['Home', 'ArrowLeft'])
    expect(state.cursor.index).toBe(0)
    expect(applyEntryKey(state.draft, state.cursor, 'x').handled).toBe(false)
  })

  it('moves to a clicked site only when it is on the path', () => {
    const draft = fourTeeth()
    expect(currentSite(draft, moveTo(draft, startCursor, '36:L'))).toEqual({ tooth: 36, site: 'L' })
    expect(moveTo(draft, startCursor, '21:B')).toBe(startCursor)
  })
})

describe('perio saves', () => {
  it('sends only the changed sites and teeth, never the sites of a missing tooth', () => {
    const typed = type(fourTeeth(), startCursor, ['3', 'b'])
    let draft = updateTooth(typed.draft, 16, { mobility: 1, furcation: 2 })
    draft = updateTooth(draft, 11, { furcation: 2 })
    let pending = withChanged(noChanges, { sites: typed.changed, teeth: [16, 11] })
    expect(measurementsBody(draft, pending)).toEqual({
      sites: [
        {
          tooth: 16,
          site: 'DB',
          ppd: 3,
          recession: null,
          bleeding: true,
          suppuration: false,
          plaque: false,
        },
      ],
      teeth: [
        // A single-rooted incisor has no furcation to grade.
        { tooth: 11, missing: false, implant: false, mobility: null, furcation: null },
        { tooth: 16, missing: false, implant: false, mobility: 1, furcation: 2 },
      ],
    })
    draft = updateTooth(draft, 16, { missing: true })
    pending = withChanged(pending, { teeth: [16] })
    expect(measurementsBody(draft, pending).sites).toEqual([])
  })

  it("marks a tooth missing or an implant, never both, and clears a missing tooth's sites", () => {
    let draft = type(fourTeeth(), startCursor, ['4']).draft
    draft = updateTooth(draft, 16, { implant: true })
    draft = updateTooth(draft, 16, { missing: true })
    expect(draft.teeth[16]).toMatchObject({ missing: true, implant: false })
    expect(draft.sites['16:DB']).toBeUndefined()
    expect(updateTooth(draft, 16, { implant: true }).teeth[16]).toMatchObject({
      missing: false,
      implant: true,
    })
  })

  it('sends back only the measured fields of what the server gave', () => {
    const draft = draftFromExam({
      teeth: [{ tooth: 26, missing: false, implant: false, mobility: 1, furcation: null }],
      sites: [
        {
          tooth: 26,
          site: 'MB',
          ppd: 5,
          recession: 1,
          bleeding: true,
          suppuration: false,
          plaque: false,
          cal: 6,
        } as never,
      ],
      includeImplants: false,
    })
    const body = measurementsBody(draft, withChanged(noChanges, { sites: ['26:MB'], teeth: [26] }))
    expect(Object.keys(body.sites[0] ?? {})).not.toContain('cal')
    expect(body.sites[0]).toMatchObject({ ppd: 5, recession: 1, bleeding: true })
  })

  it('keeps a change made while the save was on its way', () => {
    const first = type(fourTeeth(), startCursor, ['3', '4'])
    const sent = withChanged(noChanges, { sites: first.changed })
    const later = type(first.draft, first.cursor, ['Backspace', '5', '6'])
    const pending = withChanged(sent, { sites: later.changed })
    const left = afterSaved(pending, sent, first.draft, later.draft)
    expect([...left.sites].sort()).toEqual(['16:B', '16:MB'])
    expect(afterSaved(sent, sent, first.draft, first.draft).sites.size).toBe(0)
  })
})
