import { sql } from 'kysely'
import { expect } from 'vitest'
import type { Invoice } from '../../../shared/contracts/billing.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import type { TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { withClinic } from '../../db/with-clinic.ts'

// What the reports' tests need to bill through the API, kept here: a module's tests do not
// import another module's files past its index.ts (boundaries.test.ts).

/** A valid GSTIN of Maharashtra (state 27), with its check character. */
export const CLINIC_GSTIN = '27AAPFU0939F1ZV'

/** A clinic with one of each role. */
export async function reportsClinic(t: TestApp, name?: string) {
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
export type ReportsClinic = Awaited<ReturnType<typeof reportsClinic>>

/** Registers the clinic for GST in Maharashtra, with its address, as the owner would. */
export async function registerClinic(t: TestApp, clinic: ReportsClinic, gstin: string) {
  await withClinic(t.database.db, clinic.context, (tx) =>
    sql`UPDATE clinics SET gstin = ${gstin}, state_code = '27', address_line1 = 'FC Road',
          city = 'Pune', pin_code = '411004'`.execute(tx),
  )
}

export async function newPatient(owner: TestClient): Promise<string> {
  const response = await owner.post('/api/v1/patients', {
    fullName: 'Meera Iyer',
    ageYears: 41,
    sex: 'female',
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

/** Exempt (india-domain §3.1): ₹500. */
export const CONSULTATION = {
  description: 'Consultation and oral examination',
  sacCode: '999312',
  quantity: 1,
  unitPricePaise: 50_000,
}
/** Taxable at 5% (india-domain §3.2): ₹18,000 + ₹450 CGST + ₹450 SGST. */
export const WHITENING = {
  description: 'Teeth whitening, in-office',
  sacCode: '999722',
  quantity: 1,
  unitPricePaise: 1_800_000,
  gstRateBp: 500,
}
