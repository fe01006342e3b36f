// Prescribing (issue #13): the shipped drug master, dose arithmetic and the safety checks.
// Pure TypeScript shared by the server and the web app; the contract is types.ts.
// See docs/decisions/0023-drug-master-and-safety-data.md.

export { DRUG_CLASSES, type DrugClass, type DrugClassKey, isDrugClassKey } from './classes.ts'
export { CROSS_REACTIVITY, type CrossReactivity } from './cross-reactivity.ts'
export { hardLimitProblem, milligramsPerDay, milligramsPerDose } from './dose.ts'
export { DRUGS, findMasterDrug, searchMasterDrugs } from './drug-master.ts'
export { TIMES_PER_DAY, timesPerDay } from './frequency.ts'
export { INTERACTIONS, type Interaction, type InteractionSide } from './interactions.ts'
export { matchText, type TextMatch } from './match-text.ts'
export { checkPrescription } from './safety.ts'
export { isSourceKey, SOURCES, type Source, type SourceKey } from './sources.ts'
export * from './types.ts'
