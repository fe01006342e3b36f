import type { Drug } from '../types.ts'
import { avoid, caution, childAvoid, drugsOf, ORAL, tab } from './build.ts'

const d = drugsOf('nervous_system', 'nlem_2022')
const VALPROATE_PREGNANCY = avoid('Teratogenic: avoid in pregnancy')
const BENZODIAZEPINE = ['benzodiazepine'] as const
const MAOI = ['mao_inhibitor'] as const

// Antiepileptics, antidepressants, MAO inhibitors, lithium, benzodiazepines. Schedules:
// alprazolam, diazepam, chlordiazepoxide, nitrazepam, midazolam and zolpidem are Schedule H1
// (GSR 588(E)); clonazepam and lorazepam are Schedule H. All benzodiazepines are psychotropic
// substances under the NDPS Act Schedule, hence ndpsPsychotropic. Phenobarbital is recorded as
// Schedule H with ndpsPsychotropic: Schedule X names other barbiturates (amobarbital,
// pentobarbital, secobarbital); methylphenidate is Schedule X.
// biome-ignore format: one drug a line reads as a table and reviews as one
export const NERVOUS_SYSTEM: readonly Drug[] = [
  d('phenytoin', 'Phenytoin', ['antiepileptic'], 'H', [tab(50, 100, 300)], ORAL, { pregnancy: caution('Teratogenic risk: specialist advice') }),
  d('carbamazepine', 'Carbamazepine', ['antiepileptic'], 'H', [tab(100, 200, 400)], ORAL, { pregnancy: caution('Teratogenic risk: specialist advice') }),
  d('sodium_valproate', 'Sodium valproate', ['antiepileptic', 'mood_stabiliser'], 'H', [tab(200, 300, 500)], ORAL, { pregnancy: VALPROATE_PREGNANCY, source: 'bnf' }),
  d('levetiracetam', 'Levetiracetam', ['antiepileptic'], 'H', [tab(250, 500, 750)], ORAL),
  d('phenobarbital', 'Phenobarbital', ['antiepileptic'], 'H', [tab(30, 60)], ORAL, { ndpsPsychotropic: true, pregnancy: caution('Teratogenic risk: specialist advice') }),
  d('gabapentin', 'Gabapentin', ['gabapentinoid'], 'H', [tab(100, 300)], ORAL, { source: 'bnf' }),
  d('pregabalin', 'Pregabalin', ['gabapentinoid'], 'H', [tab(75, 150)], ORAL, { source: 'bnf' }),
  d('amitriptyline', 'Amitriptyline', ['tricyclic_antidepressant'], 'H', [tab(10, 25)], ORAL),
  d('nortriptyline', 'Nortriptyline', ['tricyclic_antidepressant'], 'H', [tab(10, 25)], ORAL, { source: 'bnf' }),
  d('imipramine', 'Imipramine', ['tricyclic_antidepressant'], 'H', [tab(25)], ORAL, { source: 'bnf' }),
  d('fluoxetine', 'Fluoxetine', ['ssri'], 'H', [tab(10, 20)], ORAL),
  d('sertraline', 'Sertraline', ['ssri'], 'H', [tab(50, 100)], ORAL),
  d('escitalopram', 'Escitalopram', ['ssri'], 'H', [tab(5, 10, 20)], ORAL),
  d('paroxetine', 'Paroxetine', ['ssri'], 'H', [tab(10, 20)], ORAL, { source: 'bnf' }),
  d('duloxetine', 'Duloxetine', ['snri'], 'H', [tab(20, 30)], ORAL, { source: 'bnf' }),
  d('venlafaxine', 'Venlafaxine', ['snri'], 'H', [tab(37.5, 75)], ORAL, { source: 'bnf' }),
  d('selegiline', 'Selegiline', [...MAOI, 'antiparkinson'], 'H', [tab(5)], ORAL, { source: 'bnf' }),
  d('rasagiline', 'Rasagiline', [...MAOI, 'antiparkinson'], 'H', [tab(0.5, 1)], ORAL, { source: 'bnf' }),
  d('moclobemide', 'Moclobemide', MAOI, 'H', [tab(150, 300)], ORAL, { source: 'bnf' }),
  d('lithium', 'Lithium carbonate', ['mood_stabiliser'], 'H', [tab(300, 400)], ORAL, { pregnancy: avoid('Cardiac malformations: avoid, especially first trimester') }),
  d('olanzapine', 'Olanzapine', ['antipsychotic'], 'H', [tab(5, 10)], ORAL),
  d('risperidone', 'Risperidone', ['antipsychotic'], 'H', [tab(1, 2)], ORAL),
  d('haloperidol', 'Haloperidol', ['antipsychotic'], 'H', [tab(1.5, 5)], ORAL),
  d('levodopa_carbidopa', 'Levodopa + carbidopa', ['antiparkinson'], 'H', [{ form: 'tablet', strengths: [{ label: '100 mg + 10 mg', mg: 100 }, { label: '250 mg + 25 mg', mg: 250 }] }], ORAL),
  d('alprazolam', 'Alprazolam', BENZODIAZEPINE, 'H1', [tab(0.25, 0.5)], ORAL, { ndpsPsychotropic: true, pregnancy: caution('Neonatal withdrawal'), paediatric: childAvoid(18, 'Not for under 18 years'), source: 'gsr_588e_2013' }),
  d('diazepam', 'Diazepam', BENZODIAZEPINE, 'H1', [tab(2, 5, 10)], ['oral', 'intravenous', 'rectal'], { ndpsPsychotropic: true, pregnancy: caution('Neonatal withdrawal'), source: 'gsr_588e_2013' }),
  d('chlordiazepoxide', 'Chlordiazepoxide', BENZODIAZEPINE, 'H1', [tab(10, 25)], ORAL, { ndpsPsychotropic: true, source: 'gsr_588e_2013' }),
  d('nitrazepam', 'Nitrazepam', BENZODIAZEPINE, 'H1', [tab(5, 10)], ORAL, { ndpsPsychotropic: true, source: 'gsr_588e_2013' }),
  d('midazolam', 'Midazolam', BENZODIAZEPINE, 'H1', [{ form: 'injection', strengths: [{ label: '1 mg/ml', mg: 1, perMl: 1 }] }], ['intravenous', 'intramuscular', 'nasal'], { ndpsPsychotropic: true, source: 'gsr_588e_2013' }),
  d('clonazepam', 'Clonazepam', BENZODIAZEPINE, 'H', [tab(0.25, 0.5, 1)], ORAL, { ndpsPsychotropic: true, pregnancy: caution('Neonatal withdrawal'), source: 'ndps_act_1985' }),
  d('lorazepam', 'Lorazepam', BENZODIAZEPINE, 'H', [tab(1, 2)], ORAL, { ndpsPsychotropic: true, source: 'ndps_act_1985' }),
  d('zolpidem', 'Zolpidem', ['z_drug'], 'H1', [tab(5, 10)], ORAL, { ndpsPsychotropic: true, source: 'gsr_588e_2013' }),
  d('methylphenidate', 'Methylphenidate', ['cns_stimulant'], 'X', [tab(5, 10)], ORAL, { ndpsPsychotropic: true, paediatric: childAvoid(6, 'Not under 6 years'), source: 'dc_rules_1945' }),
  d('betahistine', 'Betahistine', ['antivertigo'], 'H', [tab(8, 16)], ORAL, { source: 'bnf' }),
  d('cinnarizine', 'Cinnarizine', ['sedating_antihistamine', 'antihistamine'], 'H', [tab(25)], ORAL, { source: 'bnf' }),
]
