import { describe, expect, it } from 'vitest'
import { allergies, context, patient, rx } from '../test-fixtures.ts'
import type { Drug, LineForCheck } from '../types.ts'
import { allergyWarnings } from './allergy.ts'
import { checkContext } from './context.ts'

const warn = (line: LineForCheck, ...substances: string[]) =>
  allergyWarnings(context([line], patient({ allergies: allergies(...substances) })))

describe('allergy check', () => {
  it.each([
    ['Penicillin', 'amoxicillin', 'allergy:amoxicillin:penicillin', 'high'],
    [
      'penicillins',
      'amoxicillin_clavulanate',
      'allergy:amoxicillin_clavulanate:penicillin',
      'high',
    ],
    ['Amoxil', 'amoxicillin', 'allergy:amoxicillin:amoxicillin', 'high'],
    ['Amoxil', 'cloxacillin', 'allergy:cloxacillin:penicillin', 'high'],
    ['Sulfa', 'co_trimoxazole', 'allergy:co_trimoxazole:sulfonamide', 'high'],
    ['sulpha drugs', 'co_trimoxazole', 'allergy:co_trimoxazole:sulfonamide', 'high'],
    ['NSAIDs', 'diclofenac', 'allergy:diclofenac:nsaid', 'high'],
    ['Aspirin', 'aspirin_low_dose', 'allergy:aspirin_low_dose:aspirin_low_dose', 'high'],
    ['Aspirin', 'ibuprofen', 'allergy:ibuprofen:nsaid', 'moderate'],
    ['Ibuprofen', 'aceclofenac', 'allergy:aceclofenac:nsaid', 'moderate'],
    ['lignocaine', 'lignocaine_adrenaline', 'allergy:lignocaine_adrenaline:lignocaine', 'high'],
    [
      'Lidocaine',
      'choline_salicylate_lignocaine',
      'allergy:choline_salicylate_lignocaine:lignocaine',
      'high',
    ],
    ['Penicillin', 'cefixime', 'allergy:cefixime:penicillin', 'moderate'],
    ['Metrogyl', 'tinidazole', 'allergy:tinidazole:nitroimidazole', 'high'],
    ['Betadine', 'povidone_iodine_gargle', 'allergy:povidone_iodine_gargle:iodine', 'high'],
  ])('%j warns on %s', (substance, code, id, severity) => {
    const [warning, ...rest] = warn(rx(code), substance)
    expect(rest).toEqual([])
    expect(warning).toMatchObject({
      id,
      kind: 'allergy',
      severity,
      lines: [0],
      needsOverride: true,
    })
  })

  it.each([
    ['Penicillin', 'azithromycin'],
    ['Penicillin', 'clindamycin'],
    ['Sulfa', 'glimepiride'],
    ['NSAIDs', 'paracetamol'],
    ['lignocaine', 'articaine_adrenaline'],
    ['egg', 'amoxicillin'],
    ['latex', 'lignocaine_adrenaline'],
    ['painkillers', 'ibuprofen'],
  ])('%j gives no warning on %s', (substance, code) => {
    expect(warn(rx(code), substance)).toEqual([])
  })

  it('keeps one warning a line, the strongest and then the earliest allergy', () => {
    const warnings = warn(rx('amoxicillin'), 'Cephalosporins', 'Amoxil', 'Penicillin')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.params).toMatchObject({
      matched: 'amoxicillin',
      allergyIndex: 1,
      via: 'drug',
    })
  })

  it('never puts the typed allergy text in the warning', () => {
    const warnings = warn(rx('amoxicillin'), 'Allergic to Amoxil since 2019')
    expect(JSON.stringify(warnings)).not.toContain('2019')
    expect(JSON.stringify(warnings)).not.toContain('Amoxil')
  })

  it('checks a clinic item through its classes and a custom line through its name', () => {
    const clinicItem: Drug = {
      code: 'clinic:1',
      generic: 'House mouth paint',
      classes: ['sulfonamide'],
      category: 'oral_care',
      schedule: 'otc',
      presentations: [],
      routes: ['topical'],
      source: 'nfi_2021',
    }
    const line = { ...rx('amoxicillin'), drugCode: 'clinic:1', name: 'House mouth paint' }
    const who = patient({ allergies: allergies('sulpha') })
    const drugs = new Map([[clinicItem.code, clinicItem]])
    expect(allergyWarnings(checkContext([line], who, drugs))[0]?.id).toBe(
      'allergy:clinic:1:sulfonamide',
    )
    const custom = { ...rx('amoxicillin'), drugCode: null, name: 'Amoxycillin DT 250' }
    const penicillin = patient({ allergies: allergies('penicillin') })
    expect(allergyWarnings(context([custom], penicillin))[0]?.id).toBe(
      'allergy:amoxicillin:penicillin',
    )
  })
})
