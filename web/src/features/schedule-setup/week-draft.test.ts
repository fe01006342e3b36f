import { describe, expect, it } from 'vitest'
import type { WorkingDay } from '../../../../shared/contracts/schedule.ts'
import {
  bodyFromDraft,
  breaksOf,
  copyMondayToSaturday,
  draftFromWeek,
  mondayFirstWeekdays,
  newSession,
  validateWeek,
  type WeekDraft,
} from './week-draft.ts'

const branchId = '00000000-0000-4000-8000-000000000001'
const emptyWeek = (): WorkingDay[] =>
  Array.from({ length: 7 }, (_, weekday) => ({ weekday, sessions: [] }))
const times = (draft: WeekDraft) =>
  draft.map((sessions) => sessions.map((session) => `${session.start}-${session.end}`))
const messages = { required: 'required', endAfterStart: 'after start', overlaps: 'overlaps' }

describe('week draft', () => {
  it('shows the week Monday first, ending on Sunday', () => {
    expect(mondayFirstWeekdays).toEqual([1, 2, 3, 4, 5, 6, 0])
  })

  it('puts each day’s sessions in order of start, indexed by weekday', () => {
    const week = emptyWeek()
    week[1] = {
      weekday: 1,
      sessions: [
        { start: '14:00', end: '18:00', branchId },
        { start: '09:00', end: '13:00', branchId },
      ],
    }
    const draft = draftFromWeek(week)
    expect(times(draft)).toEqual([[], ['09:00-13:00', '14:00-18:00'], [], [], [], [], []])
  })

  it('sends every day Sunday first, so week.N in an error is weekday N', () => {
    const draft: WeekDraft = Array.from({ length: 7 }, () => [])
    draft[3] = [newSession('10:00', '12:00')]
    const body = bodyFromDraft(draft, branchId)
    expect(body.branchId).toBe(branchId)
    expect(body.week.map((day) => day.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(body.week[3]?.sessions).toEqual([{ start: '10:00', end: '12:00' }])
    expect(bodyFromDraft(draft)).not.toHaveProperty('branchId')
  })

  it('shows a session ending at midnight as ending at 00:00 and sends it back as 24:00', () => {
    const week = emptyWeek()
    week[5] = { weekday: 5, sessions: [{ start: '18:00', end: '24:00', branchId }] }
    const draft = draftFromWeek(week)
    expect(times(draft)[5]).toEqual(['18:00-00:00'])
    expect(bodyFromDraft(draft).week[5]?.sessions).toEqual([{ start: '18:00', end: '24:00' }])
    expect(validateWeek(draft, messages)).toEqual({})
  })

  it('finds the breaks between sessions, whatever order they were typed in', () => {
    const day = [newSession('14:00', '18:00'), newSession('09:00', '13:00')]
    expect(breaksOf(day)).toEqual([{ start: '13:00', end: '14:00' }])
    expect(breaksOf([newSession('09:00', '13:00'), newSession('13:00', '17:00')])).toEqual([])
    expect(breaksOf([newSession('09:00', '')])).toEqual([])
    expect(
      breaksOf([
        newSession('09:00', '12:00'),
        newSession('10:00', '11:00'),
        newSession('12:30', '14:00'),
      ]),
    ).toEqual([{ start: '12:00', end: '12:30' }])
  })

  it('copies Monday to Tuesday–Saturday and leaves Sunday alone', () => {
    const draft: WeekDraft = Array.from({ length: 7 }, () => [])
    draft[0] = [newSession('10:00', '12:00')]
    draft[1] = [newSession('09:00', '13:00'), newSession('14:00', '18:00')]
    draft[4] = [newSession('08:00', '09:00')]
    const copied = copyMondayToSaturday(draft)
    const monday = ['09:00-13:00', '14:00-18:00']
    expect(times(copied)).toEqual([['10:00-12:00'], monday, monday, monday, monday, monday, monday])
    // Copies are rows of their own: editing Tuesday must not change Monday.
    const keys = copied.flat().map((session) => session.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('names the field at fault as the server does', () => {
    const draft: WeekDraft = Array.from({ length: 7 }, () => [])
    draft[2] = [newSession('09:00', '13:00'), newSession('14:00', '12:00')]
    draft[3] = [newSession('09:00', '13:00'), newSession('12:00', '15:00')]
    draft[4] = [newSession('', '13:00')]
    expect(validateWeek(draft, messages)).toEqual({
      'week.2.sessions.1.end': 'after start',
      'week.3.sessions.1.start': 'overlaps',
      'week.4.sessions.0.start': 'required',
    })
  })
})
