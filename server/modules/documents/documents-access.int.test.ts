import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfWithMarker, pngImage, registerPatient, upload } from '../../../test/document-helpers.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { type Tx, withClinic } from '../../db/with-clinic.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
let patientId: string
let documentId: string
const staff: Partial<Record<Role, { client: TestClient; userId: string }>> = {}
const person = (role: Role) => {
  const found = staff[role]
  if (!found) throw new Error(`no ${role}`)
  return found
}

beforeAll(async () => {
  t = await createTestApp()
  owner = await signUpClinic(t.app)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff[role] = await addStaff(t.app, t.deps.outboxDir ?? '', owner.client, role)
  }
  patientId = await registerPatient(owner.client)
  const response = await upload(owner.client, patientId, await pngImage(50, 50))
  documentId = (await response.json()).id
})
afterAll(() => t.close())

class RolledBack {
  constructor(readonly outcome: unknown) {}
}

/** Runs `work` as `userId` in the clinic, straight in the database (no route), then rolls back. */
async function inDatabaseAs(userId: string, work: (tx: Tx) => Promise<unknown>) {
  try {
    await withClinic(t.database.db, { clinicId: owner.clinicId, userId }, async (tx) => {
      throw new RolledBack(await work(tx))
    })
  } catch (error) {
    if (error instanceof RolledBack) return error.outcome
    if ((error as { code?: string }).code === '42501') return 'refused'
    throw error
  }
}

const visibleDocuments = (tx: Tx) =>
  sql<{ n: number }>`SELECT count(*)::int AS n FROM patient_documents`
    .execute(tx)
    .then(({ rows }) => rows[0]?.n ?? 0)

const insertDocument = (userId: string) => (tx: Tx) => {
  const id = randomUUID()
  return sql`INSERT INTO patient_documents (clinic_id, id, patient_id, kind, title, media_type,
                                             byte_size, storage_key, uploaded_by)
             VALUES (${owner.clinicId}, ${id}, ${patientId}, 'photo', 'Probe', 'image/png', 1,
                     ${`clinics/${owner.clinicId}/documents/${id}`}, ${userId})`
    .execute(tx)
    .then(() => 'inserted')
}

const routes = (client: TestClient) => ({
  list: () => client.get(`/api/v1/patients/${patientId}/documents`),
  content: () => client.get(`/api/v1/documents/${documentId}/content`),
  thumbnail: () => client.get(`/api/v1/documents/${documentId}/thumbnail`),
  upload: async () => upload(client, patientId, pdfWithMarker('role check')),
})

describe.each(['receptionist', 'accountant'] as const)('a %s', (role) => {
  it('gets 403 from every document route', async () => {
    const api = routes(person(role).client)
    for (const call of [api.list, api.content, api.thumbnail, api.upload]) {
      const response = await call()
      expect(response.status).toBe(403)
    }
  })

  it('is refused by the database itself: sees no rows and cannot insert', async () => {
    expect(await inDatabaseAs(owner.userId, visibleDocuments)).toBeGreaterThan(0)
    expect(await inDatabaseAs(person(role).userId, visibleDocuments)).toBe(0)
    expect(await inDatabaseAs(person(role).userId, insertDocument(person(role).userId))).toBe(
      'refused',
    )
  })
})

