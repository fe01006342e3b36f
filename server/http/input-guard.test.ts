import { describe, expect, it } from 'vitest'
import { firstImpureField } from './input-guard.ts'

describe('firstImpureField', () => {
  it('names the first field holding a NUL or a lone surrogate, by its dotted path', () => {
    expect(firstImpureField({ a: 'ok', list: [{ name: 'ok' }, { name: 'x\u0000' }] })).toBe(
      'list.1.name',
    )
    expect(firstImpureField({ first: '\ud800', second: '\u0000' })).toBe('first')
    expect(firstImpureField({ a: ['fine', 1, null, true] })).toBeUndefined()
  })

  it('reports a bad key on its parent and a bad top-level string on the body', () => {
    expect(firstImpureField({ address: { 'li\u0000ne': 'x' } })).toBe('address')
    expect(firstImpureField('\u0000')).toBe('body')
  })

  it('walks very deep bodies without overflowing the stack, with a short field name', () => {
    let deep: unknown = '\u0000'
    for (let level = 0; level < 100_000; level += 1) deep = [deep]
    const field = firstImpureField(deep)
    expect(field?.split('.')).toHaveLength(12)
  })
})
