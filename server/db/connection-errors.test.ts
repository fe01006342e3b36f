import { describe, expect, it } from 'vitest'
import { errorCodeOf, isConnectionError } from './connection-errors.ts'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('isConnectionError', () => {
  it.each([
    ['08006 connection failure', withCode('08006')],
    ['08003 connection does not exist', withCode('08003')],
    ['08P01 protocol violation (a pooler reset)', withCode('08P01')],
    ['57P01 terminated by an administrator', withCode('57P01')],
    ['57P02 crash shutdown', withCode('57P02')],
    ['57P03 cannot connect now (starting up)', withCode('57P03')],
    ['53300 too many connections', withCode('53300')],
    ['ECONNRESET', withCode('ECONNRESET')],
    ['ECONNREFUSED', withCode('ECONNREFUSED')],
    ['Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    [
      'Connection terminated due to timeout',
      new Error('Connection terminated due to connection timeout'),
    ],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    [
      'a client that lost its connection',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    [
      'refusals on every address (AggregateError)',
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'failed'),
    ],
    ['a wrapped cause', new Error('query failed', { cause: withCode('57P01') })],
  ])('%s is a connection error', (_name, error) => {
    expect(isConnectionError(error)).toBe(true)
  })

  it.each([
    ['23505 unique violation', withCode('23505')],
    ['22P02 invalid text', withCode('22P02')],
    ['42501 refused by RLS', withCode('42501')],
    ['57014 statement timeout (the query, not the connection)', withCode('57014')],
    ['a plain TypeError', new TypeError('x is not a function')],
    ['a message that merely mentions connections', new Error('Patient connection terminated')],
    ['not an object', 'ECONNRESET'],
    ['null', null],
  ])('%s is not', (_name, error) => {
    expect(isConnectionError(error)).toBe(false)
  })

  it('does not loop on a cause that refers to itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown }
    error.cause = error
    expect(isConnectionError(error)).toBe(false)
  })
})

describe('errorCodeOf', () => {
  it('gives SQLSTATEs and Node codes, never free text', () => {
    expect(errorCodeOf(withCode('57P01'))).toBe('57P01')
    expect(errorCodeOf(withCode('ECONNRESET'))).toBe('ECONNRESET')
    expect(errorCodeOf(withCode('Meera Iyer, 98765 43210'))).toBeUndefined()
    expect(errorCodeOf(new Error('no code'))).toBeUndefined()
  })
})
