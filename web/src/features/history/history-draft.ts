import { CONDITIONS as conditions } from '../../../../shared/clinical/history-codes.ts'
import type {
  AlcoholUse,
  AllergyCategory,
  AllergySeverity,
  BrushingHabit,
  Condition,
  DentalTreatment,
  History,
  SaveHistory,
  TobaccoForm,
  TobaccoUse,
} from '../../../../shared/contracts/history.ts'
import type { FieldErrors } from '../../ui/use-form.ts'

// The history form's state: every field a string or a list, as the inputs hold it, turned into
// the API body on save. Rows carry a key so React keeps each input with its row when one is
// removed from the middle.

export interface ConditionDraft {
  note: string
  since: string
  /** Latest HbA1c %, as typed; only on diabetes (the periodontitis grade reads it). */
  hba1c?: string
}

export interface AllergyDraft {
  key: number
  substance: string
  category: AllergyCategory
  severity: AllergySeverity
  reaction: string
}

export interface MedicationDraft {
  key: number
  name: string
  dose: string
  frequency: string
  isBloodThinner: boolean
}

export interface HistoryDraft {
  /** The ticked conditions. */
  conditions: Partial<Record<Condition, ConditionDraft>>
  allergies: AllergyDraft[]
  medications: MedicationDraft[]
  tobacco: TobaccoUse | ''
  tobaccoForms: TobaccoForm[]
  /** As typed; sent only for current or former smoking. */
  cigarettesPerDay?: string
  alcohol: AlcoholUse | ''
  habitNotes: string
  lastDentalVisit: string
  previousTreatments: DentalTreatment[]
  brushing: BrushingHabit | ''
  bleedingGums: boolean
  sensitivity: boolean
  dentalAnxiety: boolean
  dentalNotes: string
  chiefComplaint: string
}

let nextKey = 1
export const rowKey = () => nextKey++

export const newAllergy = (): AllergyDraft => ({
  key: rowKey(),
  substance: '',
  category: 'drug',
  severity: 'moderate',
  reaction: '',
})

export const newMedication = (): MedicationDraft => ({
  key: rowKey(),
  name: '',
  dose: '',
  frequency: '',
  isBloodThinner: false,
})

export function draftFromHistory(history: History): HistoryDraft {
  const { habits, dentalHistory } = history
  return {
    conditions: Object.fromEntries(
      history.conditions.map((entry) => [
        entry.code,
        {
          note: entry.note ?? '',
          since: entry.since ?? '',
          hba1c: entry.hba1cPercent === undefined ? '' : String(entry.hba1cPercent),
        },
      ]),
    ),
    allergies: history.allergies.map((allergy) => ({
      ...allergy,
      key: rowKey(),
      reaction: allergy.reaction ?? '',
    })),
    medications: history.medications.map((medication) => ({
      key: rowKey(),
      name: medication.name,
      dose: medication.dose ?? '',
      frequency: medication.frequency ?? '',
      isBloodThinner: medication.isBloodThinner ?? false,
    })),
    tobacco: habits.tobacco ?? '',
    tobaccoForms: habits.tobaccoForms ?? [],
    cigarettesPerDay: habits.cigarettesPerDay === undefined ? '' : String(habits.cigarettesPerDay),
    alcohol: habits.alcohol ?? '',
    habitNotes: habits.notes ?? '',
    lastDentalVisit: dentalHistory.lastDentalVisit ?? '',
    previousTreatments: dentalHistory.previousTreatments ?? [],
    brushing: dentalHistory.brushing ?? '',
    bleedingGums: dentalHistory.bleedingGums ?? false,
    sensitivity: dentalHistory.sensitivity ?? false,
    dentalAnxiety: dentalHistory.dentalAnxiety ?? false,
    dentalNotes: dentalHistory.notes ?? '',
    chiefComplaint: history.chiefComplaint ?? '',
  }
}

/** Trimmed text, or nothing: the API keeps optional fields out rather than empty. */
const optional = (text: string) => (text.trim() === '' ? undefined : text.trim())
const unlessEmpty = <T>(value: T | '') => (value === '' ? undefined : value)
/** A typed number (a decimal comma accepted), or nothing; what is not a number goes as such for the API to name. */
const typedNumber = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? undefined : Number(text.trim().replace(',', '.'))

/** The ticked conditions in the API's order; their index is how the API names a failing field. */
export function tickedConditions(draft: HistoryDraft): Condition[] {
  return conditions.filter((condition) => draft.conditions[condition] !== undefined)
}

export function bodyFromDraft(draft: HistoryDraft, version: number): SaveHistory {
  return {
    conditions: tickedConditions(draft).map((code) => {
      const entry = draft.conditions[code]
      return {
        code,
        note: optional(entry?.note ?? ''),
        since: optional(entry?.since ?? ''),
        hba1cPercent: code === 'diabetes' ? typedNumber(entry?.hba1c) : undefined,
      }
    }),
    allergies: draft.allergies.map((allergy) => ({
      substance: allergy.substance.trim(),
      category: allergy.category,
      severity: allergy.severity,
      reaction: optional(allergy.reaction),
    })),
    medications: draft.medications.map((medication) => ({
      name: medication.name.trim(),
      dose: optional(medication.dose),
      frequency: optional(medication.frequency),
      isBloodThinner: medication.isBloodThinner || undefined,
    })),
    habits: {
      tobacco: unlessEmpty(draft.tobacco),
      tobaccoForms: draft.tobacco === 'never' ? undefined : draft.tobaccoForms,
      cigarettesPerDay:
        draft.tobacco !== 'never' && draft.tobaccoForms.includes('smoking')
          ? typedNumber(draft.cigarettesPerDay)
          : undefined,
      alcohol: unlessEmpty(draft.alcohol),
      notes: optional(draft.habitNotes),
    },
    dentalHistory: {
      lastDentalVisit: optional(draft.lastDentalVisit),
      previousTreatments: draft.previousTreatments,
      brushing: unlessEmpty(draft.brushing),
      bleedingGums: draft.bleedingGums || undefined,
      sensitivity: draft.sensitivity || undefined,
      dentalAnxiety: draft.dentalAnxiety || undefined,
      notes: optional(draft.dentalNotes),
    },
    chiefComplaint: optional(draft.chiefComplaint) ?? null,
    version,
  }
}

export type DraftMessages = Record<'substance' | 'medicine' | 'otherNote', string>

/** What the server would refuse, keyed by the field names the API uses (allergies.0.substance). */
export function validateDraft(draft: HistoryDraft, messages: DraftMessages): FieldErrors {
  const errors: FieldErrors = {}
  tickedConditions(draft).forEach((code, index) => {
    if (code === 'other' && !draft.conditions.other?.note.trim()) {
      errors[`conditions.${index}.note`] = messages.otherNote
    }
  })
  draft.allergies.forEach((allergy, index) => {
    if (!allergy.substance.trim()) errors[`allergies.${index}.substance`] = messages.substance
  })
  draft.medications.forEach((medication, index) => {
    if (!medication.name.trim()) errors[`medications.${index}.name`] = messages.medicine
  })
  return errors
}
