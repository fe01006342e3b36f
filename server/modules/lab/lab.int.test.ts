import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LabCaseList, LabList } from '../../../shared/contracts/lab.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import {
  addLab,
  caseOf,
  casePath,
  casesPath,
  crownCase,
  labClinic,
  patientWithTeam,
  refusalOf,
} from './lab-test-helpers.ts'

let t: TestApp
let clinic: Awaited<ReturnType<typeof labClinic>>
let labId = ''
const as = (role: Role) => clinic.person(role).client

const crownOn36 = (overrides: Record<string, unknown> = {}) => crownCase(labId, overrides)

beforeAll(async () => {
  t = await createTestApp()
  // 10:00 in Mumbai on 1 December 2026.
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  clinic = await labClinic(t)
  labId = await addLab(clinic.owner, {
    name: 'Precision Dental Lab',
    contactPerson: 'Ramesh Patil',
    phone: '098201 23456',
    email: 'orders@precision.example',
    address: 'Andheri East, Mumbai',
  })
}, 120_000)
afterAll(() => t.close())

describe('labs', () => {
  it('lists labs with the phone normalised to +91, and archives instead of deleting', async () => {
    const listed = (await (await as('assistant').get('/api/v1/labs')).json()) as LabList
    expect(listed.labs.find((lab) => lab.id === labId)).toMatchObject({
      name: 'Precision Dental Lab',
      contactPerson: 'Ramesh Patil',
      phone: '+919820123456',
      isArchived: false,
    })
    const spare = await addLab(as('doctor'), { name: 'Spare Lab' })
    const archived = await as('assistant').patch(`/api/v1/labs/${spare}`, { isArchived: true })
    expect(archived.status).toBe(200)
    const active = (await (await as('owner').get('/api/v1/labs')).json()) as LabList
    expect(active.labs.map((lab) => lab.id)).not.toContain(spare)
    const all = (await (
      await as('owner').get('/api/v1/labs?includeArchived=true')
    ).json()) as LabList
    expect(all.labs.find((lab) => lab.id === spare)?.isArchived).toBe(true)

    const patientId = await patientWithTeam(clinic.owner, [])
    const refused = await refusalOf(
      await as('owner').post(casesPath(patientId), crownOn36({ labId: spare })),
    )
    expect(refused).toMatchObject({ status: 400, field: 'labId', reason: 'lab.archived' })
  })

  it('refuses a second lab of the same name (409 naming the field) and a bad phone (400)', async () => {
    const same = await refusalOf(
      await as('owner').post('/api/v1/labs', { name: 'precision dental lab' }),
    )
    expect(same).toMatchObject({ status: 409, field: 'name', reason: 'lab.name_taken' })
    const phone = await refusalOf(
      await as('owner').post('/api/v1/labs', { name: 'Phone Lab', phone: '12345' }),
    )
    expect(phone).toMatchObject({ status: 400, field: 'phone' })
  })
})

describe('a lab case: sent, received, fitted', () => {
  it('a crown on 36 is sent, received and fitted, each step dated by the clinic', async () => {
    const patientId = await patientWithTeam(clinic.owner, [clinic.person('assistant')])
    const sent = await caseOf(await as('assistant').post(casesPath(patientId), crownOn36()), 201)
    expect(sent).toMatchObject({
      patientId,
      patientName: 'Meera Iyer',
      labName: 'Precision Dental Lab',
      workType: 'crown',
      teeth: [36],
      shade: 'VITA A2',
      material: 'zirconia',
      sentOn: '2026-12-01',
      dueOn: '2026-12-08',
      status: 'sent',
      receivedOn: null,
      daysOverdue: null,
      events: [{ status: 'sent', occurredOn: '2026-12-01' }],
    })
    const received = await caseOf(
      await as('assistant').post(`${casePath(sent.id)}/receive`, { costPaise: 350_000 }),
    )
    expect(received).toMatchObject({
      status: 'received',
      receivedOn: '2026-12-01',
      costPaise: 350_000,
    })
    // The doctor is not on this patient's care team: the case is not theirs to see or change.
    const byDoctor = await refusalOf(await as('doctor').post(`${casePath(sent.id)}/fit`, {}))
    expect(byDoctor).toMatchObject({ status: 404, reason: 'lab.case_not_found' })
    const byOwner = await caseOf(await as('owner').post(`${casePath(sent.id)}/fit`, {}))
    expect(byOwner).toMatchObject({ status: 'fitted', fittedOn: '2026-12-01' })
    expect(byOwner.events.map((event) => event.status)).toEqual(['sent', 'received', 'fitted'])

    const list = (await (await as('assistant').get(casesPath(patientId))).json()) as LabCaseList
    expect(list.cases.map((row) => row.id)).toEqual([sent.id])
  })

  it('a remake closes the case with its reason and sends a new case linked to it', async () => {
    const patientId = await patientWithTeam(clinic.owner, [clinic.person('doctor')])
    const first = await caseOf(await as('doctor').post(casesPath(patientId), crownOn36()), 201)
    await caseOf(await as('doctor').post(`${casePath(first.id)}/receive`, {}))
    const remake = await caseOf(
      await as('doctor').post(`${casePath(first.id)}/remake`, {
        reason: 'Open contact distally',
        dueOn: '2026-12-10',
      }),
      201,
    )
    expect(remake).toMatchObject({
      status: 'sent',
      remakeOf: first.id,
      teeth: [36],
      workType: 'crown',
      shade: 'VITA A2',
      dueOn: '2026-12-10',
    })
    const old = await caseOf(await as('doctor').get(casePath(first.id)))
    expect(old).toMatchObject({
      status: 'remake',
      remakeReason: 'Open contact distally',
      remadeAs: remake.id,
    })
    expect(old.events.at(-1)).toMatchObject({ status: 'remake', note: 'Open contact distally' })
    const again = await refusalOf(
      await as('doctor').post(`${casePath(first.id)}/remake`, { reason: 'x', dueOn: '2026-12-10' }),
    )
    expect(again).toMatchObject({ status: 409, field: 'status', reason: 'lab.not_remakeable' })
    const change = await refusalOf(await as('doctor').patch(casePath(first.id), { shade: 'A1' }))
    expect(change).toMatchObject({ status: 409, field: 'status', reason: 'lab.case_closed' })
  })

  it('links a case to an item of the same patient’s treatment plan', async () => {
    const patientId = await patientWithTeam(clinic.owner, [clinic.person('doctor')])
    const itemId = await planItemOn36(patientId)
    const linked = await caseOf(
      await as('doctor').post(casesPath(patientId), crownOn36({ planItemId: itemId })),
      201,
    )
    expect(linked.planItemId).toBe(itemId)
    const other = await patientWithTeam(clinic.owner, [clinic.person('doctor')], 'Ravi Kumar')
    const refused = await refusalOf(
      await as('doctor').post(casesPath(other), crownOn36({ planItemId: itemId })),
    )
    expect(refused).toMatchObject({
      status: 400,
      field: 'planItemId',
      reason: 'lab.plan_item_other_patient',
    })
    const patched = await refusalOf(
      await as('doctor').patch(casePath(linked.id), { planItemId: await planItemOn36(other) }),
    )
    expect(patched).toMatchObject({ status: 400, field: 'planItemId' })
  })
})

