import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLES, type Role } from '../../shared/access/capabilities.ts'
import { signUpClinic, type TestClient } from '../../test/http-client.ts'
import { addStaff } from '../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { SESSION_COOKIE } from '../http/clinic-route-mark.ts'
import { hashToken } from '../lib/tokens.ts'
import { openClinicRequest, type Tx, withClinic } from './with-clinic.ts'

/**
 * app_open_request() keeps the resolved role and its capabilities in the transaction's
 * context, and the policy helpers read them from there (migration
 * 20261204130000_request_role_in_context.sql). These tests hold the fast path to the same
 * answers the tables give, for every role and capability, and show that a context naming
 * anyone else falls back to the tables.
 */
let t: TestApp
const people = new Map<Role, { client: TestClient; userId: string }>()
let clinicId = ''
let capabilities: string[] = []

beforeAll(async () => {
  t = await createTestApp()
  const owner = await signUpClinic(t.app)
  clinicId = owner.clinicId
  people.set('owner', { client: owner.client, userId: owner.userId })
  for (const role of ROLES.filter((role) => role !== 'owner')) {
    const staff = await addStaff(t.app, t.deps.outboxDir as string, owner.client, role)
    people.set(role, { client: staff.client, userId: staff.userId })
  }
  capabilities = await t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ capability: string }>`
      SELECT DISTINCT capability FROM role_capabilities ORDER BY capability`.execute(tx)
    return rows.map((row) => row.capability)
  })
}, 120_000)
afterAll(() => t.close())

function opening(role: Role) {
  const token = people.get(role)?.client.cookies.get(SESSION_COOKIE)
  if (!token) throw new Error(`no session for ${role}`)
  return {
    tokenHash: hashToken(token),
    now: t.clock(),
    idle: '30 minutes',
    request: { id: 'test' },
  }
}

/** Every helper's answer, read from the context and from the tables, in one transaction. */
async function answers(tx: Tx) {
  const { rows } = await sql<{ fast: unknown; lookup: unknown }>`
    SELECT json_build_object('role', app_current_role(),
                             'all_read', app_clinical_all(false), 'all_write', app_clinical_all(true),
                             'can', (SELECT json_object_agg(c, app_can(c)) FROM unnest(${capabilities}::text[]) c)) AS fast,
           json_build_object('role', app_membership_role(),
                             'all_read', app_clinical_all_lookup(false), 'all_write', app_clinical_all_lookup(true),
                             'can', (SELECT json_object_agg(c, app_role_can(c)) FROM unnest(${capabilities}::text[]) c)) AS lookup`.execute(
    tx,
  )
  const row = rows[0]
  if (!row) throw new Error('no answer')
  return row
}

describe('the role kept in the request context', () => {
  it.each(ROLES)('gives a %s the same answers as the tables', async (role) => {
    const { fast, lookup } = await openClinicRequest(
      t.database.db,
      opening(role),
      async (tx, opened) => {
        expect(opened?.role).toBe(role)
        return answers(tx)
      },
    )
    expect(fast).toEqual(lookup)
    expect((fast as { role: string }).role).toBe(role)
  })

  it('follows the clinic setting that lets doctors see every patient', async () => {
    const read = () =>
      openClinicRequest(t.database.db, opening('doctor'), async (tx, opened) => ({
        opened: opened?.clinical_all_read,
        ...(await answers(tx)),
      }))
    const before = await read()
    expect(before.opened).toBe(false)
    const changed = await people
      .get('owner')
      ?.client.patch('/api/v1/clinic/settings', { doctorsSeeAllPatients: true })
    expect(changed?.status).toBe(200)
    const after = await read()
    expect(after.opened).toBe(true)
    expect(after.fast).toEqual(after.lookup)
    expect(after.fast).toMatchObject({ all_read: true, all_write: true })
  })

  it('asks the tables when the context was not opened by a session (the worker, sign-in)', async () => {
    const receptionist = people.get('receptionist')
    const result = await withClinic(
      t.database.db,
      { clinicId, userId: receptionist?.userId ?? null },
      async (tx) => answers(tx),
    )
    expect(result.fast).toEqual(result.lookup)
    expect(result.fast).toMatchObject({ role: 'receptionist', all_read: false })
  })

  it('ends with the transaction: the next one on the connection knows no role', async () => {
    await openClinicRequest(t.database.db, opening('owner'), async () => undefined)
    const { rows } = await sql<{ role: string | null; can: boolean }>`
      SELECT app_current_role() AS role, app_can('patient.read') AS can`.execute(t.database.db)
    expect(rows[0]).toEqual({ role: null, can: false })
  })
})
