import { expect } from 'vitest'
import type { PrescriptionDraft } from '../../../shared/contracts/prescriptions.ts'
import type { TestClient } from '../../../test/http-client.ts'
import type { TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'

/** Test helpers for the prescriptions tests (not shipped: tests import it). */

export const amoxicillinLine = {
  drugCode: 'amoxicillin',
  isCustom: false,
  genericName: 'Amoxicillin',
  strength: { label: '500 mg', mg: 500 },
  form: 'capsule',
  doseAmount: 1,
  doseUnit: 'capsule',
  route: 'oral',
  frequency: '1-1-1',
  foodTiming: 'after_food',
  durationDays: 5,
  quantity: '15 capsules',
  instructions: 'Complete the course',
} as const satisfies PrescriptionDraft['lines'][number]

export const azithromycinLine = {
  ...amoxicillinLine,
  drugCode: 'azithromycin',
  genericName: 'Azithromycin',
  form: 'tablet',
  doseUnit: 'tablet',
  frequency: '1-0-0',
  durationDays: 3,
  quantity: '3 tablets',
} as const satisfies PrescriptionDraft['lines'][number]

export function draftBody(
  lines: readonly PrescriptionDraft['lines'][number][] = [azithromycinLine],
  extra: Partial<PrescriptionDraft> = {},
): PrescriptionDraft {
  return {
    diagnosis: 'Acute apical abscess, 46',
    advice: 'Warm saline rinses',
    followUpDate: '2026-12-12',
    language: 'en',
    lines: [...lines],
    ...extra,
  }
}

export async function registerPatient(
  client: TestClient,
  fullName: string,
  ageYears = 41,
): Promise<string> {
  const response = await client.post('/api/v1/patients', {
    fullName,
    ageYears,
    sex: 'female',
    ...(ageYears < 18
      ? {
          guardian: {
            name: 'Ravi Sharma',
            relation: 'father',
            phone: '9876543210',
            isIdentifiedAsAdult: true,
          },
        }
      : {}),
  })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { id: string }).id
}

export async function addToCareTeam(owner: TestClient, patientId: string, userId: string) {
  const response = await owner.post(`/api/v1/patients/${patientId}/care-team`, { userId })
  expect(response.status).toBe(204)
}

/** Records allergies and current medicines in the patient's history (first version). */
export async function recordHistory(
  client: TestClient,
  patientId: string,
  history: {
    allergies?: Array<{ substance: string; category: string; severity: string }>
    medications?: Array<{ name: string }>
  },
) {
  const response = await client.put(`/api/v1/patients/${patientId}/history`, {
    conditions: [],
    allergies: history.allergies ?? [],
    medications: history.medications ?? [],
    habits: {},
    dentalHistory: {},
    chiefComplaint: null,
    version: 0,
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

/** The prescriber details the owner adds to a staff profile. */
export async function giveRegistration(
  t: TestApp,
  owner: { clinicId: string; userId: string },
  userId: string,
  registrationNumber: string,
) {
  await withClinic(t.database.db, owner, (tx) =>
    tx
      .updateTable('memberships')
      .set({
        registration_number: registrationNumber,
        registration_council: 'Dental Council of India',
        qualification: 'BDS, MDS (Oral Surgery)',
      })
      .where('user_id', '=', userId)
      .execute(),
  )
}

/** The failing fields of an error answer. */
export async function fieldsOf(response: Response): Promise<string[]> {
  const body = (await response.json()) as { error: { issues?: Array<{ field: string }> } }
  return (body.error.issues ?? []).map((issue) => issue.field)
}
