import { describe, expect, it } from 'vitest'
import { matchText } from './match-text.ts'

describe('matchText reads typed allergies and medicines', () => {
  it.each([
    ['Penicillin', [], ['penicillin']],
    ['penicillins', [], ['penicillin']],
    ['Sulfa', [], ['sulfonamide']],
    ['sulpha drugs', [], ['sulfonamide']],
    ['Sulphonamides', [], ['sulfonamide']],
    ['NSAIDs', [], ['nsaid']],
    ['Aspirin', ['aspirin', 'aspirin_low_dose'], []],
    ['lignocaine', ['lignocaine'], []],
    ['Lidocaine', ['lignocaine'], []],
    ['Amoxil', ['amoxicillin'], []],
    ['Augmentin 625', ['amoxicillin_clavulanate'], []],
    ['Tab. Ecosprin 75 mg OD', ['aspirin_low_dose'], []],
    ['Warfarin 5mg 1-0-0', ['warfarin'], []],
    ['cephalosporins', [], ['cephalosporin']],
    ['Betadine', [], ['iodine']],
  ])('%j', (text, codes, classes) => {
    expect(matchText(text)).toEqual({ codes, classes })
  })

  it('reads several substances in one entry', () => {
    expect(matchText('Penicillin, sulfa and ibuprofen')).toEqual({
      codes: ['ibuprofen'],
      classes: ['penicillin', 'sulfonamide'],
    })
  })

  it('prefers the longest name: lignocaine with adrenaline is one drug', () => {
    expect(matchText('lignocaine with adrenaline').codes).toEqual(['lignocaine_adrenaline'])
  })

  it.each(['egg', 'painkillers', 'dust', 'latex', 'antibiotics', 'BP tablets', 'a', ''])(
    'guesses nothing for %j',
    (text) => {
      expect(matchText(text)).toEqual({ codes: [], classes: [] })
    },
  )
})
