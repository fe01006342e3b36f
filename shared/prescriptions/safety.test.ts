import { describe, expect, it } from 'vitest'
import { allergies, check, medications, patient, rx } from './test-fixtures.ts'

const ids = (warnings: ReturnType<typeof check>) => warnings.map((warning) => warning.id)

describe('checkPrescription', () => {
  it('a penicillin-allergic patient: amoxicillin warns, azithromycin does not', () => {
    const who = patient({ allergies: allergies('Penicillin') })
    expect(ids(check([rx('amoxicillin'), rx('paracetamol')], who))).toEqual([
      'allergy:amoxicillin:penicillin',
    ])
    expect(check([rx('azithromycin', { frequency: '1-0-0' }), rx('paracetamol')], who)).toEqual([])
  })

  it('an ordinary post-extraction prescription raises nothing', () => {
    const lines = [
      rx('amoxicillin', { strength: { label: '500 mg', mg: 500 }, frequency: '1-1-1' }),
      rx('metronidazole', { strength: { label: '400 mg', mg: 400 }, frequency: '1-1-1' }),
      rx('ibuprofen_paracetamol', { frequency: 'sos' }),
      rx('pantoprazole', { strength: { label: '40 mg', mg: 40 }, frequency: '1-0-0' }),
      rx('chlorhexidine_mouthwash', { doseAmount: 10, doseUnit: 'ml', route: 'mouth_rinse' }),
    ]
    expect(check(lines, patient({ medications: medications('Amlong 5', 'Glycomet 500') }))).toEqual(
      [],
    )
  })

  it('orders by severity, then kind, then line, and merges one id across lines', () => {
    const lines = [rx('cefixime'), rx('ibuprofen'), rx('diclofenac'), rx('ibuprofen')]
    const who = patient({ medications: medications('warfarin 2 mg') })
    const warnings = check(lines, who)
    expect(ids(warnings)).toEqual([
      'interaction:vka_nsaid:ibuprofen:warfarin',
      'interaction:vka_nsaid:diclofenac:warfarin',
      'duplicate_class:nsaid',
      'schedule_h1:cefixime',
    ])
    expect(warnings[0]?.lines).toEqual([1, 3])
    expect(warnings[2]?.lines).toEqual([1, 2, 3])
  })

  it('is deterministic: the same content gives the same warnings and ids', () => {
    const lines = [rx('tramadol'), rx('amoxicillin_clavulanate'), rx('fluconazole')]
    const who = patient({
      ageYears: 10,
      weightKg: null,
      allergies: allergies('sulfa', 'amoxil'),
      medications: medications('Sertraline 50', 'Eptoin 100'),
    })
    const first = check(lines, who)
    expect(check(lines, who)).toEqual(first)
    expect(ids(first)).toEqual([
      'allergy:amoxicillin_clavulanate:amoxicillin',
      'interaction:antidepressant_tramadol:sertraline:tramadol',
      'interaction:phenytoin_azole:fluconazole:phenytoin',
      'paediatric:tramadol',
      'weight_needed:amoxicillin_clavulanate',
      'weight_needed:fluconazole',
      'schedule_h1:tramadol',
      'narcotic:tramadol',
    ])
    for (const warning of first) expect(warning.needsOverride).toBe(warning.severity !== 'info')
  })

  it('gives nothing for no lines', () => {
    expect(check([], patient({ allergies: allergies('penicillin') }))).toEqual([])
  })
})
