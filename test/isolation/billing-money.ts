import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

const random = () => Math.floor(Math.random() * 9e7) + 1

/** An issued ₹500 bill of supply (one exempt line) for a new patient of `clinic`. */
async function issuedInvoice(tx: Tx, clinic: TestClinic) {
  const serial = random()
  const { rows } = await sql<{ invoice_id: string; line_id: string; patient_id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${random()}, 'Money Test', '1990-01-01', 'male')
      RETURNING id),
    invoice AS (
      INSERT INTO invoices (clinic_id, patient_id, recipient_name, created_by)
      SELECT ${clinic.clinicId}, patient.id, 'Money Test', ${clinic.ownerUserId} FROM patient
      RETURNING id, patient_id),
    line AS (
      INSERT INTO invoice_lines (clinic_id, invoice_id, position, description, sac_code, quantity,
        unit_price_paise, taxable, gst_rate_bp, taxable_value_paise, cgst_paise, sgst_paise, total_paise)
      SELECT ${clinic.clinicId}, invoice.id, 0, 'Consultation', '999312', 1, 50000, false, 0, 50000, 0, 0, 50000
      FROM invoice RETURNING id)
    SELECT invoice.id AS invoice_id, line.id AS line_id, invoice.patient_id FROM invoice, line`.execute(
    tx,
  )
  const made = rows[0]
  if (!made) throw new Error('isolation: no invoice made')
  await sql`
    UPDATE invoices SET status = 'issued', kind = 'bill_of_supply', number = ${`I/26-27/${serial}`},
      fy_start_year = 2026, serial = ${serial}, issued_at = now(), issued_by = ${clinic.ownerUserId},
      supplier_name = 'Clinic', exempt_value_paise = 50000, total_paise = 50000
    WHERE id = ${made.invoice_id}`.execute(tx)
  return { invoiceId: made.invoice_id, lineId: made.line_id, patientId: made.patient_id }
}

async function creditNote(
  tx: Tx,
  clinic: TestClinic,
  invoice: { invoiceId: string; patientId: string },
) {
  const serial = random()
  const { rows } = await sql<{ id: string }>`
    INSERT INTO credit_notes (clinic_id, patient_id, invoice_id, number, fy_start_year, serial,
      issued_at, issued_by, reason, supplier_name, taxable_value_paise, exempt_value_paise,
      cgst_paise, sgst_paise, total_paise)
    VALUES (${clinic.clinicId}, ${invoice.patientId}, ${invoice.invoiceId}, ${`C/26-27/${serial}`}, 2026,
      ${serial}, now(), ${clinic.ownerUserId}, 'discount', 'Clinic', 0, 10000, 0, 0, 10000)
    RETURNING id`.execute(tx)
  return rows[0]?.id ?? ''
}

async function payment(tx: Tx, clinic: TestClinic, patientId: string) {
  const serial = random()
  const { rows } = await sql<{ id: string }>`
    INSERT INTO payments (clinic_id, patient_id, number, fy_start_year, serial, received_at,
      received_by, amount_paise)
    VALUES (${clinic.clinicId}, ${patientId}, ${`R/26-27/${serial}`}, 2026, ${serial}, now(),
      ${clinic.ownerUserId}, 50000)
    RETURNING id`.execute(tx)
  return rows[0]?.id ?? ''
}

/**
 * Cross-clinic cases for credit notes, payments, their tenders and allocations, and refunds
 * (20261207080000_credit_notes_payments.sql; see test/isolation-cases.ts). These rows are
 * written once: an update of one's own row is refused by its trigger, of another clinic's row
 * finds nothing.
 */
export const billingMoneyIsolationCases: Record<string, IsolationCase> = {
  credit_notes: {
    table: 'credit_notes',
    insertRow: async (tx, clinic) => creditNote(tx, clinic, await issuedInvoice(tx, clinic)),
    update: { column: 'note', value: 'Moved' },
  },
  credit_note_lines: {
    table: 'credit_note_lines',
    insertRow: async (tx, clinic) => {
      const invoice = await issuedInvoice(tx, clinic)
      const noteId = await creditNote(tx, clinic, invoice)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO credit_note_lines (clinic_id, credit_note_id, invoice_line_id, position,
          taxable_value_paise, cgst_paise, sgst_paise, total_paise)
        VALUES (${clinic.clinicId}, ${noteId}, ${invoice.lineId}, 0, 10000, 0, 0, 10000)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'total_paise', value: 1 },
  },
  payments: {
    table: 'payments',
    insertRow: async (tx, clinic) =>
      payment(tx, clinic, (await issuedInvoice(tx, clinic)).patientId),
    update: { column: 'notes', value: 'Moved' },
  },
  payment_tenders: {
    table: 'payment_tenders',
    insertRow: async (tx, clinic) => {
      const paymentId = await payment(tx, clinic, (await issuedInvoice(tx, clinic)).patientId)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO payment_tenders (clinic_id, payment_id, position, mode, amount_paise)
        VALUES (${clinic.clinicId}, ${paymentId}, 0, 'cash', 50000) RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'amount_paise', value: 1 },
  },
  payment_allocations: {
    table: 'payment_allocations',
    insertRow: async (tx, clinic) => {
      const invoice = await issuedInvoice(tx, clinic)
      const paymentId = await payment(tx, clinic, invoice.patientId)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO payment_allocations (clinic_id, patient_id, invoice_id, payment_id, amount_paise,
          created_by)
        VALUES (${clinic.clinicId}, ${invoice.patientId}, ${invoice.invoiceId}, ${paymentId}, 50000,
          ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'amount_paise', value: 1 },
  },
  refunds: {
    table: 'refunds',
    insertRow: async (tx, clinic) => {
      const { patientId } = await issuedInvoice(tx, clinic)
      const serial = random()
      const { rows } = await sql<{ id: string }>`
        INSERT INTO refunds (clinic_id, patient_id, number, fy_start_year, serial, refunded_at,
          refunded_by, mode, amount_paise, reason)
        VALUES (${clinic.clinicId}, ${patientId}, ${`F/26-27/${serial}`}, 2026, ${serial}, now(),
          ${clinic.ownerUserId}, 'cash', 100, 'Test')
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'reason', value: 'Moved' },
  },
  instalment_plans: {
    table: 'instalment_plans',
    insertRow: async (tx, clinic) => instalmentPlan(tx, clinic),
    update: { column: 'note', value: 'Moved' },
  },
  instalments: {
    table: 'instalments',
    insertRow: async (tx, clinic) => {
      const planId = await instalmentPlan(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO instalments (clinic_id, plan_id, position, due_on, amount_paise)
        VALUES (${clinic.clinicId}, ${planId}, 0, '2026-07-01', 50000) RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'amount_paise', value: 1 },
  },
}

async function instalmentPlan(tx: Tx, clinic: TestClinic) {
  const invoice = await issuedInvoice(tx, clinic)
  const { rows } = await sql<{ id: string }>`
    INSERT INTO instalment_plans (clinic_id, patient_id, invoice_id, covered_before_paise, created_by)
    VALUES (${clinic.clinicId}, ${invoice.patientId}, ${invoice.invoiceId}, 0, ${clinic.ownerUserId})
    RETURNING id`.execute(tx)
  return rows[0]?.id ?? ''
}
