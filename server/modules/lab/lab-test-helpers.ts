import { expect } from 'vitest'
import type { LabCase } from '../../../shared/contracts/lab.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import type { TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'

/** A clinic with one of each role. */
export async function labClinic(t: TestApp) {
  const signedUp = await signUpClinic(t.app)
  const staff = new Map<Role, { client: TestClient; userId: string }>()
  staff.set('owner', signedUp)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
  const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
  return { clinicId: signedUp.clinicId, owner: signedUp.client, person }
}

/** Registers a patient and puts `team` on the care team. */
export async function patientWithTeam(
  owner: TestClient,
  team: { userId: string }[],
  fullName = 'Meera Iyer',
): Promise<string> {
  const response = await owner.post('/api/v1/patients', { fullName, ageYears: 52, sex: 'female' })
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: string }
  for (const member of team) {
    const added = await owner.post(`/api/v1/patients/${id}/care-team`, { userId: member.userId })
    expect(added.status).toBe(204)
  }
  return id
}

export async function addLab(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const response = await client.post('/api/v1/labs', body)
  const answer = (await response.json()) as { id: string }
  expect(response.status, JSON.stringify(answer)).toBe(201)
  return answer.id
}

export const casesPath = (patientId: string) => `/api/v1/patients/${patientId}/lab-cases`
export const casePath = (caseId: string) => `/api/v1/lab-cases/${caseId}`

/** The case in a 200/201 answer, after checking the status. */
export async function caseOf(response: Response, status = 200): Promise<LabCase> {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(status)
  return body as LabCase
}

/** The status, field and reason of a refusal. */
export async function refusalOf(response: Response) {
  const answer = (await response.json()) as { error?: { field?: string; reason?: string } }
  return { status: response.status, field: answer.error?.field, reason: answer.error?.reason }
}

/** A zirconia crown on 36 sent to the lab, due on 8 December 2026 (the test clock's week). */
export function crownCase(labId: string, overrides: Record<string, unknown> = {}) {
  return {
    labId,
    workType: 'crown',
    teeth: [36],
    shade: 'VITA A2',
    material: 'zirconia',
    instructions: 'Anatomical occlusion, light contact',
    dueOn: '2026-12-08',
    ...overrides,
  }
}
