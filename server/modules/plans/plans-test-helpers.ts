import { sql } from 'kysely'
import { expect } from 'vitest'
import type { Plan } from '../../../shared/contracts/plans.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import type { TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { withClinic } from '../../db/with-clinic.ts'

/** A clinic with one of each role, and the catalogue's ids by code. */
export async function plansClinic(t: TestApp) {
  const signedUp = await signUpClinic(t.app)
  const staff = new Map<Role, { client: TestClient; userId: string }>()
  staff.set('owner', signedUp)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
  const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
  const catalogue = await signedUp.client.get('/api/v1/catalogue/procedures')
  expect(catalogue.status).toBe(200)
  const { procedures } = (await catalogue.json()) as {
    procedures: { id: string; code: string }[]
  }
  const procedure = (code: string) => {
    const found = procedures.find((row) => row.code === code)
    if (!found) throw new Error(`no ${code} in the catalogue`)
    return found.id
  }
  const ownerContext = { clinicId: signedUp.clinicId, userId: signedUp.userId }
  return { clinicId: signedUp.clinicId, owner: signedUp.client, ownerContext, person, procedure }
}

/** Registers a patient and puts the doctor and assistant on the care team. */
export async function patientOnCareTeam(
  owner: TestClient,
  team: { userId: string }[],
  fullName = 'Meera Iyer',
): Promise<string> {
  const response = await owner.post('/api/v1/patients', { fullName, ageYears: 41, sex: 'female' })
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: string }
  for (const member of team) {
    const added = await owner.post(`/api/v1/patients/${id}/care-team`, { userId: member.userId })
    expect(added.status).toBe(204)
  }
  return id
}

export const plansPath = (patientId: string) => `/api/v1/patients/${patientId}/plans`
export const itemPath = (patientId: string, planId: string, itemId: string) =>
  `${plansPath(patientId)}/${planId}/items/${itemId}`

/** The plan in a 200/201 answer, after checking the status. */
export async function planOf(response: Response, status = 200): Promise<Plan> {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(status)
  return body as Plan
}

/**
 * Marks a proposed plan and its items accepted straight in the database, standing in for
 * the signed acceptance (acceptance.int.test.ts covers that path), so these tests do not
 * depend on PDFs and signatures.
 */
export async function acceptInDatabase(
  t: TestApp,
  owner: { clinicId: string; userId: string },
  planId: string,
): Promise<void> {
  await withClinic(t.database.db, owner, async (tx) => {
    await sql`UPDATE treatment_plan_items SET status = 'accepted' WHERE plan_id = ${planId}`.execute(
      tx,
    )
    await sql`UPDATE treatment_plans SET status = 'accepted' WHERE id = ${planId}`.execute(tx)
  })
}
