/**
 * The coded answers of the medical and dental history, shared by the API's
 * validation (server/modules/history/schemas.ts) and the screens
 * (web/src/features/history), so both always offer the same choices.
 * Conditions follow the medical questionnaires taken before dental treatment:
 * bleeding, endocarditis and anaesthesia risk, drugs that change what may be
 * prescribed, osteonecrosis risk, infections that matter for cross-infection control.
 */
export const CONDITIONS = [
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
export type Condition = (typeof CONDITIONS)[number]

export const ALLERGY_CATEGORIES = ['drug', 'anaesthetic', 'latex', 'food', 'other'] as const
export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe', 'life_threatening'] as const

export const DENTAL_TREATMENTS = [
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

/** Smokeless forms are common in India and matter for oral cancer screening. */
export const TOBACCO_FORMS = ['smoking', 'chewing', 'gutkha', 'paan', 'khaini', 'snuff'] as const
export const TOBACCO_USES = ['never', 'former', 'current'] as const
export const ALCOHOL_USES = ['never', 'occasional', 'regular', 'former'] as const
export const BRUSHING_HABITS = ['irregular', 'once_daily', 'twice_daily', 'more'] as const
