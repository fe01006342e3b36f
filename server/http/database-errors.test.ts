import { describe, expect, it } from 'vitest'
import { answerFor, fromDatabaseError, mapDatabaseErrors } from './database-errors.ts'
import { AppError, fieldError } from './errors.ts'

const failure = (code: string) => Object.assign(new Error('quoted value'), { code })

describe('PostgreSQL errors caused by input', () => {
  it.each(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05', '22009'])(
    'data exception %s is a 400 without the database message',
    (code) => {
      const error = fromDatabaseError(failure(code))
      expect(error?.status).toBe(400)
      expect(error?.message).not.toContain('quoted value')
    },
  )

  it('other classes are not mistaken for data exceptions', () => {
    expect(fromDatabaseError(failure('XX000'))).toBeUndefined()
    expect(fromDatabaseError(failure('42P01'))).toBeUndefined()
    expect(fromDatabaseError(new Error('no code'))).toBeUndefined()
  })
})

describe("a statement's own answers", () => {
  const taken = fieldError('conflict', 'name', 'schedule.chair_name_taken')
  const chairGone = new AppError('conflict', 'appointment.chair_just_taken', {})
  const doctorGone = new AppError('conflict', 'appointment.doctor_just_taken', {})
  const racing = { constraints: { appointments_chair_free: chairGone }, '23P01': doctorGone }

  it('a listed SQLSTATE becomes the error naming the field', async () => {
    const failing = Promise.reject(failure('23505'))
    await expect(mapDatabaseErrors(failing, { '23505': taken })).rejects.toBe(taken)
  })

  it('a constraint name wins over its SQLSTATE', () => {
    const chair = Object.assign(failure('23P01'), { constraint: 'appointments_chair_free' })
    const doctor = Object.assign(failure('23P01'), { constraint: 'appointments_doctor_free' })
    expect(answerFor(chair, racing)).toBe(chairGone)
    expect(answerFor(doctor, racing)).toBe(doctorGone)
  })

  it('anything not listed is left for the central mapping', async () => {
    const other = failure('23503')
    expect(answerFor(other, { '23505': taken })).toBe(other)
    await expect(mapDatabaseErrors(Promise.resolve(7), { '23505': taken })).resolves.toBe(7)
  })
})
