import type { Drug } from '../types.ts'
import { cap, combo, drugsOf, form, mcg, ORAL, tab, text } from './build.ts'

const d = drugsOf('vitamin_mineral', 'nlem_2022')

// Vitamins and minerals: sold without prescription except injections. Calcium and iron chelate
// tetracyclines and fluoroquinolones (interaction table: take two hours apart).
// biome-ignore format: one drug a line reads as a table and reviews as one
export const VITAMINS: readonly Drug[] = [
  d('vitamin_b_complex', 'Vitamin B complex', ['vitamin'], 'otc', [form('tablet', text('B-complex with B12')), form('capsule', text('B-complex with zinc'))], ORAL, { source: 'nfi_2021' }),
  d('methylcobalamin', 'Methylcobalamin', ['vitamin'], 'otc', [form('tablet', mcg(500), mcg(1500)), form('injection', mcg(500))], ['oral', 'intramuscular'], { source: 'nfi_2021' }),
  d('vitamin_c', 'Vitamin C (ascorbic acid)', ['vitamin'], 'otc', [tab(500)], ORAL, { source: 'nlem_2022' }),
  d('vitamin_e', 'Vitamin E', ['vitamin'], 'otc', [cap(200, 400)], ORAL, { source: 'nfi_2021' }),
  d('vitamin_a', 'Vitamin A', ['vitamin'], 'otc', [cap(15)], ORAL, { pregnancy: { level: 'avoid', note: 'High doses are teratogenic' }, source: 'nlem_2022' }),
  d('cholecalciferol', 'Cholecalciferol (vitamin D3)', ['vitamin'], 'otc', [form('sachet', text('60,000 IU')), form('capsule', text('60,000 IU')), form('tablet', text('1000 IU'))], ORAL, { source: 'nlem_2022' }),
  d('calcium_vitamin_d3', 'Calcium carbonate + vitamin D3', ['calcium_supplement', 'vitamin'], 'otc', [form('tablet', combo('500 mg + 250 IU', 500), combo('500 mg + 500 IU', 500))], ORAL, { source: 'nlem_2022' }),
  d('folic_acid', 'Folic acid', ['vitamin'], 'otc', [tab(1, 5)], ORAL, { source: 'nlem_2022' }),
  d('ferrous_sulphate_folic_acid', 'Ferrous sulphate + folic acid', ['iron_supplement', 'vitamin'], 'otc', [form('tablet', combo('100 mg elemental iron + 0.5 mg', 100))], ORAL, { source: 'nlem_2022' }),
  d('zinc', 'Zinc sulphate', ['mineral_supplement'], 'otc', [tab(20, 50)], ORAL, { source: 'nlem_2022' }),
  d('multivitamin', 'Multivitamin and multimineral', ['vitamin', 'mineral_supplement'], 'otc', [form('tablet', text('multivitamin')), form('capsule', text('multivitamin with antioxidants'))], ORAL, { source: 'nfi_2021' }),
]
