import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Note } from '../../../shared/contracts/notes.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { hashNote } from './canonical.ts'

let t: TestApp
let clinicId = ''
let patientId = ''
const staff = new Map<Role, { client: TestClient; userId: string }>()
const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
const owner = () => person('owner').client
const notesPath = () => `/api/v1/patients/${patientId}/notes`

async function draft(client: TestClient, body: object = { subjective: 'Pain lower right' }) {
  const response = await client.post(notesPath(), body)
  expect(response.status).toBe(201)
  return (await response.json()) as Note
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  staff.set('owner', signedUp)
  for (const role of ['doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
  const patient = await owner().post('/api/v1/patients', {
    fullName: 'Meera Iyer',
    ageYears: 41,
    sex: 'female',
  })
  patientId = ((await patient.json()) as { id: string }).id
  for (const role of ['doctor', 'assistant'] as const) {
    const added = await owner().post(`/api/v1/patients/${patientId}/care-team`, {
      userId: person(role).userId,
    })
    expect(added.status).toBe(204)
  }
}, 120_000)
afterAll(() => t.close())

describe('clinical notes', () => {
  it('an assistant drafts and edits with a version; a doctor signs; the note is hashed, verified and locked', async () => {
    const note = await draft(person('assistant').client)
    expect(note).toMatchObject({ state: 'draft', version: 1, visitDate: '2026-12-01' })
    const path = `${notesPath()}/${note.id}`
    const edited = await person('assistant').client.put(path, {
      objective: 'Deep caries 46',
      assessment: 'Irreversible pulpitis 46',
      plan: 'RCT 46, sitting 1',
      version: 1,
    })
    expect(edited.status).toBe(200)
    expect((await person('doctor').client.put(path, { plan: 'x', version: 1 })).status).toBe(409)

    expect((await person('assistant').client.post(`${path}/sign`, { version: 2 })).status).toBe(403)
    const signed = await person('doctor').client.post(`${path}/sign`, { version: 2 })
    expect(signed.status).toBe(200)
    const body = (await signed.json()) as Note
    expect(body.state).toBe('signed')
    expect(body.contentHash).toBe(
      hashNote({
        id: note.id,
        patientId,
        visitDate: '2026-12-01',
        appointmentId: null,
        subjective: 'Pain lower right',
        objective: 'Deep caries 46',
        assessment: 'Irreversible pulpitis 46',
        plan: 'RCT 46, sitting 1',
        signedBy: person('doctor').userId,
        signedAt: new Date('2026-12-01T04:30:00Z'),
      }),
    )
    expect(await (await owner().get(`${path}/verify`)).json()).toEqual({ valid: true, addenda: [] })
    expect((await owner().put(path, { plan: 'changed', version: 3 })).status).toBe(409)
    expect((await owner().delete(path)).status).toBe(409)

    // The database refuses any change to a signed row, as the app role and as the owner role.
    const asApp = await inDatabaseAs(
      t.database.db,
      { clinicId, userId: person('owner').userId },
      (tx) => sql`UPDATE clinical_notes SET plan = 'tampered' WHERE id = ${note.id}`.execute(tx),
    )
    expect(asApp).toBe('refused')
    for (const statement of [
      sql`UPDATE clinical_notes SET plan = 'tampered' WHERE id = ${note.id}`,
      sql`DELETE FROM clinical_notes WHERE id = ${note.id}`,
    ]) {
      const outcome = await t.database
        .asOwner((tx) => statement.execute(tx))
        .then(
          () => 'changed',
          (error: { code?: string }) => error.code,
        )
      expect(outcome).toBe('42501')
    }
  })

  it('verification fails for content that does not match its hash', async () => {
    const note = await draft(owner(), { plan: 'Scaling' })
    const path = `${notesPath()}/${note.id}`
    // A signature whose hash was made over other content: what a tampered row looks like.
    await withClinic(t.database.db, { clinicId, userId: person('owner').userId }, (tx) =>
      sql`UPDATE clinical_notes SET signed_by = ${person('owner').userId}, signed_at = now(),
                 content_hash = ${'0'.repeat(64)} WHERE id = ${note.id}`.execute(tx),
    )
    expect(await (await owner().get(`${path}/verify`)).json()).toEqual({
      valid: false,
      addenda: [],
    })
    const unsigned = await draft(owner())
    expect(
      (
        (await (await owner().get(`${notesPath()}/${unsigned.id}/verify`)).json()) as {
          valid: boolean
        }
      ).valid,
    ).toBe(false)
  })

  it('addenda: signed by a signer, hashed, listed under the note, immutable; none on a draft', async () => {
    const note = await draft(owner())
    const path = `${notesPath()}/${note.id}`
    expect((await owner().post(`${path}/addenda`, { text: 'Correction' })).status).toBe(409)
    await owner().post(`${path}/sign`, { version: 1 })
    expect(
      (await person('assistant').client.post(`${path}/addenda`, { text: 'Correction' })).status,
    ).toBe(403)
    const added = await person('doctor').client.post(`${path}/addenda`, {
      text: 'Tooth is 47, not 46',
    })
    expect(added.status).toBe(201)
    const withAddendum = (await added.json()) as Note
    expect(withAddendum.state).toBe('signed_with_addenda')
    expect(withAddendum.addenda).toHaveLength(1)
    const verified = (await (await owner().get(`${path}/verify`)).json()) as {
      valid: boolean
      addenda: { valid: boolean }[]
    }
    expect(verified).toMatchObject({ valid: true, addenda: [{ valid: true }] })
    const outcome = await t.database
      .asOwner((tx) =>
        sql`UPDATE clinical_note_addenda SET body = 'x' WHERE note_id = ${note.id}`.execute(tx),
      )
      .then(
        () => 'changed',
        (error: { code?: string }) => error.code,
      )
    expect(outcome).toBe('42501')
    const list = (await (await owner().get(notesPath())).json()) as { notes: Note[] }
    expect(list.notes.find((n) => n.id === note.id)?.state).toBe('signed_with_addenda')
  })

  it('my drafts: only mine, across patients; drafts deleted by their author only', async () => {
    const mine = await draft(person('assistant').client)
    const theirs = await draft(person('doctor').client)
    const drafts = (await (
      await person('assistant').client.get('/api/v1/notes/drafts')
    ).json()) as {
      drafts: { id: string }[]
    }
    expect(drafts.drafts.map((d) => d.id)).toContain(mine.id)
    expect(drafts.drafts.map((d) => d.id)).not.toContain(theirs.id)
    expect((await person('assistant').client.delete(`${notesPath()}/${theirs.id}`)).status).toBe(
      403,
    )
    expect((await person('assistant').client.delete(`${notesPath()}/${mine.id}`)).status).toBe(204)
  })

  it('links only an appointment of the same patient (400 naming appointmentId)', async () => {
    const response = await owner().post(notesPath(), {
      appointmentId: '00000000-0000-4000-8000-000000000000',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { field?: string } }).error.field).toBe(
      'appointmentId',
    )
  })

  it('receptionists and accountants: 403 and the database refuses; an assistant cannot sign in the database', async () => {
    for (const role of ['receptionist', 'accountant'] as const) {
      expect((await person(role).client.post(notesPath(), { plan: 'x' })).status).toBe(403)
      expect((await person(role).client.get(notesPath())).status).toBe(403)
      const outcome = await inDatabaseAs(
        t.database.db,
        { clinicId, userId: person(role).userId },
        (tx) =>
          sql`INSERT INTO clinical_notes (clinic_id, patient_id, visit_date, author_id)
              VALUES (${clinicId}, ${patientId}, '2026-12-01', ${person(role).userId})`
            .execute(tx)
            .then(() => 'done'),
      )
      expect(outcome).toBe('refused')
    }
    const note = await draft(person('assistant').client)
    const signedByAssistant = await inDatabaseAs(
      t.database.db,
      { clinicId, userId: person('assistant').userId },
      (tx) =>
        sql`UPDATE clinical_notes SET signed_by = ${person('assistant').userId}, signed_at = now(),
                   content_hash = ${'a'.repeat(64)} WHERE id = ${note.id}`
          .execute(tx)
          .then(() => 'done'),
    )
    expect(signedByAssistant).toBe('refused')
  })

  it('another clinic cannot see the notes', async () => {
    const other = await signUpClinic(t.app)
    expect((await other.client.get(notesPath())).status).toBe(404)
  })
})