/** A proposed plan with an RCT on 36 for the patient; returns the item's id. */
async function planItemOn36(patientId: string): Promise<string> {
  const catalogue = (await (await as('doctor').get('/api/v1/catalogue/procedures')).json()) as {
    procedures: { id: string; code: string }[]
  }
  const procedureId = catalogue.procedures.find((row) => row.code === 'RCT-M')?.id
  const plan = (await (
    await as('doctor').post(`/api/v1/patients/${patientId}/plans`, { title: 'Restore 36' })
  ).json()) as { id: string }
  const withItem = await as('doctor').post(`/api/v1/patients/${patientId}/plans/${plan.id}/items`, {
    procedureId,
    teeth: [36],
  })
  const body = (await withItem.json()) as { items: { id: string }[] }
  expect(withItem.status, JSON.stringify(body)).toBe(201)
  return body.items[0]?.id as string
}

describe('the board: overdue by the clinic’s date', () => {
  it('a case due on 3 December is overdue on the clinic’s 4 December, though UTC still says the 3rd', async () => {
    // A clinic of its own, signed up just before midnight in Mumbai (18:20 UTC is 23:50 IST),
    // so that its sessions are fresh when the clock is walked 20 minutes on (ADR 0013).
    t.clock.set(new Date('2026-12-03T18:20:00Z'))
    try {
      const late = await labClinic(t)
      const owner = late.owner
      const lateLab = await addLab(owner, { name: 'Night Lab' })
      const patientId = await patientWithTeam(owner, [], 'Overdue Patient')
      const body = { labId: lateLab, workType: 'bridge', teeth: [35, 36, 37] }
      const dueToday = await caseOf(
        await owner.post(casesPath(patientId), {
          ...body,
          sentOn: '2026-11-26',
          dueOn: '2026-12-03',
        }),
        201,
      )
      const longOverdue = await caseOf(
        await owner.post(casesPath(patientId), {
          ...body,
          sentOn: '2026-11-25',
          dueOn: '2026-11-28',
        }),
        201,
      )
      const lateBoard = async (query: string) => {
        const response = await owner.get(`/api/v1/lab-cases${query}`)
        const answer = (await response.json()) as LabCaseList
        expect(response.status, JSON.stringify(answer)).toBe(200)
        return answer
      }
      const before = await lateBoard('?overdue=true')
      expect(before.today).toBe('2026-12-03')
      expect(before.cases.map((row) => [row.id, row.daysOverdue])).toEqual([[longOverdue.id, 5]])

      // 18:40 UTC on the 3rd is 00:10 on the 4th in Mumbai: the clinic's day has turned.
      t.clock.advance(20 * 60_000)
      const after = await lateBoard(`?overdue=true&labId=${lateLab}`)
      expect(after.today).toBe('2026-12-04')
      expect(after.cases.map((row) => [row.id, row.daysOverdue])).toEqual([
        [longOverdue.id, 6],
        [dueToday.id, 1],
      ])
      await caseOf(await owner.post(`${casePath(dueToday.id)}/receive`, {}))
      const received = await lateBoard('?status=received')
      expect(received.cases.map((row) => row.id)).toEqual([dueToday.id])
      expect(received.cases[0]).toMatchObject({ receivedOn: '2026-12-04', daysOverdue: null })
      expect((await lateBoard('?overdue=true')).cases.map((row) => row.id)).toEqual([
        longOverdue.id,
      ])
      expect((await lateBoard('?status=sent')).cases.map((row) => row.id)).toEqual([longOverdue.id])
    } finally {
      t.clock.set(new Date('2026-12-01T04:30:00Z'))
    }
  })
})
