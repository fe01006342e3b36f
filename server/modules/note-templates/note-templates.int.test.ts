import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NoteTemplate } from '../../../shared/contracts/note-templates.ts'
import { promptsOf } from '../../../shared/notes/template-prompts.ts'
import { createClinic } from '../../../test/factories.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'

let t: TestApp
let clinicId = ''
const staff = new Map<Role, { client: TestClient; userId: string }>()
const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
const owner = () => person('owner').client
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string; reason?: string } }).error
const listOf = async (client: TestClient) => {
  const response = await client.get('/api/v1/note-templates')
  expect(response.status).toBe(200)
  return ((await response.json()) as { templates: NoteTemplate[] }).templates
}
const rowsNamed = (name: string) =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ is_archived: boolean; updated_by: string | null }>`
      SELECT is_archived, updated_by FROM note_templates
      WHERE clinic_id = ${clinicId} AND lower(name) = lower(${name})`.execute(tx)
    return rows
  })

beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  staff.set('owner', signedUp)
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
}, 120_000)
afterAll(() => t.close())

describe('note templates', () => {
  it('a new clinic starts with Indian dental templates, each with well-formed prompts', async () => {
    const templates = await listOf(owner())
    expect(templates.map((template) => template.name)).toEqual([
      'Composite restoration',
      'Extraction',
      'New patient examination',
      'RCT sitting 1',
      'RCT sitting 2 / obturation',
      'Scaling and root planing',
    ])
    const rct = templates.find((template) => template.name === 'RCT sitting 1') as NoteTemplate
    expect(rct.isCustom).toBe(false)
    expect(promptsOf(rct.objective)).toContain('Tooth (FDI)')
    expect(promptsOf(rct.plan)).toContain('Canals and lengths (mm)')
  })

  it('clinical roles read them; receptionists and accountants get 403 and read nothing in the database', async () => {
    for (const role of ['admin', 'doctor', 'assistant'] as const) {
      expect((await listOf(person(role).client)).length).toBeGreaterThanOrEqual(6)
    }
    for (const role of ['receptionist', 'accountant'] as const) {
      expect((await person(role).client.get('/api/v1/note-templates')).status).toBe(403)
      const seen = await inDatabaseAs(
        t.database.db,
        { clinicId, userId: person(role).userId },
        async (tx) =>
          (await sql<{ n: number }>`SELECT count(*)::int AS n FROM note_templates`.execute(tx))
            .rows[0]?.n,
      )
      expect(seen).toBe(0)
    }
  })

  it('owners and admins add templates; doctors and assistants are refused by the API and the database', async () => {
    const added = await owner().post('/api/v1/note-templates', {
      name: 'Crown preparation',
      objective: 'Tooth: [[Tooth (FDI)]]',
      plan: 'Shade: [[Shade]]\nImpression taken.',
    })
    expect(added.status).toBe(201)
    expect(await added.json()).toMatchObject({
      name: 'Crown preparation',
      subjective: '',
      plan: 'Shade: [[Shade]]\nImpression taken.',
      isCustom: true,
    })
    const byAdmin = await person('admin').client.post('/api/v1/note-templates', {
      name: 'Denture try-in',
    })
    expect(byAdmin.status).toBe(201)
    for (const role of ['doctor', 'assistant', 'receptionist'] as const) {
      const refused = await person(role).client.post('/api/v1/note-templates', {
        name: `By ${role}`,
      })
      expect(refused.status).toBe(403)
      expect(await rowsNamed(`By ${role}`)).toEqual([])
      const inDatabase = await inDatabaseAs(
        t.database.db,
        { clinicId, userId: person(role).userId },
        (tx) =>
          sql`INSERT INTO note_templates (clinic_id, name) VALUES (${clinicId}, 'Sneaked in')`
            .execute(tx)
            .then(() => 'done'),
      )
      expect(inDatabase).toBe('refused')
    }
  })

  it('refuses a duplicate name ignoring case and spaces with 409 naming name, on add and on edit', async () => {
    const duplicate = await owner().post('/api/v1/note-templates', { name: '  rct SITTING 1 ' })
    expect(duplicate.status).toBe(409)
    expect(await errorOf(duplicate)).toMatchObject({ field: 'name' })
    const templates = await listOf(owner())
    const crown = templates.find((template) => template.name === 'Crown preparation')
    const renamed = await owner().put(`/api/v1/note-templates/${crown?.id}`, {
      name: 'Extraction',
    })
    expect(renamed.status).toBe(409)
    expect(await errorOf(renamed)).toMatchObject({ field: 'name' })
  })

  it('refuses a malformed prompt, an empty name and an over-long section with 400 naming the field', async () => {
    const cases: [object, string][] = [
      [{ name: 'Broken', plan: 'Review: [[When' }, 'plan'],
      [{ name: 'Broken', subjective: 'Pain: [[ ]]' }, 'subjective'],
      [{ name: 'Broken', objective: `[[${'x'.repeat(81)}]]` }, 'objective'],
      [{ name: '   ' }, 'name'],
      [{ name: 'Broken', assessment: 'a'.repeat(4001) }, 'assessment'],
    ]
    for (const [body, field] of cases) {
      const response = await owner().post('/api/v1/note-templates', body)
      expect(response.status).toBe(400)
      expect(await errorOf(response)).toMatchObject({ field })
    }
    expect(await rowsNamed('Broken')).toEqual([])
  })

  it('edits a template whole (left-out sections become empty) and records who changed it', async () => {
    const crown = (await listOf(owner())).find((template) => template.name === 'Crown preparation')
    const edited = await person('admin').client.put(`/api/v1/note-templates/${crown?.id}`, {
      name: 'Crown preparation (PFM)',
      plan: 'Shade: [[Shade]]',
    })
    expect(edited.status).toBe(200)
    expect(await edited.json()).toMatchObject({
      name: 'Crown preparation (PFM)',
      objective: '',
      plan: 'Shade: [[Shade]]',
    })
    expect(await rowsNamed('Crown preparation (PFM)')).toEqual([
      { is_archived: false, updated_by: person('admin').userId },
    ])
    const byDoctor = await person('doctor').client.put(`/api/v1/note-templates/${crown?.id}`, {
      name: 'Changed by a doctor',
    })
    expect(byDoctor.status).toBe(403)
  })

  it('archives a template: gone from the list, kept in the table, its name free again; twice is 404', async () => {
    const denture = (await listOf(owner())).find((template) => template.name === 'Denture try-in')
    expect(
      (await person('doctor').client.post(`/api/v1/note-templates/${denture?.id}/archive`)).status,
    ).toBe(403)
    const archived = await owner().post(`/api/v1/note-templates/${denture?.id}/archive`)
    expect(archived.status).toBe(204)
    expect((await listOf(owner())).map((template) => template.name)).not.toContain('Denture try-in')
    expect((await owner().post(`/api/v1/note-templates/${denture?.id}/archive`)).status).toBe(404)
    const editArchived = await owner().put(`/api/v1/note-templates/${denture?.id}`, {
      name: 'Denture try-in',
    })
    expect(editArchived.status).toBe(404)
    const again = await owner().post('/api/v1/note-templates', { name: 'denture try-in' })
    expect(again.status).toBe(201)
    expect(await rowsNamed('Denture try-in')).toHaveLength(2)
  })

  it("another clinic sees none of this clinic's templates, and 404s on changing one", async () => {
    const other = await signUpClinic(t.app, 'Other Dental')
    const otherNames = (await listOf(other.client)).map((template) => template.name)
    expect(otherNames).not.toContain('Crown preparation (PFM)')
    const crown = (await listOf(owner())).find((tp) => tp.name === 'Crown preparation (PFM)')
    const changed = await other.client.put(`/api/v1/note-templates/${crown?.id}`, { name: 'Mine' })
    expect(changed.status).toBe(404)
    expect((await other.client.post(`/api/v1/note-templates/${crown?.id}/archive`)).status).toBe(
      404,
    )
  })

  it('seeding (as the migration does for existing clinics) adds each default once', async () => {
    const existing = await createClinic(t.database.db, 'Existing Dental')
    const count = async (tx: Tx) => {
      await sql`SELECT seed_note_templates(${existing.clinicId}::uuid)`.execute(tx)
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM note_templates`.execute(tx)
      return rows[0]?.n
    }
    const counts = await inDatabaseAs(
      t.database.db,
      { clinicId: existing.clinicId, userId: existing.ownerUserId },
      async (tx) => [await count(tx), await count(tx)],
    )
    expect(counts).toEqual([6, 6])
  })
})
