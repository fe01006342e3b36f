import { execFileSync } from 'node:child_process'
import { sql } from 'kysely'
import sharp from 'sharp'
import { expect } from 'vitest'
import type { Estimate, Plan } from '../../../shared/contracts/plans.ts'
import type { TestClient } from '../../../test/http-client.ts'
import type { TestApp } from '../../../test/test-app.ts'

/** Test helpers for the estimate, acceptance and not-booked tests (not shipped: tests import it). */

/** A drawn signature as the signing pad sends it: a PNG data URL. */
export async function signatureDataUrl(width = 400, height = 150): Promise<string> {
  const png = await sharp({
    create: { width, height, channels: 4, background: { r: 20, g: 20, b: 120, alpha: 1 } },
  })
    .png()
    .toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

/** The catalogue's procedure ids by code (seeded at sign-up). */
export async function procedureIds(t: TestApp, clinicId: string): Promise<Record<string, string>> {
  return t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ code: string; id: string }>`
      SELECT code, id FROM procedures WHERE clinic_id = ${clinicId} AND NOT is_archived`.execute(tx)
    return Object.fromEntries(rows.map((row) => [row.code, row.id]))
  })
}

export async function registerPatient(
  client: TestClient,
  fullName: string,
  extra: { ageYears?: number; preferredLanguage?: string } = {},
): Promise<string> {
  const response = await client.post('/api/v1/patients', {
    fullName,
    ageYears: extra.ageYears ?? 41,
    sex: 'female',
    ...(extra.preferredLanguage ? { preferredLanguage: extra.preferredLanguage } : {}),
    // A child is registered with a guardian (DPDP Rules 2025, r. 10).
    ...((extra.ageYears ?? 41) < 18
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

export async function createPlan(
  client: TestClient,
  patientId: string,
  body: { title: string; alternativeTo?: string; doctorId?: string },
): Promise<Plan> {
  const response = await client.post(`/api/v1/patients/${patientId}/plans`, body)
  expect(response.status, await response.clone().text()).toBe(201)
  return (await response.json()) as Plan
}

export async function addItems(
  client: TestClient,
  patientId: string,
  planId: string,
  body: Record<string, unknown>,
) {
  const response = await client.post(`/api/v1/patients/${patientId}/plans/${planId}/items`, body)
  expect(response.status, await response.clone().text()).toBe(201)
}

export async function getPlan(client: TestClient, patientId: string, planId: string) {
  const response = await client.get(`/api/v1/patients/${patientId}/plans/${planId}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Plan
}

export async function estimateOf(
  client: TestClient,
  patientId: string,
  planId: string,
  language?: 'en' | 'hi',
): Promise<Estimate> {
  const query = language ? `?language=${language}` : ''
  const response = await client.get(
    `/api/v1/patients/${patientId}/plans/${planId}/estimate${query}`,
  )
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Estimate
}

/** Accepts with a fresh estimate's hash; returns the response. */
export async function accept(
  client: TestClient,
  patientId: string,
  planId: string,
  body: Record<string, unknown> = {},
) {
  const estimate = await estimateOf(client, patientId, planId)
  return client.post(`/api/v1/patients/${patientId}/plans/${planId}/acceptance`, {
    signedBy: 'patient',
    signaturePng: await signatureDataUrl(),
    estimateSha256: estimate.documentSha256,
    ...body,
  })
}

/** Downloads a document and reads its text back with poppler's pdftotext. */
export async function pdfText(client: TestClient, url: string): Promise<string> {
  const response = await client.get(url)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/pdf')
  const bytes = Buffer.from(await response.arrayBuffer())
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8')
}
