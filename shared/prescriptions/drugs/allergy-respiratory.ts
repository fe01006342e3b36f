import type { Drug } from '../types.ts'
import {
  caution,
  childAvoid,
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

const a = drugsOf('antihistamine', 'nlem_2022')
const r = drugsOf('respiratory', 'nlem_2022')
const s = drugsOf('corticosteroid', 'nlem_2022')
const SEDATING = ['sedating_antihistamine', 'antihistamine'] as const
const INHALED: Drug['routes'] = ['inhalation']

// Antihistamines, respiratory medicines and systemic corticosteroids (BNF doses).
// biome-ignore format: one drug a line reads as a table and reviews as one
export const ALLERGY_RESPIRATORY: readonly Drug[] = [
  a('cetirizine', 'Cetirizine', ['antihistamine'], 'H', [tab(10), form('syrup', perMl(5, 5))], ORAL, { doseLimit: limits(20, 20), paediatric: childCaution(2, 'Not under 2 years'), source: 'bnf' }),
  a('levocetirizine', 'Levocetirizine', ['antihistamine'], 'H', [tab(5), form('syrup', perMl(2.5, 5))], ORAL, { doseLimit: limits(5, 10), paediatric: childCaution(2, 'Not under 2 years'), source: 'bnf' }),
  a('fexofenadine', 'Fexofenadine', ['antihistamine'], 'H', [tab(120, 180)], ORAL, { doseLimit: limits(180, 180), source: 'bnf' }),
  a('loratadine', 'Loratadine', ['antihistamine'], 'otc', [tab(10), form('syrup', perMl(5, 5))], ORAL, { doseLimit: limits(10, 10), paediatric: childCaution(2, 'Not under 2 years'), source: 'bnf' }),
  a('chlorpheniramine', 'Chlorpheniramine', SEDATING, 'H', [tab(4), form('syrup', perMl(2, 5))], ORAL, { doseLimit: limits(4, 24), paediatric: childCaution(1, 'Not under 1 year'), source: 'bnf' }),
  a('promethazine', 'Promethazine', SEDATING, 'H', [tab(10, 25), form('syrup', perMl(5, 5)), form('injection', perMl(25, 1))], ['oral', 'intramuscular'], { paediatric: childAvoid(2, 'Respiratory depression: not under 2 years'), source: 'bnf' }),
  a('hydroxyzine', 'Hydroxyzine', SEDATING, 'H', [tab(10, 25)], ORAL, { doseLimit: limits(50, 100), source: 'bnf' }),
  a('pheniramine', 'Pheniramine', SEDATING, 'H', [tab(25), form('injection', perMl(45.5, 2))], ['oral', 'intramuscular'], { source: 'nfi_2021' }),
  r('montelukast', 'Montelukast', ['leukotriene_antagonist'], 'H', [tab(4, 5, 10)], ORAL, { source: 'bnf' }),
  r('montelukast_levocetirizine', 'Montelukast + levocetirizine', ['leukotriene_antagonist', 'antihistamine'], 'H', [form('tablet', combo('10 mg + 5 mg', 10))], ORAL, { components: ['montelukast', 'levocetirizine'], source: 'nfi_2021' }),
  r('salbutamol', 'Salbutamol', ['beta2_agonist'], 'H', [form('inhaler', mcg(100)), tab(2, 4), form('syrup', perMl(2, 5))], ['inhalation', 'oral'], { source: 'nlem_2022' }),
  r('budesonide_inhaler', 'Budesonide inhaler', ['inhaled_corticosteroid'], 'H', [form('inhaler', mcg(100), mcg(200))], INHALED, { source: 'nlem_2022' }),
  r('formoterol_budesonide', 'Formoterol + budesonide inhaler', ['beta2_agonist', 'inhaled_corticosteroid'], 'H', [form('inhaler', text('6 mcg + 200 mcg'))], INHALED, { source: 'nlem_2022' }),
  r('ipratropium', 'Ipratropium inhaler', ['anticholinergic'], 'H', [form('inhaler', mcg(20))], INHALED, { source: 'nlem_2022' }),
  r('theophylline', 'Theophylline', ['methylxanthine'], 'H', [tab(100, 300)], ORAL, { source: 'bnf' }),
  r('doxofylline', 'Doxofylline', ['methylxanthine'], 'H', [tab(400)], ORAL, { source: 'nfi_2021' }),
  r('ambroxol', 'Ambroxol', ['mucolytic'], 'H', [tab(30), form('syrup', perMl(15, 5))], ORAL, { source: 'nfi_2021' }),
  r('bromhexine', 'Bromhexine', ['mucolytic'], 'H', [tab(8), form('syrup', perMl(4, 5))], ORAL, { source: 'nfi_2021' }),
  // Serotonergic: with MAO inhibitors, serotonin syndrome (BNF interactions).
  r('dextromethorphan', 'Dextromethorphan', ['antitussive'], 'otc', [form('syrup', perMl(10, 5))], ORAL, { paediatric: childAvoid(6, 'Cough medicines not for under 6 years'), source: 'bnf' }),
  s('dexamethasone', 'Dexamethasone', ['corticosteroid'], 'H', [tab(0.5, 4), form('injection', perMl(8, 2))], ['oral', 'intramuscular', 'intravenous'], { pregnancy: caution('Use the lowest effective dose'), source: 'bnf' }),
  s('prednisolone', 'Prednisolone', ['corticosteroid'], 'H', [tab(5, 10, 20, 40), form('syrup', perMl(5, 5))], ORAL, { doseLimit: limits(60, 60, 2), pregnancy: caution('Use the lowest effective dose'), source: 'bnf' }),
  s('methylprednisolone', 'Methylprednisolone', ['corticosteroid'], 'H', [tab(4, 8, 16), form('injection', { label: '40 mg vial', mg: 40 })], ['oral', 'intramuscular', 'intravenous'], { pregnancy: caution('Use the lowest effective dose'), source: 'bnf' }),
  s('hydrocortisone', 'Hydrocortisone', ['corticosteroid'], 'H', [form('injection', { label: '100 mg vial', mg: 100 }), tab(10)], ['oral', 'intramuscular', 'intravenous'], { source: 'nlem_2022' }),
  s('betamethasone', 'Betamethasone', ['corticosteroid'], 'H', [tab(0.5)], ORAL, { source: 'bnf' }),
  s('deflazacort', 'Deflazacort', ['corticosteroid'], 'H', [tab(6, 30)], ORAL, { source: 'nfi_2021' }),
]
