import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ORIGIN, signUpClinic, type TestClient } from '../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

/** The malformed inputs that were 500s, each now a 400 or 415 naming what was wrong. */

let t: TestApp
let owner: TestClient
let ownerId = ''
let patientId = ''
beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  owner = signedUp.client
  ownerId = signedUp.userId
  const patient = await owner.post('/api/v1/patients', {
    fullName: 'Meera Iyer',
    ageYears: 41,
    sex: 'female',
  })
  patientId = ((await patient.json()) as { id: string }).id
})
afterAll(() => t.close())

const EMPTY_HISTORY = {
  conditions: [],
  allergies: [],
  medications: [],
  habits: {},
  dentalHistory: {},
  chiefComplaint: null,
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; field?: string; message: string } })
    .error
}

describe('malformed input', () => {
  it('a JSON endpoint sent another content type is a 415 naming the body', async () => {
    const response = await owner.post('/api/v1/patients', undefined, {
      'Content-Type': 'text/plain',
    })
    expect(response.status).toBe(415)
    expect(await errorOf(response)).toMatchObject({
      code: 'unsupported_media_type',
      field: 'body',
    })
  })

  it('a NUL character anywhere in a JSON body is a 400 naming the field, never echoed', async () => {
    const response = await owner.put(`/api/v1/patients/${patientId}/history`, {
      ...EMPTY_HISTORY,
      medications: [{ name: 'Warfarin' }, { name: 'Aspirin\u0000 75 mg' }],
      version: 0,
    })
    expect(response.status).toBe(400)
    const error = await errorOf(response)
    expect(error).toMatchObject({ code: 'validation_failed', field: 'medications.1.name' })
    expect(JSON.stringify(error)).not.toContain('Aspirin')
  })

  it('a lone surrogate is refused too: PostgreSQL would store it as U+FFFD', async () => {
    const response = await owner.post('/api/v1/schedule/chairs', { name: 'Chair \ud800' })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({ field: 'name' })
  })

  it('a NUL in a multipart text field (a document title) is a 400 naming it', async () => {
    const form = new FormData()
    form.set('kind', 'report')
    form.set('title', 'Report\u0000')
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'
    form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'report.pdf')
    const response = await owner.postForm(`/api/v1/patients/${patientId}/documents`, form)
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({ field: 'title' })
  })

  it('a NUL in a query parameter or the path is a 400', async () => {
    const query = await owner.get('/api/v1/patients?q=a%00b')
    expect(query.status).toBe(400)
    expect(await errorOf(query)).toMatchObject({ field: 'q' })
    const path = await owner.get('/api/v1/patients/%00')
    expect(path.status).toBe(400)
  })

  it('an integer beyond its int4 column is a 400 naming it', async () => {
    const response = await owner.put(`/api/v1/patients/${patientId}/history`, {
      ...EMPTY_HISTORY,
      version: 2 ** 31,
    })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({ field: 'version' })
  })

  it.each(['9999-12-31', '1899-12-31', '2026-02-30'])(
    'a date such as %s, outside 1900–2100 or not a day, is a 400 naming it',
    async (date) => {
      const response = await owner.get(
        `/api/v1/appointments/free-slots?doctorUserId=${ownerId}&date=${date}&durationMinutes=30`,
      )
      expect(response.status).toBe(400)
      expect(await errorOf(response)).toMatchObject({ field: 'date' })
    },
  )

  it('a body nested 20,000 levels deep is refused without a 5xx', async () => {
    const response = await t.app.request(`${ORIGIN}/api/v1/patients/search`, {
      method: 'POST',
      headers: {
        Origin: ORIGIN,
        'Content-Type': 'application/json',
        Cookie: [...owner.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'X-CSRF-Token': owner.cookies.get('csrf_token') ?? '',
      },
      body: `${'['.repeat(20_000)}"\\u0000"${']'.repeat(20_000)}`,
    })
    expect(response.status).toBe(400)
  })
})
