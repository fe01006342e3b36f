import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

interface Parameter {
  in: string
  name: string
  required?: boolean
  schema?: { type?: string; format?: string; minimum?: number; example?: unknown }
}
interface Operation {
  parameters?: Parameter[]
}

/** Every GET under /patients/{id} in the OpenAPI document, so a new route is walked too. */
async function patientGetRoutes(): Promise<{ path: string; operation: Operation }[]> {
  const document = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
    paths: Record<string, { get?: Operation }>
  }
  return Object.entries(document.paths)
    .filter(([path, item]) => path.startsWith('/api/v1/patients/{id}') && item.get)
    .map(([path, item]) => ({ path, operation: item.get as Operation }))
}

/** A valid value for a parameter, so only the patient can be the reason for a refusal: its
 * example or least value for a number (a tooth is 11), a date for a date, otherwise an id that
 * exists nowhere. */
function madeUp(parameter: Parameter | undefined): string {
  const schema = parameter?.schema
  if (schema?.type === 'integer' || schema?.type === 'number') {
    return String(schema.example ?? schema.minimum ?? 1)
  }
  if (schema?.format === 'date') return '2026-01-15'
  if (schema?.format === 'date-time') return '2026-01-15T10:00:00.000Z'
  if (schema?.format === 'uuid' || parameter?.in === 'path') return randomUUID()
  return String(schema?.example ?? 1)
}

/** The path with the patient id, other path parameters made up, required query values filled. */
function urlFor(path: string, operation: Operation, patientId: string): string {
  const pathParameter = (name: string) =>
    operation.parameters?.find((parameter) => parameter.in === 'path' && parameter.name === name)
  const filled = path
    .replace('{id}', patientId)
    .replace(/\{([^}]+)\}/g, (_, name: string) => madeUp(pathParameter(name)))
  const query = (operation.parameters ?? [])
    .filter((parameter) => parameter.in === 'query' && parameter.required)
    .map((parameter) => `${parameter.name}=${encodeURIComponent(madeUp(parameter))}`)
  return query.length > 0 ? `${filled}?${query.join('&')}` : filled
}

describe("another clinic's patient is not found on any patient route", () => {
  it('answers 404 for every GET /patients/{id}/… with a patient id of another clinic', async () => {
    const clinicA = await signUpClinic(t.app, 'Clinic A')
    const clinicB = await signUpClinic(t.app, 'Clinic B')
    const registered = await clinicA.client.post('/api/v1/patients', {
      fullName: 'Lakshmi Narayanan',
      dateOfBirth: '1980-04-12',
      sex: 'female',
    })
    expect(registered.status).toBe(201)
    const { id } = (await registered.json()) as { id: string }

    const routes = await patientGetRoutes()
    expect(routes.map((route) => route.path)).toContain('/api/v1/patients/{id}/attendance')
    const answers: Record<string, number> = {}
    for (const { path, operation } of routes) {
      answers[path] = (await clinicB.client.get(urlFor(path, operation, id))).status
    }
    expect(answers).toEqual(Object.fromEntries(routes.map((route) => [route.path, 404])))
    // The same routes do answer for the patient's own clinic, so the id itself is fine.
    const own = await clinicA.client.get(`/api/v1/patients/${id}/attendance`)
    expect(own.status).toBe(200)
  })
})
