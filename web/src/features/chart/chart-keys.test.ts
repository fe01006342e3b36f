import { describe, expect, it } from 'vitest'
import { actionFor, KIND_KEYS, STATUS_KEYS, SURFACE_KEYS, typeToothDigit } from './chart-keys.ts'

const press = (
  key: string,
  modifiers: Partial<Record<'shift' | 'ctrl' | 'alt' | 'meta', boolean>> = {},
) => ({
  key,
  shiftKey: modifiers.shift ?? false,
  ctrlKey: modifiers.ctrl ?? false,
  altKey: modifiers.alt ?? false,
  metaKey: modifiers.meta ?? false,
})

describe('the chart’s keyboard shortcuts', () => {
  it('reads surface letters, with F and P as the other names for B and L', () => {
    expect(actionFor(press('m'))).toEqual({ type: 'surface', surface: 'M' })
    expect(actionFor(press('o'))).toEqual({ type: 'surface', surface: 'O' })
    expect(actionFor(press('i'))).toEqual({ type: 'surface', surface: 'I' })
    expect(actionFor(press('F'))).toEqual({ type: 'surface', surface: 'B' })
    expect(actionFor(press('p'))).toEqual({ type: 'surface', surface: 'L' })
  })

  it('reads finding letters and Shift + letter for the status', () => {
    expect(actionFor(press('c'))).toEqual({ type: 'kind', kind: 'caries' })
    expect(actionFor(press('x'))).toEqual({ type: 'kind', kind: 'missing' })
    expect(actionFor(press('R'))).toEqual({ type: 'kind', kind: 'restoration' })
    expect(actionFor(press('P', { shift: true }))).toEqual({ type: 'status', status: 'planned' })
    expect(actionFor(press('E', { shift: true }))).toEqual({ type: 'status', status: 'existing' })
    expect(actionFor(press('C', { shift: true }))).toEqual({ type: 'status', status: 'completed' })
  })

  it('gives no letter two meanings', () => {
    const plain = [...Object.keys(KIND_KEYS), ...SURFACE_KEYS]
    expect(new Set(plain).size).toBe(plain.length)
    // Status letters are only read with Shift, so they may repeat plain ones.
    for (const letter of Object.keys(STATUS_KEYS)) {
      expect(actionFor(press(letter, { shift: true }))?.type).toBe('status')
    }
  })

  it('leaves browser and screen-reader commands alone', () => {
    expect(actionFor(press('c', { ctrl: true }))).toBeNull()
    expect(actionFor(press('m', { alt: true }))).toBeNull()
    expect(actionFor(press('x', { meta: true }))).toBeNull()
    expect(actionFor(press('Tab'))).toBeNull()
    expect(actionFor(press('ArrowLeft'))).toBeNull()
    expect(actionFor(press('q'))).toBeNull()
    expect(actionFor(press('M', { shift: true }))).toBeNull()
  })

  it('saves on Enter, clears on Escape and passes digits on', () => {
    expect(actionFor(press('Enter'))).toEqual({ type: 'save' })
    expect(actionFor(press('Enter', { shift: true }))).toBeNull()
    expect(actionFor(press('Escape'))).toEqual({ type: 'cancel' })
    expect(actionFor(press('4'))).toEqual({ type: 'digit', digit: '4' })
  })
})

describe('typing a tooth number', () => {
  it('selects a tooth on the second digit, permanent or primary', () => {
    expect(typeToothDigit('', '4')).toEqual({ pending: '4', tooth: null })
    expect(typeToothDigit('4', '6')).toEqual({ pending: '', tooth: 46 })
    expect(typeToothDigit('8', '5')).toEqual({ pending: '', tooth: 85 })
  })

  it('drops numbers that are not teeth and digits that cannot start one', () => {
    expect(typeToothDigit('', '9')).toEqual({ pending: '', tooth: null })
    expect(typeToothDigit('', '0')).toEqual({ pending: '', tooth: null })
    expect(typeToothDigit('1', '9')).toEqual({ pending: '', tooth: null })
    expect(typeToothDigit('5', '6')).toEqual({ pending: '', tooth: null })
    expect(typeToothDigit('4', '0')).toEqual({ pending: '', tooth: null })
  })
})
