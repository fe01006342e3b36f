import { type KyselyPlugin, type OperationNode, type RawNode, sql, type TableNode } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { buildApp } from '../../app.ts'

/**
 * Opening a patient is the hottest read: these tests count the statements it sends (every
 * query the application builds, through a Kysely plugin on the app's database; BEGIN and
 * COMMIT are not counted), so a change that adds a round trip shows here.
 */
class StatementLog implements KyselyPlugin {
  statements: string[] = []
  transformQuery({ node }: { node: OperationNode }) {
    this.statements.push(labelOf(node))
    return node as never
  }
  async transformResult<T>({ result }: { result: T }) {
    return result
  }
}

/** A short label: the function a raw statement calls, or the table a built query reads. */
function labelOf(node: OperationNode): string {
  if (node.kind === 'RawNode') return (node as RawNode).sqlFragments.join('?').trim().slice(0, 60)
  const from = (node as { from?: { froms: OperationNode[] } }).from?.froms[0]
  const table = from?.kind === 'TableNode' ? (from as TableNode).table.identifier.name : '?'
  return `${node.kind} ${table}`
}

let t: TestApp
let app: ReturnType<typeof buildApp>
const log = new StatementLog()
let owner: TestClient
let doctor: TestClient
let receptionist: TestClient
let patientId = ''

beforeAll(async () => {
  t = await createTestApp()
  app = buildApp({ ...t.deps, db: t.database.db.withPlugin(log) })
  const signedUp = await signUpClinic(t.app)
  owner = sameSession(signedUp.client)
  const outbox = t.deps.outboxDir as string
  const doctorStaff = await addStaff(t.app, outbox, signedUp.client, 'doctor')
  doctor = sameSession(doctorStaff.client)
  receptionist = sameSession(
    (await addStaff(t.app, outbox, signedUp.client, 'receptionist')).client,
  )
  const registered = await signedUp.client.post('/api/v1/patients', {
    fullName: 'Meera Iyer',
    ageYears: 41,
    sex: 'female',
  })
  patientId = ((await registered.json()) as { id: string }).id
  const added = await signedUp.client.post(`/api/v1/patients/${patientId}/care-team`, {
    userId: doctorStaff.userId,
  })
  expect(added.status).toBe(204)
}, 120_000)
afterAll(() => t.close())

/** A client of the counting app, signed in as `client` is. */
function sameSession(client: TestClient): TestClient {
  const counted = createClient(app)
  for (const [name, value] of client.cookies) counted.cookies.set(name, value)
  return counted
}

/** The statements of one GET /patients/{id}, after a first read has warmed the cipher cache. */
async function statementsOfOpening(client: TestClient) {
  expect((await client.get(`/api/v1/patients/${patientId}`)).status).toBe(200)
  log.statements = []
  const response = await client.get(`/api/v1/patients/${patientId}`)
  expect(response.status).toBe(200)
  return { statements: log.statements, body: (await response.json()) as Record<string, unknown> }
}

describe('opening a patient', () => {
  it('an owner: the session and context, then one statement reads, audits and loads the alerts; no access check', async () => {
    const { statements, body } = await statementsOfOpening(owner)
    expect(statements).toHaveLength(2)
    expect(statements[0]).toContain('app_open_request')
    expect(statements[1]).toBe('SelectQueryNode patients')
    expect(statements.join('\n')).not.toContain('app_clinical_access')
    expect(body).toMatchObject({ clinicalAccess: { read: true, write: true }, alerts: [] })
  })

  it('audits each opening once, and a patient it does not find not at all', async () => {
    const reads = () =>
      t.database.asOwner(async (tx) => {
        const { rows } = await sql<{ count: number }>`
          SELECT count(*)::int AS count FROM audit_events
          WHERE action = 'read' AND table_name = 'patients' AND row_id = ${patientId}`.execute(tx)
        return rows[0]?.count ?? 0
      })
    const before = await reads()
    expect((await owner.get(`/api/v1/patients/${patientId}`)).status).toBe(200)
    expect(await reads()).toBe(before + 1)
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await owner.get(`/api/v1/patients/${missing}`)).status).toBe(404)
    const unknown = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ count: number }>`
        SELECT count(*)::int AS count FROM audit_events WHERE row_id = ${missing}`.execute(tx)
      return rows[0]?.count ?? 0
    })
    expect(unknown).toBe(0)
  })

  it('a doctor on the care team: one access check answers read and write together', async () => {
    const { statements, body } = await statementsOfOpening(doctor)
    expect(statements).toHaveLength(3)
    expect(
      statements.filter((statement) => statement.includes('app_clinical_access')),
    ).toHaveLength(1)
    expect(body).toMatchObject({ clinicalAccess: { read: true, write: true }, alerts: [] })
  })

  it('a receptionist: no access check, and the database shows no history', async () => {
    const { statements, body } = await statementsOfOpening(receptionist)
    expect(statements).toHaveLength(2)
    expect(statements.join('\n')).not.toContain('app_clinical_access')
    expect(body).toMatchObject({ clinicalAccess: { read: false, write: false }, alerts: null })
  })

  it('shows the alerts of a recorded history to the care team', async () => {
    const saved = await owner.put(`/api/v1/patients/${patientId}/history`, {
      version: 0,
      conditions: [],
      allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'severe' }],
      medications: [],
      habits: {},
      dentalHistory: {},
      chiefComplaint: null,
    })
    expect(saved.status, await saved.clone().text()).toBe(200)
    const { body } = await statementsOfOpening(doctor)
    expect(body.alerts).toEqual([
      expect.objectContaining({ kind: 'allergy', severity: 'critical' }),
    ])
    const asReceptionist = await statementsOfOpening(receptionist)
    expect(asReceptionist.body.alerts).toBeNull()
  })
})
