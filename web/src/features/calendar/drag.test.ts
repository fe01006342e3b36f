import { describe, expect, it } from 'vitest'
import { dragResult, isDrag, minutesAt, snap } from './drag.ts'

const axis = { start: 8 * 60, end: 21 * 60 }
// 5-minute rows of 8 px: 1.6 px a minute.
const pixelsPerMinute = 1.6

describe('snap', () => {
  it('rounds to the nearest 5 or 15 minutes', () => {
    expect(snap(602)).toBe(600)
    expect(snap(603)).toBe(605)
    expect(snap(607, 15)).toBe(600)
    expect(snap(608, 15)).toBe(615)
  })
})

describe('dragResult', () => {
  const base = { start: 600, duration: 30, pixelsPerMinute, axis }

  it('moves a 10:00 block dragged down 2 hours (192 px) to 12:00, keeping its length', () => {
    expect(dragResult({ ...base, mode: 'move', deltaY: 192 })).toEqual({ start: 720, duration: 30 })
  })

  it('snaps a move to 5 minutes, or 15 when asked', () => {
    // 21 px is 13.1 minutes.
    expect(dragResult({ ...base, mode: 'move', deltaY: 21 })).toEqual({ start: 615, duration: 30 })
    expect(dragResult({ ...base, mode: 'move', deltaY: 10, step: 15 })).toEqual({
      start: 600,
      duration: 30,
    })
  })

  it('keeps a moved block inside the day’s hours', () => {
    expect(dragResult({ ...base, mode: 'move', deltaY: -2000 }).start).toBe(axis.start)
    expect(dragResult({ ...base, mode: 'move', deltaY: 2000 }).start).toBe(axis.end - 30)
  })

  it('resizes from the lower edge: same start, longer or shorter, never under 5 minutes', () => {
    expect(dragResult({ ...base, mode: 'resize', deltaY: 24 })).toEqual({
      start: 600,
      duration: 45,
    })
    expect(dragResult({ ...base, mode: 'resize', deltaY: -200 })).toEqual({
      start: 600,
      duration: 5,
    })
    expect(dragResult({ ...base, mode: 'resize', deltaY: 5000 }).duration).toBe(axis.end - 600)
  })
})

describe('pointer helpers', () => {
  it('treats a press that moved under 4 px as a click', () => {
    expect(isDrag(2, 2)).toBe(false)
    expect(isDrag(0, 4)).toBe(true)
  })

  it('finds the quarter hour under a click', () => {
    // 200 px below 08:00 is 125 minutes: 10:05, in the 10:00 quarter.
    expect(minutesAt(200, pixelsPerMinute, axis.start)).toBe(600)
  })
})
