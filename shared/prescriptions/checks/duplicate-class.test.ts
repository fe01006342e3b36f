import { describe, expect, it } from 'vitest'
import { context, medications, patient, rx } from '../test-fixtures.ts'
import { duplicateClassWarnings } from './duplicate-class.ts'

const run = (codes: string[], taking: string[] = []) =>
  duplicateClassWarnings(
    context(
      codes.map((code) => rx(code)),
      patient({ medications: medications(...taking) }),
    ),
  )

describe('duplicate class check', () => {
  it.each([
    [['ibuprofen', 'diclofenac'], 'duplicate_class:nsaid', 'high'],
    [['aceclofenac', 'etoricoxib'], 'duplicate_class:nsaid', 'high'],
    [['paracetamol', 'aceclofenac_paracetamol'], 'duplicate_class:para_aminophenol', 'high'],
    [['amoxicillin', 'amoxicillin_clavulanate'], 'duplicate_class:penicillin', 'moderate'],
    [['pantoprazole', 'rabeprazole'], 'duplicate_class:proton_pump_inhibitor', 'moderate'],
    [['metronidazole', 'ornidazole'], 'duplicate_class:nitroimidazole', 'moderate'],
    [['cetirizine', 'chlorpheniramine'], 'duplicate_class:antihistamine', 'moderate'],
    [['metformin', 'metformin'], 'duplicate_class:metformin', 'moderate'],
  ])('%j gives %s', (codes, id, severity) => {
    const warnings = run(codes)
    expect(warnings.find((warning) => warning.id === id)).toMatchObject({
      kind: 'duplicate_class',
      severity,
      lines: [0, 1],
      needsOverride: true,
    })
  })

  it.each([
    [['amoxicillin', 'metronidazole', 'paracetamol', 'pantoprazole']],
    [['aspirin_low_dose', 'clopidogrel']],
    [['ibuprofen', 'diclofenac_gel']],
    [['chlorhexidine_mouthwash', 'chlorhexidine_mouthwash']],
    [['amoxicillin', 'azithromycin']],
  ])('%j is not duplicate therapy', (codes) => {
    expect(run(codes)).toEqual([])
  })

  it('reports the same drug twice once, under its class', () => {
    expect(run(['ibuprofen', 'ibuprofen']).map((warning) => warning.id)).toEqual([
      'duplicate_class:nsaid',
    ])
  })

  it('warns when the history already has a drug of the class', () => {
    expect(run(['paracetamol'], ['Dolo 650 SOS'])[0]).toMatchObject({
      id: 'duplicate_class:para_aminophenol:paracetamol:paracetamol',
      severity: 'moderate',
      lines: [0],
    })
    expect(run(['ibuprofen'], ['Voveran 50'])[0]?.id).toBe(
      'duplicate_class:nsaid:ibuprofen:diclofenac',
    )
  })
})
