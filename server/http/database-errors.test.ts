import { describe, expect, it } from 'vitest'
import { fromDatabaseError } from './database-errors.ts'

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
