import type {
  DosageForm,
  DoseUnit,
  DrugSchedule,
  FoodTiming,
  Frequency,
  Route,
} from '../../../shared/prescriptions/types.ts'
import type { Letterhead } from './types.ts'

/** One medicine as printed (india-domain §5.1: generic name, strength, form, dose, route…). */
export interface PrescriptionDocumentLine {
  genericName: string
  strengthLabel: string | null
  form: DosageForm
  doseAmount: number
  doseUnit: DoseUnit
  route: Route
  frequency: Frequency
  foodTiming: FoodTiming
  durationDays: number
  quantity: string
  /** In the prescription's language. */
  instructions: string
  /** Null for a custom line. */
  schedule: DrugSchedule | null
}

/**
 * A prescription as the PDF prints it (server/modules/prescriptions builds it from its rows).
 * A draft prints as "Draft — not valid for dispensing", without a number.
 */
export interface PrescriptionDocument {
  language: 'en' | 'hi'
  letterhead: Letterhead
  /** The issue time (or the draft's last change): the printed date and the PDF's CreationDate. */
  issuedAt: Date
  timeZone: string
  isDraft: boolean
  number: string | null
  prescriber: {
    name: string
    qualification: string | null
    council: string | null
    registrationNumber: string | null
  }
  patient: {
    name: string
    reference: string
    /** "34 y / F". */
    ageSex: string
    /** Printed for a child (india-domain §5.1: weight for children); null otherwise. */
    weightKg: number | null
  }
  diagnosis: string
  advice: string
  /** YYYY-MM-DD. */
  followUpDate: string | null
  lines: PrescriptionDocumentLine[]
}
