import sharp from 'sharp'
import { expect } from 'vitest'
import { withClinic } from '../server/db/with-clinic.ts'
import type { ConsentForm, ConsentTemplate } from '../shared/contracts/treatment-consent.ts'
import type { TestClient } from './http-client.ts'
import type { TestApp } from './test-app.ts'

/** Test helpers for the treatment consent and certificate tests (modules/treatment-consent, modules/certificates). */

/** A drawn signature as the signing pad sends it: a PNG data URL. */
export async function signatureDataUrl(width = 400, height = 150): Promise<string> {
  const png = await sharp({
    create: { width, height, channels: 4, background: { r: 20, g: 20, b: 120, alpha: 1 } },
  })
    .png()
    .toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

/** Registers an adult (or, with a guardian, a child) through the API. */
export async function registerPatient(
  client: TestClient,
  fullName: string,
  extra: { ageYears?: number } = {},
): Promise<string> {
  const ageYears = extra.ageYears ?? 41
  const response = await client.post('/api/v1/patients', {
    fullName,
    ageYears,
    sex: 'female',
    // A child is registered with a guardian (DPDP Rules 2025, r. 10).
    ...(ageYears < 18
      ? {
          guardian: {
            name: 'Ravi Mehta',
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

export const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { reason: string; field?: string; issues?: unknown[] } })
    .error

/** Gives a doctor the registration a signed form prints, as the clinic's owner would. */
export async function giveRegistration(
  t: TestApp,
  owner: { clinicId: string; userId: string },
  userId: string,
  registrationNumber = 'MSDC-A-12345',
) {
  await withClinic(t.database.db, owner, (tx) =>
    tx
      .updateTable('memberships')
      .set({
        registration_number: registrationNumber,
        registration_council: 'Maharashtra State Dental Council',
        qualification: 'BDS, MDS (Oral Surgery)',
      })
      .where('user_id', '=', userId)
      .execute(),
  )
}

export async function templatesOf(client: TestClient): Promise<ConsentTemplate[]> {
  const response = await client.get('/api/v1/treatment-consent-templates')
  expect(response.status).toBe(200)
  return ((await response.json()) as { templates: ConsentTemplate[] }).templates
}

export async function fill(
  client: TestClient,
  patientId: string,
  templateId: string,
  values: Record<string, string> = {
    procedure: 'Simple extraction',
    tooth: '38',
    risks: 'None beyond the above',
    alternatives: 'Root canal treatment',
  },
): Promise<ConsentForm> {
  const response = await client.post(`/api/v1/patients/${patientId}/treatment-consents`, {
    templateId,
    values,
  })
  expect(response.status, await response.clone().text()).toBe(201)
  return (await response.json()) as ConsentForm
}

export function formPath(patientId: string, formId: string) {
  return `/api/v1/patients/${patientId}/treatment-consents/${formId}`
}

/** The PDF's text, as pdftotext reads it. */
export async function documentText(client: TestClient, url: string): Promise<string> {
  const { execFileSync } = await import('node:child_process')
  const response = await client.get(url)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  const bytes = Buffer.from(await response.arrayBuffer())
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: bytes }).toString(
    'utf8',
  )
}
