import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type createClient, signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { openPglite } from '../../db/open-pglite.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { startNiramaya } from '../../start.ts'
import { recordRead } from './record.ts'
import { sealAuditEvents } from './seal.ts'
import { verifyAllClinics } from './verify-all.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

type Event = {
  action: string
  tableName: string | null
  before: unknown
  after: unknown
  actor: { userId: string }
  isSealed: boolean
}
const events = async (client: ReturnType<typeof createClient>, query = '') =>
  (await (await client.get(`/api/v1/audit/events${query}`)).json()) as Event[]

describe('the audit log', () => {
  it('records changes by trigger, with who, before and after, and never a token hash', async () => {
    const owner = await signUpClinic(t.app)
    await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'doctor')
    const log = await events(owner.client, '?limit=200')
    const invitation = log.find(
      (event) => event.tableName === 'invitations' && event.action === 'insert',
    )
    expect(invitation?.actor.userId).toBe(owner.userId)
    expect(invitation?.after).toMatchObject({ role: 'doctor' })
    expect(JSON.stringify(log)).not.toContain('token_hash')
    const accepted = log.find(
      (event) => event.tableName === 'invitations' && event.action === 'update',
    )
    expect(accepted?.before).toMatchObject({ accepted_at: null })
    expect(log.map((event) => event.action)).toEqual(
      expect.arrayContaining(['auth.signed_up', 'staff.invited', 'staff.invitation_accepted']),
    )
  })

  it('records reads through the one helper, with the patient id for "who opened this record?"', async () => {
    const owner = await signUpClinic(t.app)
    const patientId = crypto.randomUUID()
    await withClinic(
      t.database.db,
      {
        clinicId: owner.clinicId,
        userId: owner.userId,
        request: { id: 'req-1', ip: '10.1.2.3', userAgent: 'Tablet' },
      },
      (tx) => recordRead(tx, { table: 'patients', rowId: patientId, patientId }),
    )
    const log = (await events(owner.client, `?patientId=${patientId}`)) as (Event & {
      requestId: string
      ip: string
      userAgent: string
    })[]
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      action: 'read',
      tableName: 'patients',
      requestId: 'req-1',
      ip: '10.1.2.3',
      userAgent: 'Tablet',
    })
  })

  it('is append-only for the application role', async () => {
    const owner = await signUpClinic(t.app)
    const context = { clinicId: owner.clinicId, userId: owner.userId }
    for (const statement of [
      sql`UPDATE audit_events SET action = 'tampered'`,
      sql`DELETE FROM audit_events`,
      sql`INSERT INTO audit_events (clinic_id, action) VALUES (${owner.clinicId}, 'forged')`,
    ]) {
      await expect(
        withClinic(t.database.db, context, (tx) => statement.execute(tx)),
      ).rejects.toMatchObject({ code: '42501' })
    }
  })

  it('filters by person, action and day in the clinic’s time zone', async () => {
    const owner = await signUpClinic(t.app)
    const today = new Date().toISOString().slice(0, 10)
    const byAction = await events(owner.client, '?action=auth.signed_up')
    expect(byAction.map((event) => event.action)).toEqual(['auth.signed_up'])
    expect(
      await events(owner.client, `?actorUserId=${owner.userId}&from=2000-01-01&to=2000-01-31`),
    ).toEqual([])
    const bad = await owner.client.get('/api/v1/audit/events?from=31/12/2026')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.field).toBe('from')
    expect((await events(owner.client, `?from=${today}`)).length).toBeGreaterThan(0)
  })

  it('is hash-chained after commit, and the owner can check the chain', async () => {
    const owner = await signUpClinic(t.app)
    expect((await events(owner.client)).every((event) => !event.isSealed)).toBe(true)
    await sealEverything()
    expect((await events(owner.client)).every((event) => event.isSealed)).toBe(true)
    const report = await (await owner.client.post('/api/v1/audit/verify')).json()
    expect(report).toMatchObject({ isIntact: true, unsealed: 0 })
    expect(report.checked).toBeGreaterThan(2)
  })

  it('chains the same whatever the batch size: small batches across two clinics verify', async () => {
    const clinics = [await signUpClinic(t.app), await signUpClinic(t.app)]
    await sealEverything()
    for (const clinic of clinics) {
      const registered = await clinic.client.post('/api/v1/patients', {
        fullName: 'Chain Test',
        ageYears: 30,
        sex: 'female',
      })
      const { id } = (await registered.json()) as { id: string }
      for (let i = 0; i < 4; i += 1) {
        expect((await clinic.client.get(`/api/v1/patients/${id}`)).status).toBe(200)
      }
    }
    // Three at a time: batches end inside a clinic's run and start again from its head.
    let rounds = 0
    while ((await sealAuditEvents(t.database.db, 3)) > 0) rounds += 1
    expect(rounds).toBeGreaterThan(1)
    for (const clinic of clinics) {
      const report = await (await clinic.client.post('/api/v1/audit/verify')).json()
      expect(report).toMatchObject({ isIntact: true, unsealed: 0 })
    }
  })

  it('detects a row changed by the database owner, and names the link', async () => {
    const owner = await signUpClinic(t.app)
    await sealEverything()
    const victim = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ id: number; chain_seq: number }>`
        SELECT id, chain_seq FROM audit_events WHERE clinic_id = ${owner.clinicId} ORDER BY chain_seq LIMIT 1 OFFSET 1`.execute(
        tx,
      )
      await sql`UPDATE audit_events SET details = '{"quietly":"edited"}' WHERE clinic_id = ${owner.clinicId} AND id = ${rows[0]?.id}`.execute(
        tx,
      )
      return rows[0]
    })
    const report = await (await owner.client.post('/api/v1/audit/verify')).json()
    expect(report).toMatchObject({
      isIntact: false,
      firstBroken: { chainSeq: Number(victim?.chain_seq), eventId: Number(victim?.id) },
    })
    const [cli] = await verifyAllClinics(t.database.adminDb, owner.clinicId)
    expect(cli?.isIntact).toBe(false)
  })

  it('detects a deleted row and a cut tail', async () => {
    const owner = await signUpClinic(t.app)
    await sealEverything()
    await t.database.asOwner((tx) =>
      sql`DELETE FROM audit_events WHERE clinic_id = ${owner.clinicId} AND chain_seq = 1`.execute(
        tx,
      ),
    )
    expect(
      (await verifyAllClinics(t.database.adminDb, owner.clinicId))[0]?.firstBroken?.reason,
    ).toMatch(/missing/)
    const other = await signUpClinic(t.app)
    await sealEverything()
    await t.database.asOwner((tx) =>
      sql`DELETE FROM audit_events WHERE clinic_id = ${other.clinicId}
          AND chain_seq = (SELECT max(chain_seq) FROM audit_events WHERE clinic_id = ${other.clinicId})`.execute(
        tx,
      ),
    )
    expect(
      (await verifyAllClinics(t.database.adminDb, other.clinicId))[0]?.firstBroken?.reason,
    ).toMatch(/end of the chain/)
  })
})

