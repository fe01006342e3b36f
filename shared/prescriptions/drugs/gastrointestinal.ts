import type { Drug } from '../types.ts'
import {
  cap,
  childCaution,
  combo,
  drugsOf,
  form,
  limits,
  mcg,
  ORAL,
  perMl,
  tab,
  text,
} from './build.ts'

const d = drugsOf('gastrointestinal', 'nlem_2022')
const PPI = ['proton_pump_inhibitor'] as const

// Acid suppression, antiemetics and bowel medicines. Domperidone: at most 10 mg three times a
// day, 30 mg a day (MHRA 2014, QT prolongation). Ranitidine stays for history matching: its
// sale was suspended in several countries in 2020 (NDMA); Indian brands are still sold.
// biome-ignore format: one drug a line reads as a table and reviews as one
export const GASTROINTESTINAL: readonly Drug[] = [
  d('pantoprazole', 'Pantoprazole', PPI, 'H', [tab(20, 40), form('injection', { label: '40 mg vial', mg: 40 })], ['oral', 'intravenous'], { doseLimit: limits(40, 80), source: 'bnf' }),
  d('omeprazole', 'Omeprazole', PPI, 'H', [cap(10, 20, 40)], ORAL, { doseLimit: limits(40, 80), source: 'bnf' }),
  d('esomeprazole', 'Esomeprazole', PPI, 'H', [tab(20, 40)], ORAL, { doseLimit: limits(40, 80), source: 'bnf' }),
  d('rabeprazole', 'Rabeprazole', PPI, 'H', [tab(10, 20)], ORAL, { doseLimit: limits(20, 40), source: 'bnf' }),
  d('lansoprazole', 'Lansoprazole', PPI, 'H', [cap(15, 30)], ORAL, { doseLimit: limits(30, 60), source: 'bnf' }),
  d('pantoprazole_domperidone', 'Pantoprazole + domperidone', [...PPI, 'dopamine_antagonist', 'prokinetic'], 'H', [form('capsule', combo('40 mg + 30 mg SR', 40))], ORAL, { components: ['pantoprazole', 'domperidone'], doseLimit: limits(40, 80), source: 'nfi_2021' }),
  d('rabeprazole_domperidone', 'Rabeprazole + domperidone', [...PPI, 'dopamine_antagonist', 'prokinetic'], 'H', [form('capsule', combo('20 mg + 30 mg SR', 20))], ORAL, { components: ['rabeprazole', 'domperidone'], doseLimit: limits(20, 40), source: 'nfi_2021' }),
  d('famotidine', 'Famotidine', ['h2_blocker'], 'H', [tab(20, 40)], ORAL, { doseLimit: limits(40, 80), source: 'bnf' }),
  d('ranitidine', 'Ranitidine', ['h2_blocker'], 'H', [tab(150, 300)], ORAL, { doseLimit: limits(300, 600), source: 'nlem_2022' }),
  d('antacid_gel', 'Aluminium hydroxide + magnesium hydroxide + simethicone', ['antacid'], 'otc', [form('suspension', text('250 mg + 250 mg + 50 mg/5 ml')), form('tablet', text('chewable'))], ORAL, { source: 'nlem_2022' }),
  d('sucralfate', 'Sucralfate', ['antacid'], 'H', [tab(1000), form('suspension', perMl(1000, 10))], ORAL, { source: 'bnf' }),
  d('domperidone', 'Domperidone', ['dopamine_antagonist', 'prokinetic'], 'H', [tab(10), form('suspension', perMl(5, 5))], ORAL, { doseLimit: limits(10, 30, 0.75), paediatric: childCaution(12, 'Under 12 years or 35 kg: 0.25 mg/kg a dose'), source: 'mhra_domperidone_2014' }),
  d('metoclopramide', 'Metoclopramide', ['dopamine_antagonist', 'prokinetic'], 'H', [tab(10), form('injection', perMl(10, 2))], ['oral', 'intramuscular', 'intravenous'], { doseLimit: limits(10, 30), paediatric: childCaution(18, 'Under 18: second line only (extrapyramidal effects)'), source: 'bnf' }),
  d('ondansetron', 'Ondansetron', ['serotonin_5ht3_antagonist'], 'H', [tab(4, 8), form('syrup', perMl(2, 5)), form('injection', perMl(2, 1))], ['oral', 'intravenous'], { doseLimit: limits(16, 24), source: 'bnf' }),
  d('loperamide', 'Loperamide', ['antidiarrhoeal'], 'otc', [cap(2)], ORAL, { doseLimit: limits(4, 16), paediatric: childCaution(12, 'Not for acute diarrhoea under 12 years'), source: 'bnf' }),
  d('ors', 'Oral rehydration salts', ['antidiarrhoeal'], 'otc', [form('sachet', text('WHO low-osmolarity, 1 litre'))], ORAL, { source: 'nlem_2022' }),
  d('lactulose', 'Lactulose', ['laxative'], 'otc', [form('solution', text('10 g/15 ml'))], ORAL, { source: 'nlem_2022' }),
  d('bisacodyl', 'Bisacodyl', ['laxative'], 'otc', [tab(5)], ['oral', 'rectal'], { source: 'nlem_2022' }),
  d('dicyclomine', 'Dicyclomine', ['antispasmodic'], 'H', [tab(10, 20)], ORAL, { paediatric: childCaution(0.5, 'Not under 6 months'), source: 'nlem_2022' }),
  d('drotaverine', 'Drotaverine', ['antispasmodic'], 'H', [tab(40, 80)], ORAL, { source: 'nfi_2021' }),
  d('probiotic', 'Probiotic (lactic acid bacillus / Saccharomyces boulardii)', ['probiotic'], 'otc', [cap(250), form('sachet', text('1 g'))], ORAL, { source: 'nfi_2021' }),
  d('misoprostol', 'Misoprostol', ['prostaglandin'], 'H', [form('tablet', mcg(200))], ORAL, { pregnancy: { level: 'avoid', note: 'Causes miscarriage' }, source: 'bnf' }),
]