describe('doctors and assistants', () => {
  it('an admin reads and uploads for any patient', async () => {
    const api = routes(person('admin').client)
    expect((await api.list()).status).toBe(200)
    expect((await api.content()).status).toBe(200)
    expect((await api.upload()).status).toBe(201)
  })

  it('a doctor not on the care team gets 403 for the patient and 404 for the document', async () => {
    const doctor = person('doctor')
    const api = routes(doctor.client)
    expect((await api.list()).status).toBe(403)
    expect((await api.upload()).status).toBe(403)
    expect((await api.content()).status).toBe(404)
    expect((await api.thumbnail()).status).toBe(404)
    expect(await inDatabaseAs(doctor.userId, visibleDocuments)).toBe(0)
    expect(await inDatabaseAs(doctor.userId, insertDocument(doctor.userId))).toBe('refused')
  })

  it('once on the care team, a doctor reads and uploads; an assistant only reads', async () => {
    for (const role of ['doctor', 'assistant'] as const) {
      const added = await owner.client.post(`/api/v1/patients/${patientId}/care-team`, {
        userId: person(role).userId,
      })
      expect(added.status).toBe(204)
    }
    const doctor = routes(person('doctor').client)
    expect((await doctor.list()).status).toBe(200)
    expect((await doctor.content()).status).toBe(200)
    expect((await doctor.upload()).status).toBe(201)
    const assistant = routes(person('assistant').client)
    expect((await assistant.list()).status).toBe(200)
    expect((await assistant.thumbnail()).status).toBe(200)
    expect((await assistant.upload()).status).toBe(403)
    const assistantId = person('assistant').userId
    expect(await inDatabaseAs(assistantId, visibleDocuments)).toBeGreaterThan(0)
    expect(await inDatabaseAs(assistantId, insertDocument(assistantId))).toBe('refused')
  })

  it('nobody can record an upload in someone else’s name', async () => {
    const doctor = person('doctor')
    expect(await inDatabaseAs(doctor.userId, insertDocument(owner.userId))).toBe('refused')
  })
})

describe('another clinic', () => {
  it('cannot list, download, see thumbnails of, or upload to clinic A’s documents (404)', async () => {
    const other = await signUpClinic(t.app, 'Other Dental')
    const api = routes(other.client)
    for (const call of [api.list, api.content, api.thumbnail, api.upload]) {
      expect((await call()).status).toBe(404)
    }
    const theirs = await withClinic(
      t.database.db,
      { clinicId: other.clinicId, userId: other.userId },
      visibleDocuments,
    )
    expect(theirs).toBe(0)
  })
})

describe('the audit log', () => {
  it('records each download and thumbnail view as a read of the patient’s document', async () => {
    await owner.client.get(`/api/v1/documents/${documentId}/content`)
    await owner.client.get(`/api/v1/documents/${documentId}/thumbnail`)
    const reads = await t.database.asOwner((tx) =>
      tx
        .selectFrom('audit_events')
        .select(['action', 'table_name', 'row_id', 'patient_id', 'actor_user_id', 'details'])
        .where('clinic_id', '=', owner.clinicId)
        .where('table_name', '=', 'patient_documents')
        .where('action', '=', 'read')
        .execute(),
    )
    const mine = reads.filter((read) => read.actor_user_id === owner.userId)
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row_id: documentId,
          patient_id: patientId,
          details: { part: 'content' },
        }),
        expect.objectContaining({
          row_id: documentId,
          patient_id: patientId,
          details: { part: 'thumbnail' },
        }),
      ]),
    )
    const insert = await t.database.asOwner((tx) =>
      tx
        .selectFrom('audit_events')
        .select(['action'])
        .where('table_name', '=', 'patient_documents')
        .where('row_id', '=', documentId)
        .where('action', '=', 'insert')
        .execute(),
    )
    expect(insert).toHaveLength(1)
  })
})

describe('the OpenAPI document', () => {
  it('describes the upload as multipart and the downloads as binary', async () => {
    const spec = await (await t.app.request('/api/v1/openapi.json')).json()
    const uploadBody =
      spec.paths['/api/v1/patients/{id}/documents'].post.requestBody.content['multipart/form-data']
    expect(uploadBody.schema.required).toEqual(['kind', 'file'])
    expect(uploadBody.schema.properties.file).toMatchObject({ type: 'string', format: 'binary' })
    const content = spec.paths['/api/v1/documents/{id}/content'].get.responses
    expect(Object.keys(content[200].content)).toContain('application/pdf')
    expect(Object.keys(content)).toEqual(expect.arrayContaining(['200', '403', '404', '500']))
    expect(spec.paths['/api/v1/documents/{id}/thumbnail']).toBeDefined()
  })
})
