import type { Drug } from '../types.ts'
import { avoid, caution, drugsOf, form, mcg, ORAL, tab } from './build.ts'

const d = drugsOf('cardiovascular', 'nlem_2022')
const b = drugsOf('blood', 'nlem_2022')
const ACE_ARB_PREGNANCY = avoid('Fetal renal toxicity: avoid in pregnancy')
const STATIN_PREGNANCY = avoid('Avoid in pregnancy')
const BETA1 = ['cardioselective_beta_blocker', 'beta_blocker'] as const
const NON_SELECTIVE = ['non_selective_beta_blocker', 'beta_blocker'] as const

// Chronic medicines a dentist meets in the history: what matters here is class membership for
// the interaction table (anticoagulants and antiplatelets with NSAIDs; non-selective
// beta-blockers with adrenaline; digoxin with macrolides). All Schedule H.
// biome-ignore format: one drug a line reads as a table and reviews as one
export const CARDIOVASCULAR: readonly Drug[] = [
  d('amlodipine', 'Amlodipine', ['calcium_channel_blocker'], 'H', [tab(2.5, 5, 10)], ORAL),
  d('nifedipine', 'Nifedipine', ['calcium_channel_blocker'], 'H', [tab(10, 20)], ORAL),
  d('cilnidipine', 'Cilnidipine', ['calcium_channel_blocker'], 'H', [tab(10)], ORAL, { source: 'nfi_2021' }),
  d('telmisartan', 'Telmisartan', ['arb'], 'H', [tab(20, 40, 80)], ORAL, { pregnancy: ACE_ARB_PREGNANCY }),
  d('losartan', 'Losartan', ['arb'], 'H', [tab(25, 50)], ORAL, { pregnancy: ACE_ARB_PREGNANCY }),
  d('olmesartan', 'Olmesartan', ['arb'], 'H', [tab(20, 40)], ORAL, { pregnancy: ACE_ARB_PREGNANCY, source: 'nfi_2021' }),
  d('enalapril', 'Enalapril', ['ace_inhibitor'], 'H', [tab(2.5, 5, 10)], ORAL, { pregnancy: ACE_ARB_PREGNANCY }),
  d('ramipril', 'Ramipril', ['ace_inhibitor'], 'H', [tab(2.5, 5)], ORAL, { pregnancy: ACE_ARB_PREGNANCY }),
  d('atenolol', 'Atenolol', BETA1, 'H', [tab(25, 50)], ORAL),
  d('metoprolol', 'Metoprolol', BETA1, 'H', [tab(25, 50)], ORAL),
  d('bisoprolol', 'Bisoprolol', BETA1, 'H', [tab(2.5, 5)], ORAL),
  d('nebivolol', 'Nebivolol', BETA1, 'H', [tab(5)], ORAL, { source: 'bnf' }),
  d('propranolol', 'Propranolol', NON_SELECTIVE, 'H', [tab(10, 40)], ORAL),
  d('carvedilol', 'Carvedilol', NON_SELECTIVE, 'H', [tab(3.125, 6.25, 12.5)], ORAL, { source: 'bnf' }),
  d('hydrochlorothiazide', 'Hydrochlorothiazide', ['diuretic'], 'H', [tab(12.5, 25)], ORAL),
  d('furosemide', 'Furosemide', ['diuretic'], 'H', [tab(40)], ORAL),
  d('spironolactone', 'Spironolactone', ['diuretic'], 'H', [tab(25, 50)], ORAL),
  d('isosorbide_mononitrate', 'Isosorbide mononitrate', ['nitrate'], 'H', [tab(10, 20, 30)], ORAL),
  d('glyceryl_trinitrate', 'Glyceryl trinitrate', ['nitrate'], 'H', [form('tablet', mcg(500)), form('spray', mcg(400))], ['sublingual']),
  d('digoxin', 'Digoxin', ['cardiac_glycoside'], 'H', [tab(0.25)], ORAL),
  d('amiodarone', 'Amiodarone', ['antiarrhythmic'], 'H', [tab(100, 200)], ORAL, { source: 'bnf' }),
  d('atorvastatin', 'Atorvastatin', ['statin'], 'H', [tab(10, 20, 40, 80)], ORAL, { pregnancy: STATIN_PREGNANCY }),
  d('rosuvastatin', 'Rosuvastatin', ['statin'], 'H', [tab(5, 10, 20)], ORAL, { pregnancy: STATIN_PREGNANCY, source: 'bnf' }),
  d('simvastatin', 'Simvastatin', ['statin'], 'H', [tab(10, 20, 40)], ORAL, { pregnancy: STATIN_PREGNANCY, source: 'bnf' }),
  b('aspirin_low_dose', 'Aspirin (low dose)', ['antiplatelet', 'salicylate'], 'otc', [tab(75, 150)], ORAL, { components: ['aspirin'], source: 'nlem_2022' }),
  b('clopidogrel', 'Clopidogrel', ['p2y12_inhibitor', 'antiplatelet'], 'H', [tab(75)], ORAL),
  b('ticagrelor', 'Ticagrelor', ['p2y12_inhibitor', 'antiplatelet'], 'H', [tab(90)], ORAL, { source: 'bnf' }),
  b('clopidogrel_aspirin', 'Clopidogrel + aspirin', ['p2y12_inhibitor', 'antiplatelet', 'salicylate'], 'H', [form('capsule', { label: '75 mg + 75 mg', mg: 75 })], ORAL, { components: ['clopidogrel', 'aspirin'], source: 'nfi_2021' }),
  b('warfarin', 'Warfarin', ['vitamin_k_antagonist', 'anticoagulant'], 'H', [tab(1, 2, 5)], ORAL, { pregnancy: avoid('Teratogenic: avoid in pregnancy') }),
  b('acenocoumarol', 'Acenocoumarol', ['vitamin_k_antagonist', 'anticoagulant'], 'H', [tab(1, 2, 4)], ORAL, { pregnancy: avoid('Teratogenic: avoid in pregnancy') }),
  b('apixaban', 'Apixaban', ['noac', 'anticoagulant'], 'H', [tab(2.5, 5)], ORAL, { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  b('rivaroxaban', 'Rivaroxaban', ['noac', 'anticoagulant'], 'H', [tab(10, 15, 20)], ORAL, { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  b('dabigatran', 'Dabigatran', ['noac', 'anticoagulant'], 'H', [{ form: 'capsule', strengths: [{ label: '110 mg', mg: 110 }, { label: '150 mg', mg: 150 }] }], ORAL, { pregnancy: avoid('Avoid in pregnancy'), source: 'bnf' }),
  b('heparin', 'Heparin', ['anticoagulant'], 'H', [form('injection', { label: '5000 IU/ml' })], ['intravenous', 'subcutaneous'], { pregnancy: caution('Preferred anticoagulant in pregnancy; specialist use') }),
]
