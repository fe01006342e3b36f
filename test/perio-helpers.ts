import { expect } from 'vitest'
import type { PerioExam } from '../shared/contracts/perio.ts'
import type { TestClient } from './http-client.ts'

/** Shared by the periodontal chart's integration tests (server/modules/perio): a patient, an exam, a site. */

export async function register(client: TestClient, dateOfBirth = '1980-06-15') {
  const response = await client.post('/api/v1/patients', {
    fullName: 'Ravi Shankar',
    dateOfBirth,
    sex: 'male',
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

export const perioBase = (id: string) => `/api/v1/patients/${id}/perio`

export async function newExam(client: TestClient, id: string, body: object = {}) {
  const response = await client.post(`${perioBase(id)}/exams`, body)
  expect(response.status, await response.clone().text()).toBe(201)
  return (await response.json()) as PerioExam
}

export const saveMeasurements = (client: TestClient, id: string, examId: string, body: object) =>
  client.put(`${perioBase(id)}/exams/${examId}/measurements`, body)

export async function saved(response: Response) {
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as PerioExam
}

export const site = (
  tooth: number,
  where: string,
  ppd: number | null,
  recession: number | null,
  marks: { bleeding?: boolean; suppuration?: boolean; plaque?: boolean } = {},
) => ({
  tooth,
  site: where,
  ppd,
  recession,
  bleeding: marks.bleeding ?? false,
  suppuration: marks.suppuration ?? false,
  plaque: marks.plaque ?? false,
})

export const tooth = (
  number: number,
  findings: { missing?: boolean; implant?: boolean; mobility?: number; furcation?: number } = {},
) => ({
  tooth: number,
  missing: findings.missing ?? false,
  implant: findings.implant ?? false,
  mobility: findings.mobility ?? null,
  furcation: findings.furcation ?? null,
})

export interface ErrorBody {
  error: { code: string; reason: string; field?: string }
}

export const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error
