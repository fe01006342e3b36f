import type { ClinicalAlert } from '../../lib/api-types.ts'

// The medical and dental history as the API sends and takes it (server/modules/history/schemas.ts).

import type { Condition } from '../../../../shared/clinical/history-codes.ts'

export {
  ALCOHOL_USES as alcoholUses,
  ALLERGY_CATEGORIES as allergyCategories,
  ALLERGY_SEVERITIES as allergySeverities,
  BRUSHING_HABITS as brushingHabits,
  CONDITIONS as conditions,
  DENTAL_TREATMENTS as dentalTreatments,
  TOBACCO_FORMS as tobaccoForms,
  TOBACCO_USES as tobaccoUses,
} from '../../../../shared/clinical/history-codes.ts'
export type { Condition }

type Codes = typeof import('../../../../shared/clinical/history-codes.ts')
export type AllergyCategory = Codes['ALLERGY_CATEGORIES'][number]
export type AllergySeverity = Codes['ALLERGY_SEVERITIES'][number]
export type DentalTreatment = Codes['DENTAL_TREATMENTS'][number]
export type TobaccoForm = Codes['TOBACCO_FORMS'][number]
export type TobaccoUse = Codes['TOBACCO_USES'][number]
export type AlcoholUse = Codes['ALCOHOL_USES'][number]
export type BrushingHabit = Codes['BRUSHING_HABITS'][number]

export interface ConditionEntry {
  code: Condition
  note?: string
  since?: string
}

export interface Allergy {
  substance: string
  category: AllergyCategory
  severity: AllergySeverity
  reaction?: string
}

export interface Medication {
  name: string
  dose?: string
  frequency?: string
  isBloodThinner?: boolean
}

export interface Habits {
  tobacco?: TobaccoUse
  tobaccoForms?: TobaccoForm[]
  alcohol?: AlcoholUse
  notes?: string
}

export interface DentalHistory {
  lastDentalVisit?: string
  previousTreatments?: DentalTreatment[]
  brushing?: BrushingHabit
  bleedingGums?: boolean
  sensitivity?: boolean
  dentalAnxiety?: boolean
  notes?: string
}

/** The body of PUT /patients/{id}/history: the whole history, with the version edited. */
export interface SaveHistory {
  conditions: ConditionEntry[]
  allergies: Allergy[]
  medications: Medication[]
  habits: Habits
  dentalHistory: DentalHistory
  chiefComplaint: string | null
  /** 0 for a first history. */
  version: number
}

export interface History extends SaveHistory {
  updatedAt: string | null
  /** The name of whoever saved it last. */
  updatedBy: string | null
  alerts: ClinicalAlert[]
}