describe('npm run audit:verify', () => {
  it('exits 0 on an intact log and 1, naming the link, after tampering', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-audit-'))
    try {
      const running = await startNiramaya({ port: 0, dataDir, logLevel: 'silent', databaseUrl: '' })
      const response = await fetch(`${running.url}/api/v1/auth/signup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          clinicName: 'CLI Dental',
          ownerName: 'Dr Rao',
          email: 'cli@example.test',
          password: 'kesari chai at 4 pm',
          state: '27',
        }),
      })
      expect(response.status).toBe(201)
      await running.stop()
      const run = () =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
          env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
          encoding: 'utf8',
          timeout: 60_000,
        })
      const intact = run()
      expect(intact.status).toBe(0)
      expect(intact.stdout).toMatch(/intact, \d+ events checked/)
      const pglite = await openPglite({ dataDir: path.join(dataDir, 'pglite') })
      await pglite.exec(
        "UPDATE audit_events SET action = 'auth.nothing_to_see' WHERE chain_seq = 2",
      )
      await pglite.close()
      const broken = run()
      expect(broken.status).toBe(1)
      expect(broken.stdout).toMatch(
        /BROKEN at link 2 \(event \d+\): the event was changed after it was sealed/,
      )
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})

describe('the audit log across clinics', () => {
  it('clinic B sees and verifies only its own events through the API', async () => {
    const a = await signUpClinic(t.app, 'Clinic A')
    const b = await signUpClinic(t.app, 'Clinic B')
    await sealEverything()
    const bEvents = await events(b.client, '?limit=200')
    expect(bEvents.length).toBeGreaterThan(0)
    expect(bEvents.every((event) => event.actor.userId === b.userId)).toBe(true)
    expect(await events(b.client, `?actorUserId=${a.userId}`)).toEqual([])
    const aReport = await (await a.client.post('/api/v1/audit/verify')).json()
    const bReport = await (await b.client.post('/api/v1/audit/verify')).json()
    expect(aReport.isIntact && bReport.isIntact).toBe(true)
    expect(bReport.checked).toBe(bEvents.filter((event) => event.isSealed).length)
  })
})

/**
 * Seals until nothing is left. On a PostgreSQL database shared by test files running at
 * the same time, one batch may end before this file's events, behind other files' events.
 */
async function sealEverything() {
  for (let round = 0; round < 50; round += 1) {
    if ((await sealAuditEvents(t.database.db, 5000)) === 0) return
  }
}
