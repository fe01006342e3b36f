import { sql } from 'kysely'
import { expect } from 'vitest'
import type { Invoice } from '../../../shared/contracts/billing.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import type { TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { withClinic } from '../../db/with-clinic.ts'

/** A valid GSTIN of Maharashtra (state 27), with its check character. */
export const CLINIC_GSTIN = '27AAPFU0939F1ZV'

/** A clinic with one of each role. */
export async function billingClinic(t: TestApp, name?: string) {
  const signedUp = await signUpClinic(t.app, name)
  const staff = new Map<Role, { client: TestClient; userId: string }>()
  staff.set('owner', signedUp)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
  const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
  const context = { clinicId: signedUp.clinicId, userId: signedUp.userId }
  return { clinicId: signedUp.clinicId, owner: signedUp.client, context, person }
}
export type BillingClinic = Awaited<ReturnType<typeof billingClinic>>

/** Registers the clinic for GST (or not), straight in the database, as the owner would. */
export async function setGstin(t: TestApp, clinic: BillingClinic, gstin: string | null) {
  await withClinic(t.database.db, clinic.context, (tx) =>
    sql`UPDATE clinics SET gstin = ${gstin}, state_code = '27'`.execute(tx),
  )
}

export async function newPatient(owner: TestClient, body: object = {}): Promise<string> {
  const response = await owner.post('/api/v1/patients', {
    fullName: 'Meera Iyer',
    ageYears: 41,
    sex: 'female',
    ...body,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

export const invoicesPath = (patientId: string) => `/api/v1/patients/${patientId}/invoices`
export const invoicePath = (patientId: string, invoiceId: string) =>
  `${invoicesPath(patientId)}/${invoiceId}`

/** The invoice in an answer, after checking the status. */
export async function invoiceOf(response: Response, status = 200): Promise<Invoice> {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(status)
  return body as Invoice
}

export const CONSULTATION = {
  description: 'Consultation and oral examination',
  sacCode: '999312',
  quantity: 1,
  unitPricePaise: 50_000,
}
export const WHITENING = {
  description: 'Teeth whitening, in-office',
  sacCode: '999722',
  quantity: 1,
  unitPricePaise: 1_800_000,
  gstRateBp: 500,
}

/** Drafts an invoice of `lines` for the patient and issues it; answers the issued invoice. */
export async function draftAndIssue(
  client: TestClient,
  patientId: string,
  lines: object[],
): Promise<Invoice> {
  const draft = await invoiceOf(await client.post(invoicesPath(patientId), { lines }), 201)
  return invoiceOf(await client.post(`${invoicePath(patientId, draft.id)}/issue`))
}

/** How many invoices and lines the clinic has, and its counters: compared around refusals. */
export function billingState(t: TestApp, clinicId: string) {
  return t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ invoices: string; counters: string }>`
      SELECT (SELECT json_agg(to_jsonb(i) ORDER BY i.id)::text FROM invoices i WHERE clinic_id = ${clinicId}) AS invoices,
             (SELECT json_agg(to_jsonb(l) ORDER BY l.id)::text FROM invoice_lines l WHERE clinic_id = ${clinicId}) AS lines,
             (SELECT json_agg(to_jsonb(c) ORDER BY c.id)::text FROM document_counters c WHERE clinic_id = ${clinicId}) AS counters`.execute(
      tx,
    )
    return rows[0]
  })
}
