import type { Drug } from '../types.ts'
import {
  childAvoid,
  childCaution,
  drugsOf,
  form,
  limits,
  ORAL,
  percent,
  RINSE,
  TOPICAL,
  tab,
  text,
} from './build.ts'

const d = drugsOf('oral_care', 'nfi_2021')
const SWALLOW_RISK = childCaution(6, 'Young children may swallow a rinse: supervise or avoid')

// Mouthwashes, oral gels and desensitising agents of Indian dental practice. Choline salicylate
// is a salicylate: not for under 16 (Reye's syndrome; MHRA 2009, BNF).
// biome-ignore format: one drug a line reads as a table and reviews as one
export const ORAL_CARE: readonly Drug[] = [
  d('chlorhexidine_mouthwash', 'Chlorhexidine gluconate mouthwash', ['antiseptic'], 'otc', [form('mouthwash', percent(0.2), percent(0.12))], RINSE, { paediatric: SWALLOW_RISK, source: 'nlem_2022' }),
  d('chlorhexidine_gel', 'Chlorhexidine gluconate gel', ['antiseptic'], 'otc', [form('gel', percent(1))], TOPICAL, { source: 'bnf' }),
  d('povidone_iodine_gargle', 'Povidone-iodine gargle', ['iodine', 'antiseptic'], 'otc', [form('gargle', percent(2))], RINSE, { paediatric: SWALLOW_RISK, source: 'nfi_2021' }),
  d('benzydamine', 'Benzydamine mouthwash', ['topical_analgesic'], 'otc', [form('mouthwash', percent(0.15)), form('spray', percent(0.15))], RINSE, { paediatric: SWALLOW_RISK, source: 'bnf' }),
  d('hexetidine', 'Hexetidine mouthwash', ['antiseptic'], 'otc', [form('mouthwash', percent(0.1))], RINSE, { paediatric: SWALLOW_RISK, source: 'nfi_2021' }),
  d('cetylpyridinium', 'Cetylpyridinium chloride mouthwash', ['antiseptic'], 'otc', [form('mouthwash', percent(0.05))], RINSE, { source: 'nfi_2021' }),
  d('hydrogen_peroxide_mouthwash', 'Hydrogen peroxide mouthwash', ['antiseptic'], 'otc', [form('mouthwash', text('1.5%'))], RINSE, { source: 'bnf' }),
  d('triamcinolone_orabase', 'Triamcinolone acetonide in orabase', ['topical_corticosteroid', 'corticosteroid'], 'H', [form('paste', text('0.1%'))], TOPICAL, { source: 'nfi_2021' }),
  d('clobetasol_topical', 'Clobetasol propionate', ['topical_corticosteroid', 'corticosteroid'], 'H', [form('ointment', text('0.05%')), form('cream', text('0.05%'))], TOPICAL, { source: 'bnf' }),
  d('choline_salicylate_lignocaine', 'Choline salicylate + lignocaine gel', ['salicylate', 'topical_analgesic', 'amide_local_anaesthetic', 'local_anaesthetic'], 'otc', [form('gel', text('8.7% + 2%'))], TOPICAL, { components: ['lignocaine'], paediatric: childAvoid(16, "Salicylate: Reye's syndrome, not under 16 years"), source: 'bnf' }),
  d('amlexanox', 'Amlexanox paste', ['topical_analgesic'], 'H', [form('paste', text('5%'))], TOPICAL, { source: 'dailymed' }),
  d('metronidazole_chlorhexidine_gel', 'Metronidazole + chlorhexidine gel', ['nitroimidazole', 'antiseptic'], 'H', [form('gel', text('1% + 0.25%'))], TOPICAL, { components: ['metronidazole'], source: 'nfi_2021' }),
  d('potassium_nitrate_paste', 'Potassium nitrate toothpaste', ['desensitising_agent'], 'otc', [form('paste', text('5%'))], TOPICAL, { source: 'nfi_2021' }),
  d('sodium_fluoride', 'Sodium fluoride', ['fluoride'], 'otc', [form('paste', text('1450 ppm')), form('gel', text('1.23% APF')), form('mouthwash', percent(0.05))], ['topical', 'mouth_rinse'], { paediatric: childCaution(6, 'Fluorosis: supervised pea-sized amounts'), source: 'bnf' }),
  d('stannous_fluoride_gel', 'Stannous fluoride gel', ['fluoride', 'desensitising_agent'], 'otc', [form('gel', text('0.4%'))], TOPICAL, { source: 'nfi_2021' }),
  d('tranexamic_acid', 'Tranexamic acid', ['antifibrinolytic', 'haemostatic'], 'H', [tab(500), form('injection', { label: '100 mg/ml', mg: 100, perMl: 1 }), form('mouthwash', text('5%'))], ['oral', 'intravenous', 'mouth_rinse'], { doseLimit: limits(1500, 4500, 75), source: 'bnf' }),
  d('lycopene', 'Lycopene', ['vitamin'], 'otc', [form('capsule', { label: '8 mg', mg: 8 })], ORAL, { source: 'nfi_2021' }),
  d('pilocarpine', 'Pilocarpine', ['cholinergic'], 'H', [tab(5)], ORAL, { source: 'bnf' }),
]
