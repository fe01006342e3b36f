import type { ClinicalAlert } from '../../lib/api-types.ts'

// The medical and dental history as the API sends and takes it (server/modules/history/schemas.ts).

export const conditions = [
  'diabetes',
  'hypertension',
  'cardiac_disease',
  'rheumatic_fever',
  'bleeding_disorder',
  'pregnancy',
  'asthma',
  'epilepsy',
  'thyroid_disorder',
  'kidney_disease',
  'liver_disease',
  'hepatitis_b',
  'hepatitis_c',
  'hiv',
  'tuberculosis',
  'cancer',
  'head_neck_radiotherapy',
  'bisphosphonate_therapy',
  'prosthetic_joint',
  'other',
] as const
export type Condition = (typeof conditions)[number]

export const allergyCategories = ['drug', 'anaesthetic', 'latex', 'food', 'other'] as const
export type AllergyCategory = (typeof allergyCategories)[number]
export const allergySeverities = ['mild', 'moderate', 'severe', 'life_threatening'] as const
export type AllergySeverity = (typeof allergySeverities)[number]

export const dentalTreatments = [
  'fillings',
  'root_canal',
  'extractions',
  'crowns_bridges',
  'dentures',
  'orthodontics',
  'implants',
  'scaling',
  'gum_treatment',
] as const
export type DentalTreatment = (typeof dentalTreatments)[number]

/** Smokeless forms are common in India and matter for oral cancer screening. */
export const tobaccoForms = ['smoking', 'chewing', 'gutkha', 'paan', 'khaini', 'snuff'] as const
export type TobaccoForm = (typeof tobaccoForms)[number]
export const tobaccoUses = ['never', 'former', 'current'] as const
export type TobaccoUse = (typeof tobaccoUses)[number]
export const alcoholUses = ['never', 'occasional', 'regular', 'former'] as const
export type AlcoholUse = (typeof alcoholUses)[number]
export const brushingHabits = ['irregular', 'once_daily', 'twice_daily', 'more'] as const
export type BrushingHabit = (typeof brushingHabits)[number]

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
