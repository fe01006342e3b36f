import type { Drug } from '../types.ts'
import { ALLERGY_RESPIRATORY } from './allergy-respiratory.ts'
import { ANAESTHETICS } from './anaesthetics.ts'
import { ANALGESICS } from './analgesics.ts'
import { ANTI_INFECTIVES } from './anti-infectives.ts'
import { ANTIBACTERIALS } from './antibacterials.ts'
import { CARDIOVASCULAR } from './cardiovascular.ts'
import { ENDOCRINE } from './endocrine.ts'
import { GASTROINTESTINAL } from './gastrointestinal.ts'
import { NERVOUS_SYSTEM } from './nervous-system.ts'
import { ORAL_CARE } from './oral-care.ts'
import { VITAMINS } from './vitamins.ts'

/** The shipped drug master, grouped by category in the files beside this one. */
export const DRUGS: readonly Drug[] = [
  ...ANALGESICS,
  ...ANTIBACTERIALS,
  ...ANTI_INFECTIVES,
  ...ANAESTHETICS,
  ...ORAL_CARE,
  ...GASTROINTESTINAL,
  ...ALLERGY_RESPIRATORY,
  ...VITAMINS,
  ...CARDIOVASCULAR,
  ...ENDOCRINE,
  ...NERVOUS_SYSTEM,
]
