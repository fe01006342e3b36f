import type { Drug } from '../types.ts'
import { childAvoid, DENTAL_INJECTION, drugsOf, form, percent, text } from './build.ts'

const d = drugsOf('local_anaesthetic', 'nlem_2022')
const AMIDE = ['amide_local_anaesthetic', 'local_anaesthetic'] as const
const WITH_ADRENALINE = [...AMIDE, 'sympathomimetic', 'vasoconstrictor'] as const

// Dental local anaesthetics. Those with adrenaline carry the class 'sympathomimetic' so the
// MAO-inhibitor, tricyclic and non-selective beta-blocker interactions (labels: DailyMed
// lidocaine and epinephrine) find them. Strength mg is per ml (2% is 20 mg/ml). Lignocaine and
// articaine are Schedule H; topical benzocaine is sold without prescription.
// biome-ignore format: one drug a line reads as a table and reviews as one
export const ANAESTHETICS: readonly Drug[] = [
  d('lignocaine', 'Lignocaine', AMIDE, 'H', [form('injection', percent(2)), form('cartridge', percent(2))], DENTAL_INJECTION, { source: 'nlem_2022' }),
  d('lignocaine_adrenaline', 'Lignocaine with adrenaline', WITH_ADRENALINE, 'H', [form('cartridge', { label: '2% + 1:80,000', mg: 20, perMl: 1 }), form('injection', { label: '2% + 1:200,000', mg: 20, perMl: 1 })], DENTAL_INJECTION, { components: ['lignocaine', 'adrenaline'], source: 'dailymed_lidocaine_epinephrine' }),
  d('lignocaine_topical', 'Lignocaine topical', AMIDE, 'H', [form('gel', percent(2)), form('spray', text('10%')), form('ointment', percent(5))], ['topical'], { source: 'nlem_2022' }),
  d('articaine_adrenaline', 'Articaine with adrenaline', WITH_ADRENALINE, 'H', [form('cartridge', { label: '4% + 1:100,000', mg: 40, perMl: 1 }), form('cartridge', { label: '4% + 1:200,000', mg: 40, perMl: 1 })], DENTAL_INJECTION, { components: ['articaine', 'adrenaline'], paediatric: childAvoid(4, 'Not established under 4 years'), source: 'dailymed' }),
  d('articaine', 'Articaine', AMIDE, 'H', [], DENTAL_INJECTION, { source: 'dailymed' }),
  d('bupivacaine', 'Bupivacaine', AMIDE, 'H', [form('injection', percent(0.5))], DENTAL_INJECTION, { source: 'nlem_2022' }),
  d('mepivacaine', 'Mepivacaine', AMIDE, 'H', [form('cartridge', percent(3))], DENTAL_INJECTION, { source: 'dailymed' }),
  d('prilocaine_felypressin', 'Prilocaine with felypressin', [...AMIDE, 'vasoconstrictor'], 'H', [form('cartridge', { label: '3% + felypressin 0.03 IU/ml', mg: 30, perMl: 1 })], DENTAL_INJECTION, { components: ['prilocaine'], source: 'bnf' }),
  d('prilocaine', 'Prilocaine', AMIDE, 'H', [], DENTAL_INJECTION, { source: 'bnf' }),
  d('lignocaine_prilocaine_cream', 'Lignocaine + prilocaine cream', AMIDE, 'H', [form('cream', text('2.5% + 2.5%'))], ['topical'], { components: ['lignocaine', 'prilocaine'], source: 'bnf' }),
  // FDA 2018: benzocaine teething products not for under 2 (methaemoglobinaemia).
  d('benzocaine', 'Benzocaine', ['ester_local_anaesthetic', 'local_anaesthetic'], 'otc', [form('gel', text('20%'))], ['topical'], { paediatric: childAvoid(2, 'Methaemoglobinaemia: not under 2 years'), source: 'dailymed' }),
  d('adrenaline', 'Adrenaline', ['sympathomimetic', 'vasoconstrictor'], 'H', [form('injection', { label: '1 mg/ml (1:1000)', mg: 1, perMl: 1 })], ['intramuscular', 'subcutaneous'], { source: 'nlem_2022' }),
]
