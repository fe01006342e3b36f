import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { MOVED_TABLES } from './merge-tables.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  owner = await signUpClinic(t.app)
}, 120_000)
afterAll(() => t.close())

async function register(fullName: string) {
  const response = await owner.client.post('/api/v1/patients', {
    fullName,
    ageYears: 41,
    sex: 'female',
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

async function signedNoteWithAddendum(patientId: string) {
  const path = `/api/v1/patients/${patientId}/notes`
  const drafted = await owner.client.post(path, { subjective: 'Pain lower right' })
  expect(drafted.status).toBe(201)
  const { id } = (await drafted.json()) as { id: string }
  expect((await owner.client.post(`${path}/${id}/sign`, { version: 1 })).status).toBe(200)
  const added = await owner.client.post(`${path}/${id}/addenda`, { text: 'Tooth is 47' })
  expect(added.status).toBe(201)
  return id
}

const rowsLeftOn = (patientId: string) =>
  t.database.asOwner(async (tx) => {
    const left: string[] = []
    for (const table of MOVED_TABLES) {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE patient_id = ${patientId}`.execute(
        tx,
      )
      if ((rows[0]?.n ?? 0) > 0) left.push(table)
    }
    return left
  })

describe('a merge moves every record of the person', () => {
  it('a signed note and its addendum move to the kept record; nothing is left on the duplicate', async () => {
    const kept = await register('Lakshmi Narayanan')
    const duplicate = await register('Laxmi Narayanan')
    const noteId = await signedNoteWithAddendum(duplicate)
    expect(await rowsLeftOn(duplicate)).toEqual(['clinical_note_addenda', 'clinical_notes'])

    const merged = await owner.client.post(`/api/v1/patients/${kept}/merge`, {
      duplicateId: duplicate,
    })
    expect(merged.status).toBe(200)

    const { notes } = (await (await owner.client.get(`/api/v1/patients/${kept}/notes`)).json()) as {
      notes: { id: string; addenda: object[] }[]
    }
    expect(notes.map((note) => note.id)).toEqual([noteId])
    expect(notes[0]?.addenda).toHaveLength(1)
    expect((await owner.client.get(`/api/v1/patients/${duplicate}/notes`)).status).toBe(404)
    expect(await rowsLeftOn(duplicate)).toEqual([])
    // The signature names the patient it was signed for; the merged record's id still verifies.
    const verified = await owner.client.get(`/api/v1/patients/${kept}/notes/${noteId}/verify`)
    expect(verified.status).toBe(200)
    expect(await verified.json()).toMatchObject({ valid: true, addenda: [{ valid: true }] })
    // Audited: the move is an update of the note under the kept record.
    const moved = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM audit_events
        WHERE clinic_id = ${owner.clinicId} AND table_name = 'clinical_notes' AND action = 'update'
          AND row_id = ${noteId} AND patient_id = ${kept}`.execute(tx)
      return rows[0]?.n
    })
    expect(moved).toBe(1)
  })

  it('a signed note still cannot be re-pointed outside a merge, even by the owner role', async () => {
    const one = await register('Arun Prakash')
    const other = await register('Someone Else')
    const noteId = await signedNoteWithAddendum(one)
    await expect(
      t.database.asOwner((tx) =>
        sql`UPDATE clinical_notes SET patient_id = ${other} WHERE id = ${noteId}`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: '42501' })
    // The app role holds no UPDATE on patient_id at all.
    await expect(
      t.database.db
        .transaction()
        .execute((tx) =>
          sql`UPDATE clinical_notes SET patient_id = ${other} WHERE id = ${noteId}`.execute(tx),
        ),
    ).rejects.toMatchObject({ code: '42501' })
  })
})
