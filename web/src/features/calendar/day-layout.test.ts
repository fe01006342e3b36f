import { describe, expect, it } from 'vitest'
import {
  axisFor,
  defaultAxis,
  isOneLineBlock,
  layoutColumn,
  rowCount,
  rowLine,
} from './day-layout.ts'

const at = (hours: number, minutes = 0) => hours * 60 + minutes
const span = (id: string, start: number, end: number) => ({ id, start, end })
const place = (items: ReturnType<typeof span>[]) =>
  layoutColumn(items, (item) => item, defaultAxis).map(
    ({ item, rowStart, rowEnd, lane, lanes }) => ({
      id: item.id,
      rowStart,
      rowEnd,
      lane,
      lanes,
    }),
  )

describe('grid rows', () => {
  it('has one 5-minute row per 5 minutes of the 08:00–21:00 axis', () => {
    expect(rowCount(defaultAxis)).toBe(156)
    expect(rowLine(at(8), defaultAxis)).toBe(1)
    expect(rowLine(at(10), defaultAxis)).toBe(25)
    expect(rowLine(at(10, 15), defaultAxis)).toBe(28)
    expect(rowLine(at(21), defaultAxis)).toBe(157)
  })

  it('clamps times outside the axis to its ends', () => {
    expect(rowLine(at(6), defaultAxis)).toBe(1)
    expect(rowLine(at(23), defaultAxis)).toBe(157)
  })

  it('widens the axis to whole hours around early and late appointments', () => {
    expect(
      axisFor([
        { start: at(7, 30), end: at(8) },
        { start: at(21), end: at(21, 10) },
      ]),
    ).toEqual({
      start: at(7),
      end: at(22),
    })
    expect(axisFor([])).toEqual(defaultAxis)
  })
})

describe('layoutColumn', () => {
  it('places a 10:00–10:30 block on rows 25 to 31, full width', () => {
    expect(place([span('a', at(10), at(10, 30))])).toEqual([
      { id: 'a', rowStart: 25, rowEnd: 31, lane: 0, lanes: 1 },
    ])
  })

  it('puts overlapping blocks side by side, earliest on the left', () => {
    const placed = place([span('b', at(10, 15), at(10, 45)), span('a', at(10), at(10, 30))])
    expect(placed.map(({ id, lane, lanes }) => ({ id, lane, lanes }))).toEqual([
      { id: 'a', lane: 0, lanes: 2 },
      { id: 'b', lane: 1, lanes: 2 },
    ])
  })

  it('lets blocks that only touch keep the full width', () => {
    const placed = place([span('a', at(10), at(10, 30)), span('b', at(10, 30), at(11))])
    expect(placed.map(({ lane, lanes }) => [lane, lanes])).toEqual([
      [0, 1],
      [0, 1],
    ])
  })

  it('reuses a free lane within a group of overlaps', () => {
    // a overlaps b and c; b ends before c starts, so c takes b's lane: two lanes, not three.
    const placed = place([
      span('a', at(9), at(11)),
      span('b', at(9), at(9, 30)),
      span('c', at(10), at(10, 30)),
    ])
    expect(placed.map(({ id, lane, lanes }) => `${id}:${lane}/${lanes}`)).toEqual([
      'a:0/2',
      'b:1/2',
      'c:1/2',
    ])
  })

  it('gives a very short block at least one row', () => {
    expect(place([span('a', at(10), at(10, 2))])[0]).toMatchObject({ rowStart: 25, rowEnd: 26 })
  })
})

describe('one-line blocks', () => {
  it('gives blocks under 30 minutes one line, so the patient’s name goes on it', () => {
    const [fifteen, twentyFive, thirty] = layoutColumn(
      [span('a', at(9), at(9, 15)), span('b', at(10), at(10, 25)), span('c', at(11), at(11, 30))],
      (item) => item,
      defaultAxis,
    )
    expect(fifteen && isOneLineBlock(fifteen)).toBe(true)
    expect(twentyFive && isOneLineBlock(twentyFive)).toBe(true)
    expect(thirty && isOneLineBlock(thirty)).toBe(false)
  })
})
