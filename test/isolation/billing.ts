import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

const random = () => Math.floor(Math.random() * 1e9)

/** A draft invoice for a new patient of `clinic`. */
async function draftInvoice(tx: Tx, clinic: TestClinic): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${random()}, 'Bill Test', '1990-01-01', 'female')
      RETURNING id)
    INSERT INTO invoices (clinic_id, patient_id, recipient_name, created_by)
    SELECT ${clinic.clinicId}, patient.id, 'Bill Test', ${clinic.ownerUserId} FROM patient
    RETURNING id`.execute(tx)
  const id = rows[0]?.id
  if (!id) throw new Error('isolation: no invoice made')
  return id
}

/** Cross-clinic cases for invoices, their lines, series and counters (see test/isolation-cases.ts). */
export const billingIsolationCases: Record<string, IsolationCase> = {
  document_series: {
    table: 'document_series',
    // Clinics made by the factory have no series (sign-up seeds them), so each kind is free.
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO document_series (clinic_id, kind, prefix)
        VALUES (${clinic.clinicId}, 'receipt', 'RCT') RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'prefix', value: 'MOVED' },
  },
  document_counters: {
    table: 'document_counters',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO document_counters (clinic_id, kind, fy_start_year, last_serial)
        VALUES (${clinic.clinicId}, 'invoice', ${2017 + (random() % 80)}, 1) RETURNING id`.execute(
        tx,
      )
      return rows[0]?.id ?? ''
    },
    update: { column: 'last_serial', value: 999 },
  },
  invoices: {
    table: 'invoices',
    insertRow: draftInvoice,
    update: { column: 'notes', value: 'Moved' },
  },
  invoice_lines: {
    table: 'invoice_lines',
    insertRow: async (tx, clinic) => {
      const invoiceId = await draftInvoice(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO invoice_lines (clinic_id, invoice_id, position, description, sac_code, quantity,
          unit_price_paise, taxable, gst_rate_bp, taxable_value_paise, cgst_paise, sgst_paise, total_paise)
        VALUES (${clinic.clinicId}, ${invoiceId}, 0, 'Consultation', '999312', 1, 50000, false, 0,
          50000, 0, 0, 50000)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'description', value: 'Moved' },
  },
}
