import type { Drug } from '../types.ts'
import { avoid, caution, drugsOf, form, mcg, ORAL, tab, text } from './build.ts'

const d = drugsOf('endocrine', 'nlem_2022')
const i = drugsOf('immunomodulator', 'nlem_2022')

// Diabetes, thyroid, bone and immunomodulators. Bisphosphonates (alendronate, zoledronic acid)
// matter to a dentist for medication-related osteonecrosis of the jaw before extractions: the
// history shows them; no prescription-line check applies.
// biome-ignore format: one drug a line reads as a table and reviews as one
export const ENDOCRINE: readonly Drug[] = [
  d('metformin', 'Metformin', ['biguanide'], 'H', [tab(500, 850, 1000)], ORAL),
  d('glimepiride', 'Glimepiride', ['sulfonylurea'], 'H', [tab(1, 2, 4)], ORAL),
  d('gliclazide', 'Gliclazide', ['sulfonylurea'], 'H', [tab(40, 80)], ORAL),
  d('glibenclamide', 'Glibenclamide', ['sulfonylurea'], 'H', [tab(2.5, 5)], ORAL),
  d('metformin_glimepiride', 'Metformin + glimepiride', ['biguanide', 'sulfonylurea'], 'H', [form('tablet', { label: '500 mg + 1 mg', mg: 500 }, { label: '500 mg + 2 mg', mg: 500 })], ORAL, { components: ['metformin', 'glimepiride'], source: 'nfi_2021' }),
  d('sitagliptin', 'Sitagliptin', ['dpp4_inhibitor'], 'H', [tab(50, 100)], ORAL, { source: 'bnf' }),
  d('vildagliptin', 'Vildagliptin', ['dpp4_inhibitor'], 'H', [tab(50)], ORAL, { source: 'bnf' }),
  d('teneligliptin', 'Teneligliptin', ['dpp4_inhibitor'], 'H', [tab(20)], ORAL, { source: 'nfi_2021' }),
  d('dapagliflozin', 'Dapagliflozin', ['sglt2_inhibitor'], 'H', [tab(5, 10)], ORAL, { source: 'bnf' }),
  d('empagliflozin', 'Empagliflozin', ['sglt2_inhibitor'], 'H', [tab(10, 25)], ORAL, { source: 'bnf' }),
  d('pioglitazone', 'Pioglitazone', ['thiazolidinedione'], 'H', [tab(15, 30)], ORAL, { source: 'bnf' }),
  d('insulin_regular', 'Insulin (soluble, regular)', ['insulin'], 'H', [form('injection', text('40 IU/ml'), text('100 IU/ml'))], ['subcutaneous', 'intravenous']),
  d('insulin_glargine', 'Insulin glargine', ['insulin'], 'H', [form('injection', text('100 IU/ml'))], ['subcutaneous']),
  d('levothyroxine', 'Levothyroxine', ['thyroid_hormone'], 'H', [form('tablet', mcg(25), mcg(50), mcg(100))], ORAL),
  d('carbimazole', 'Carbimazole', ['antithyroid'], 'H', [tab(5, 10)], ORAL, { pregnancy: caution('Specialist use in pregnancy') }),
  d('alendronate', 'Alendronate', ['bisphosphonate'], 'H', [tab(35, 70)], ORAL, { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  d('risedronate', 'Risedronate', ['bisphosphonate'], 'H', [tab(35)], ORAL, { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  d('zoledronic_acid', 'Zoledronic acid', ['bisphosphonate'], 'H', [form('injection', { label: '4 mg/5 ml', mg: 4, perMl: 5 })], ['intravenous'], { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  i('methotrexate', 'Methotrexate', ['antimetabolite', 'dmard'], 'H', [tab(2.5, 7.5, 10)], ORAL, { pregnancy: avoid('Teratogenic: contraindicated in pregnancy'), source: 'bnf' }),
  i('azathioprine', 'Azathioprine', ['antimetabolite'], 'H', [tab(50)], ORAL, { source: 'bnf' }),
  i('sulfasalazine', 'Sulfasalazine', ['sulfonamide', 'dmard'], 'H', [tab(500)], ORAL, { source: 'bnf' }),
]
