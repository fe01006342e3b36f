import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

const random = () => Math.floor(Math.random() * 1e9)

/** A patient with a proposed plan in `clinic`. */
async function proposedPlan(tx: Tx, clinic: TestClinic) {
  const { rows } = await sql<{ patient_id: string; plan_id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${random()}, 'Plan Test', '1990-01-01', 'female')
      RETURNING id)
    INSERT INTO treatment_plans (clinic_id, patient_id, title, doctor_id, created_by)
    SELECT ${clinic.clinicId}, patient.id, 'Isolation plan', ${clinic.ownerUserId}, ${clinic.ownerUserId}
    FROM patient
    RETURNING patient_id, id AS plan_id`.execute(tx)
  const row = rows[0]
  if (!row) throw new Error('isolation: no plan made')
  return row
}

/** An item (RCT on 36) of a new proposed plan, from a catalogue item made for it. */
async function planItem(tx: Tx, clinic: TestClinic) {
  const { patient_id, plan_id } = await proposedPlan(tx, clinic)
  const { rows } = await sql<{ id: string }>`
    WITH procedure AS (
      INSERT INTO procedures (clinic_id, code, name, category, pricing_model, price_paise, sac_code)
      VALUES (${clinic.clinicId}, ${`ISO-${random()}`}, 'Isolation RCT', 'endodontic', 'per_tooth', 650000, '999312')
      RETURNING id)
    INSERT INTO treatment_plan_items (clinic_id, plan_id, patient_id, procedure_id, code, name,
      pricing_model, tooth, unit_price_paise, sac_code, taxable, gst_rate_bp, created_by)
    SELECT ${clinic.clinicId}, ${plan_id}, ${patient_id}, procedure.id, 'RCT-M', 'Isolation RCT',
      'per_tooth', 36, 650000, '999312', false, 0, ${clinic.ownerUserId}
    FROM procedure
    RETURNING id`.execute(tx)
  const id = rows[0]?.id
  if (!id) throw new Error('isolation: no item made')
  return { id, patient_id }
}

/** Cross-clinic cases for plans, their items and sittings (see test/isolation-cases.ts). */
export const planIsolationCases: Record<string, IsolationCase> = {
  treatment_plans: {
    table: 'treatment_plans',
    insertRow: async (tx, clinic) => (await proposedPlan(tx, clinic)).plan_id,
    update: { column: 'title', value: 'Moved' },
  },
  treatment_plan_items: {
    table: 'treatment_plan_items',
    insertRow: async (tx, clinic) => (await planItem(tx, clinic)).id,
    update: { column: 'discount_paise', value: 1 },
  },
  treatment_sittings: {
    table: 'treatment_sittings',
    insertRow: async (tx, clinic) => {
      const item = await planItem(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO treatment_sittings (clinic_id, item_id, patient_id, sitting_number, performed_on,
          doctor_id, work_done, recorded_by)
        VALUES (${clinic.clinicId}, ${item.id}, ${item.patient_id}, 1, '2026-12-01',
          ${clinic.ownerUserId}, 'Access opening', ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'work_done', value: 'Moved' },
  },
}
