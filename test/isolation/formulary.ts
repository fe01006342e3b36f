import { sql } from 'kysely'
import type { IsolationCase } from '../cross-clinic.ts'

const unique = () => `${Math.floor(Math.random() * 1e9)}`

/** Cross-clinic cases for the formulary tables (see test/isolation-cases.ts). */
export const formularyIsolationCases: Record<string, IsolationCase> = {
  clinic_drugs: {
    table: 'clinic_drugs',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO clinic_drugs (clinic_id, generic, classes, category, schedule, presentations, routes)
        VALUES (${clinic.clinicId}, ${`Isolation drug ${unique()}`}, '[]'::jsonb, 'other', 'otc',
                '[{"form":"tablet","strengths":[{"label":"10 mg","mg":10}]}]'::jsonb, '["oral"]'::jsonb)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'category', value: 'changed by another clinic' },
  },
  prescription_favourites: {
    table: 'prescription_favourites',
    // The owner's own favourite: the policy own_favourites lets only its prescriber near it.
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO prescription_favourites (clinic_id, user_id, drug_code, strength_label,
          dose_amount, dose_unit, route, frequency, food_timing, duration_days)
        VALUES (${clinic.clinicId}, ${clinic.ownerUserId}, 'paracetamol', '500 mg', 1, 'tablet',
                'oral', '1-1-1', 'after_food', 3)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'duration_days', value: 30 },
  },
  prescription_sets: {
    table: 'prescription_sets',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO prescription_sets (clinic_id, name, lines)
        VALUES (${clinic.clinicId}, ${`Isolation set ${unique()}`},
                '[{"drugCode":"paracetamol","strengthLabel":"500 mg","doseAmount":1,"doseUnit":"tablet","route":"oral","frequency":"1-1-1","foodTiming":"after_food","durationDays":3,"instructionsEn":"","instructionsHi":""}]'::jsonb)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'name', value: 'Renamed by another clinic' },
  },
}
