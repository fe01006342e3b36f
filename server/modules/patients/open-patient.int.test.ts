import type { KyselyPlugin, OperationNode, RawNode, TableNode } from 'kysely'
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
  it('an owner: the session and context, the patient, the audited read and the alerts; no access check', async () => {
    const { statements, body } = await statementsOfOpening(owner)
    expect(statements).toHaveLength(4)
    expect(statements[0]).toContain('app_open_request')
    expect(statements[1]).toBe('SelectQueryNode patients')
    expect(statements[2]).toContain('audit_record_read')
    expect(statements[3]).toBe('SelectQueryNode medical_histories')
    expect(statements.join('\n')).not.toContain('app_clinical_access')
    expect(body).toMatchObject({ clinicalAccess: { read: true, write: true }, alerts: [] })
  })

  it('a doctor on the care team: one access check answers read and write together', async () => {
    const { statements, body } = await statementsOfOpening(doctor)
    expect(statements).toHaveLength(5)
    expect(
      statements.filter((statement) => statement.includes('app_clinical_access')),
    ).toHaveLength(1)
    expect(body).toMatchObject({ clinicalAccess: { read: true, write: true }, alerts: [] })
  })

  it('a receptionist: no access check and no history read', async () => {
    const { statements, body } = await statementsOfOpening(receptionist)
    expect(statements).toHaveLength(3)
    expect(statements.join('\n')).not.toMatch(/app_clinical_access|medical_histories/)
    expect(body).toMatchObject({ clinicalAccess: { read: false, write: false }, alerts: null })
  })
})
