import { describe, expect, it } from 'vitest'
import { context, medications, patient, rx } from '../test-fixtures.ts'
import { interactionWarnings } from './interaction.ts'

const between = (...codes: string[]) => interactionWarnings(context(codes.map((code) => rx(code))))
const withHistory = (code: string, ...taking: string[]) =>
  interactionWarnings(context([rx(code)], patient({ medications: medications(...taking) })))

describe('interaction check between new lines', () => {
  it.each([
    ['warfarin', 'ibuprofen', 'interaction:vka_nsaid:ibuprofen:warfarin', 'high'],
    ['acenocoumarol', 'diclofenac', 'interaction:vka_nsaid:acenocoumarol:diclofenac', 'high'],
    ['warfarin', 'metronidazole', 'interaction:vka_nitroimidazole:metronidazole:warfarin', 'high'],
    ['warfarin', 'fluconazole', 'interaction:vka_azole:fluconazole:warfarin', 'high'],
    [
      'warfarin',
      'miconazole_oral_gel',
      'interaction:vka_azole:miconazole_oral_gel:warfarin',
      'high',
    ],
    ['warfarin', 'azithromycin', 'interaction:vka_macrolide:azithromycin:warfarin', 'moderate'],
    [
      'methotrexate',
      'diclofenac',
      'interaction:methotrexate_nsaid:diclofenac:methotrexate',
      'high',
    ],
    [
      'methotrexate',
      'co_trimoxazole',
      'interaction:methotrexate_trimethoprim:co_trimoxazole:methotrexate',
      'high',
    ],
    ['clopidogrel', 'aceclofenac', 'interaction:p2y12_nsaid:aceclofenac:clopidogrel', 'high'],
    ['apixaban', 'etoricoxib', 'interaction:noac_nsaid:apixaban:etoricoxib', 'high'],
    [
      'moclobemide',
      'lignocaine_adrenaline',
      'interaction:maoi_adrenaline:lignocaine_adrenaline:moclobemide',
      'high',
    ],
    ['selegiline', 'tramadol', 'interaction:maoi_serotonergic_opioid:selegiline:tramadol', 'high'],
    [
      'sertraline',
      'tramadol_paracetamol',
      'interaction:antidepressant_tramadol:sertraline:tramadol_paracetamol',
      'high',
    ],
    ['lithium', 'naproxen', 'interaction:lithium_nsaid:lithium:naproxen', 'high'],
    [
      'propranolol',
      'articaine_adrenaline',
      'interaction:beta_blocker_adrenaline:articaine_adrenaline:propranolol',
      'moderate',
    ],
    [
      'amitriptyline',
      'lignocaine_adrenaline',
      'interaction:tricyclic_adrenaline:amitriptyline:lignocaine_adrenaline',
      'moderate',
    ],
    [
      'clarithromycin',
      'simvastatin',
      'interaction:macrolide_statin:clarithromycin:simvastatin',
      'high',
    ],
    ['telmisartan', 'ibuprofen', 'interaction:ace_arb_nsaid:ibuprofen:telmisartan', 'moderate'],
    ['phenytoin', 'fluconazole', 'interaction:phenytoin_azole:fluconazole:phenytoin', 'high'],
    ['digoxin', 'clarithromycin', 'interaction:digoxin_macrolide:clarithromycin:digoxin', 'high'],
    ['domperidone', 'erythromycin', 'interaction:domperidone_qt:domperidone:erythromycin', 'high'],
    [
      'calcium_vitamin_d3',
      'doxycycline',
      'interaction:chelation:calcium_vitamin_d3:doxycycline',
      'moderate',
    ],
    ['tramadol', 'alprazolam', 'interaction:opioid_benzodiazepine:alprazolam:tramadol', 'high'],
  ])('%s + %s', (first, second, id, severity) => {
    const warnings = between(first, second)
    expect(warnings.map((warning) => warning.id)).toContain(id)
    expect(warnings.find((warning) => warning.id === id)).toMatchObject({
      kind: 'interaction',
      severity,
      lines: [0, 1],
      needsOverride: true,
    })
    for (const warning of warnings) expect(warning.source).toBeDefined()
  })

  it.each([
    ['amoxicillin', 'paracetamol'],
    ['metronidazole', 'ibuprofen'],
    ['atenolol', 'lignocaine_adrenaline'],
    ['amlodipine', 'pantoprazole'],
    ['aspirin_low_dose', 'clopidogrel'],
    ['azithromycin', 'atorvastatin'],
  ])('%s + %s is not a listed pair', (first, second) => {
    expect(between(first, second)).toEqual([])
  })

  it('ignores lines applied locally (a gel is not a systemic NSAID)', () => {
    expect(between('warfarin', 'diclofenac_gel')).toEqual([])
    expect(between('warfarin', 'metronidazole_chlorhexidine_gel')).toEqual([])
  })
})

describe('interaction check against the history', () => {
  it('warfarin in the history and metronidazole prescribed', () => {
    const [warning] = withHistory('metronidazole', 'Tab Warfarin 5 mg OD')
    expect(warning).toMatchObject({
      id: 'interaction:vka_nitroimidazole:metronidazole:warfarin',
      lines: [0],
      params: { current: 'warfarin' },
    })
  })

  it.each([
    ['ibuprofen', 'Ecosprin 75', 'interaction:aspirin_nsaid:aspirin_low_dose:ibuprofen'],
    ['ketorolac', 'clopidogrel 75mg', 'interaction:p2y12_nsaid:clopidogrel:ketorolac'],
    [
      'lignocaine_adrenaline',
      'Rasagiline 1 mg',
      'interaction:maoi_adrenaline:lignocaine_adrenaline:rasagiline',
    ],
    ['diclofenac', 'Lithium carbonate 300', 'interaction:lithium_nsaid:diclofenac:lithium'],
  ])('%s against %j', (code, taking, id) => {
    expect(withHistory(code, taking).map((warning) => warning.id)).toContain(id)
  })

  it('does not pair a drug with itself or with unknown text', () => {
    expect(withHistory('warfarin', 'warfarin 2 mg')).toEqual([])
    expect(withHistory('ibuprofen', 'some ayurvedic powder')).toEqual([])
  })
})
