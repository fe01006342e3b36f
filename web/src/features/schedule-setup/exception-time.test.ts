import { describe, expect, it } from 'vitest'
import {
  describeExceptionTime,
  type ExceptionValues,
  exceptionRequest,
  upcomingRange,
} from './exception-time.ts'

const kolkata = 'Asia/Kolkata'
const messages = {
  required: 'required',
  invalidDate: 'invalid date',
  toBeforeFrom: 'to before from',
  endBeforeStart: 'end before start',
}
const leave: ExceptionValues = {
  who: 'clinic',
  kind: 'holiday',
  isPartOfDay: false,
  from: '',
  to: '',
  date: '',
  startTime: '',
  endTime: '',
  note: '',
}

describe('leave times', () => {
  it('looks 90 clinic-local days ahead, starting today in the clinic', () => {
    // 20:00 UTC on 14 August is already 15 August in India.
    const now = new Date('2026-08-14T20:00:00Z')
    expect(upcomingRange(kolkata, now)).toEqual({ from: '2026-08-15', to: '2026-11-12' })
  })

  it('shows whole days by their first and last day in the clinic’s zone', () => {
    const diwali = { startsAt: '2026-11-07T18:30:00.000Z', endsAt: '2026-11-09T18:30:00.000Z' }
    expect(describeExceptionTime(diwali, kolkata)).toEqual({
      kind: 'days',
      from: '2026-11-08',
      to: '2026-11-09',
    })
  })

  it('shows part of a day with its local times', () => {
    const training = { startsAt: '2026-11-10T08:30:00.000Z', endsAt: '2026-11-10T11:30:00.000Z' }
    expect(describeExceptionTime(training, kolkata)).toEqual({
      kind: 'part',
      startDate: '2026-11-10',
      start: '14:00',
      endDate: '2026-11-10',
      end: '17:00',
    })
  })

  it('sends whole days as clinic-local dates, typed day first', () => {
    const request = exceptionRequest(
      { ...leave, from: '08/11/2026', to: '9/11/2026', note: ' Diwali ' },
      kolkata,
      messages,
    )
    expect(request).toEqual({
      body: {
        doctorUserId: null,
        kind: 'holiday',
        from: '2026-11-08',
        to: '2026-11-09',
        note: 'Diwali',
      },
    })
  })

  it('sends part of a day as instants of the clinic’s wall-clock times', () => {
    const request = exceptionRequest(
      {
        ...leave,
        who: 'doctor-id',
        kind: 'training',
        isPartOfDay: true,
        date: '10/11/2026',
        startTime: '14:00',
        endTime: '17:00',
      },
      kolkata,
      messages,
    )
    expect(request).toEqual({
      body: {
        doctorUserId: 'doctor-id',
        kind: 'training',
        startsAt: '2026-11-10T08:30:00.000Z',
        endsAt: '2026-11-10T11:30:00.000Z',
      },
    })
  })

  it('names the fields the server would name', () => {
    expect(
      exceptionRequest({ ...leave, who: '', from: '31/02/2026', to: '' }, kolkata, messages),
    ).toEqual({
      errors: { doctorUserId: 'required', from: 'invalid date', to: 'required' },
    })
    expect(
      exceptionRequest({ ...leave, from: '10/11/2026', to: '09/11/2026' }, kolkata, messages),
    ).toEqual({
      errors: { to: 'to before from' },
    })
    expect(
      exceptionRequest(
        { ...leave, isPartOfDay: true, date: '10/11/2026', startTime: '14:00', endTime: '13:00' },
        kolkata,
        messages,
      ),
    ).toEqual({ errors: { endsAt: 'end before start' } })
  })
})
