import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asClinicSystem } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { planRecallReminders } from '../appointments/index.ts'
import { CONSULTATION, draftAndIssue } from '../billing/billing-test-helpers.ts'
import {
  book,
  daysAhead,
  type MetaFixture,
  messagesOf,
  messagingClinic,
  type Owner,
  patientWith,
  startMetaFixture,
} from './messaging-test-helpers.ts'

/**
 * Recall and payment reminders (issue #14 item 4): planned only with consent (recall campaigns
 * need their own), once (per recall falling due; per invoice a day), checked again at send time
 * (booked since, paid since), and sent as the clinic's template with today's values.
 */
let fixture: MetaFixture
let owner: Owner
beforeAll(async () => {
  // Messages are sent by each test's own call to the worker's handler, at the moment it chooses.
  fixture = await startMetaFixture({ work: ['email'] })
  owner = fixture.owner
})
afterAll(() => fixture.close())

const REMINDERS = '/api/v1/messaging/payment-reminders'
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { reason: string } }).error

/** The template parameters Meta received for one message. */
function parametersSent(messageId: string): string[] {
  const [request] = fixture.sentFor(messageId)
  const body = request?.body as {
    template?: { name: string; components: { parameters: { text: string }[] }[] }
  }
  return (body?.template?.components[0]?.parameters ?? []).map((parameter) => parameter.text)
}

describe('payment reminders', () => {
  let patientId: string
  let invoice: { id: string; number: string | null }

  beforeAll(async () => {
    patientId = await patientWith(owner.client, { whatsapp: true })
    invoice = await draftAndIssue(owner.client, patientId, [CONSULTATION])
  })

  it('plans one a day for an issued invoice with a balance, and sends today’s amount', async () => {
    const response = await owner.client.post(REMINDERS, { invoiceId: invoice.id })
    expect(response.status).toBe(201)
    const planned = (await response.json()) as { messageId: string; channel: string }
    expect(planned).toMatchObject({ channel: 'whatsapp', viaClinicPhone: false })
    const again = await owner.client.post(REMINDERS, { invoiceId: invoice.id })
    expect(again.status).toBe(409)
    expect((await errorOf(again)).reason).toBe('messaging.reminder_already_planned')
    await fixture.sendNow(planned.messageId, fixture.t.clock())
    expect(await fixture.rowOf(planned.messageId)).toMatchObject({
      status: 'sent',
      kind: 'payment_reminder',
      invoice_id: invoice.id,
    })
    const [request] = fixture.sentFor(planned.messageId)
    const sent = request?.body as { template?: { name: string } } | undefined
    expect(sent?.template?.name).toBe('payment_reminder')
    // ₹500.00 due (the consultation), and the invoice's number.
    expect(parametersSent(planned.messageId)).toEqual(
      expect.arrayContaining(['₹500.00', invoice.number as string]),
    )
  })

  it('sends nothing for an invoice paid after it was planned', async () => {
    const patient = await patientWith(owner.client, { whatsapp: true })
    const issued = await draftAndIssue(owner.client, patient, [CONSULTATION])
    const response = await owner.client.post(REMINDERS, { invoiceId: issued.id })
    const { messageId } = (await response.json()) as { messageId: string }
    const paid = await owner.client.post(`/api/v1/patients/${patient}/payments`, {
      tenders: [{ mode: 'cash', amountPaise: 50_000 }],
      allocations: [{ invoiceId: issued.id, amountPaise: 50_000 }],
    })
    expect(paid.status).toBe(201)
    await fixture.sendNow(messageId, fixture.t.clock())
    expect(await fixture.rowOf(messageId)).toMatchObject({ status: 'skipped', skip_reason: 'paid' })
    expect(fixture.sentFor(messageId)).toHaveLength(0)
    const nothing = await owner.client.post(REMINDERS, { invoiceId: issued.id })
    expect(nothing.status).toBe(409)
    expect((await errorOf(nothing)).reason).toBe('messaging.nothing_due')
  })

  it('refuses a draft, an unknown or another clinic’s invoice, and a patient with no channel', async () => {
    const draft = await owner.client.post(`/api/v1/patients/${patientId}/invoices`, {
      lines: [CONSULTATION],
    })
    const draftId = ((await draft.json()) as { id: string }).id
    const notIssued = await owner.client.post(REMINDERS, { invoiceId: draftId })
    expect(notIssued.status).toBe(409)
    expect((await errorOf(notIssued)).reason).toBe('messaging.invoice_not_issued')
    const unknown = await owner.client.post(REMINDERS, {
      invoiceId: '00000000-0000-4000-8000-000000000000',
    })
    expect(unknown.status).toBe(404)
    const other = await messagingClinic(fixture.t, 'Other Dental')
    expect((await other.client.post(REMINDERS, { invoiceId: invoice.id })).status).toBe(404)
    const silent = await patientWith(owner.client, { whatsapp: false })
    const silentInvoice = await draftAndIssue(owner.client, silent, [CONSULTATION])
    const noChannel = await owner.client.post(REMINDERS, { invoiceId: silentInvoice.id })
    expect(noChannel.status).toBe(409)
    expect((await errorOf(noChannel)).reason).toBe('messaging.no_channel_consent')
    const bad = await owner.client.post(REMINDERS, { invoiceId: 'not-a-uuid' })
    expect(bad.status).toBe(400)
  })

  it('is for the front desk, who take payments and may read the patient: not doctors nor accountants', async () => {
    const outbox = fixture.t.deps.outboxDir as string
    const accountant = await addStaff(fixture.t.app, outbox, owner.client, 'accountant')
    const receptionist = await addStaff(fixture.t.app, outbox, owner.client, 'receptionist')
    const doctor = await addStaff(fixture.t.app, outbox, owner.client, 'doctor')
    const patient = await patientWith(owner.client, { whatsapp: true })
    const issued = await draftAndIssue(owner.client, patient, [CONSULTATION])
    expect((await doctor.client.post(REMINDERS, { invoiceId: issued.id })).status).toBe(403)
    // Accountants see no patient's contact details nor consent (PRODUCT.md roles matrix).
    expect((await accountant.client.post(REMINDERS, { invoiceId: issued.id })).status).toBe(403)
    const asked = await receptionist.client.post(REMINDERS, { invoiceId: issued.id })
    expect(asked.status, await asked.clone().text()).toBe(201)
  })
})

describe('recall reminders', () => {
  let ruleId: string

  /** A completed visit `monthsAgo` months before now, straight in the database. */
  let visits = 0
  async function visitedMonthsAgo(patientId: string, monthsAgo: number, extraDays = 0) {
    // One doctor: each visit in an hour of its own.
    visits += 1
    await asClinicSystem(
      fixture.t.database,
      owner.clinicId,
      ['schedule.write', 'schedule.all_doctors'],
      (tx) =>
        sql`INSERT INTO appointments (clinic_id, branch_id, patient_id, doctor_user_id, starts_at,
                                    ends_at, status)
          SELECT ${owner.clinicId}, b.id, ${patientId}, ${owner.userId},
                 ${fixture.t.clock()}::timestamptz - make_interval(months => ${monthsAgo}, days => ${extraDays}, hours => ${visits}),
                 ${fixture.t.clock()}::timestamptz - make_interval(months => ${monthsAgo}, days => ${extraDays}, hours => ${visits}) + interval '30 minutes',
                 'completed'
          FROM branches b WHERE b.clinic_id = ${owner.clinicId} LIMIT 1`.execute(tx),
    )
  }

  const recallsOf = async () =>
    (await messagesOf(fixture.t, owner.clinicId)).filter((row) => row.kind === 'recall_reminder')

  beforeAll(async () => {
    const rule = await owner.client.post('/api/v1/schedule/recall-rules', {
      name: 'six-monthly check-up',
      intervalMonths: 6,
    })
    expect(rule.status).toBe(201)
    ruleId = ((await rule.json()) as { id: string }).id
  })

  it('plans one for each consenting patient whose recall fell due, once, and sends it', async () => {
    const consenting = await patientWith(owner.client, { whatsapp: true, recall: true })
    const noRecallConsent = await patientWith(owner.client, { whatsapp: true, recall: false })
    const longOverdue = await patientWith(owner.client, { whatsapp: true, recall: true })
    const notYet = await patientWith(owner.client, { whatsapp: true, recall: true })
    await visitedMonthsAgo(consenting, 6, 1)
    await visitedMonthsAgo(noRecallConsent, 6, 1)
    await visitedMonthsAgo(longOverdue, 9)
    await visitedMonthsAgo(notYet, 5)
    const services = { db: fixture.t.database.db, jobs: fixture.t.deps.jobs }
    // The job visits every clinic in the database; this clinic's reminders are what count here.
    const report = await planRecallReminders(services, fixture.t.clock())
    expect(report.planned).toBeGreaterThanOrEqual(1)
    expect(await recallsOf()).toHaveLength(1)
    await planRecallReminders(services, fixture.t.clock())
    expect(await recallsOf()).toHaveLength(1)
    const [reminder] = await recallsOf()
    expect(reminder).toMatchObject({ patient_id: consenting, recall_rule_id: ruleId })
    await fixture.sendNow(reminder?.id as string, fixture.t.clock())
    expect(await fixture.rowOf(reminder?.id as string)).toMatchObject({ status: 'sent' })
    expect(parametersSent(reminder?.id as string)).toContain('six-monthly check-up')
  })

  it('sends nothing to a patient who booked after it was planned', async () => {
    const patient = await patientWith(owner.client, { whatsapp: true, recall: true })
    await visitedMonthsAgo(patient, 6, 3)
    await planRecallReminders(
      { db: fixture.t.database.db, jobs: fixture.t.deps.jobs },
      fixture.t.clock(),
    )
    const reminder = (await recallsOf()).find((row) => row.patient_id === patient)
    expect(reminder?.status).toBe('queued')
    await book(owner.client, owner, patient, daysAhead(fixture.t.clock(), 20))
    await fixture.sendNow(reminder?.id as string, fixture.t.clock())
    expect(await fixture.rowOf(reminder?.id as string)).toMatchObject({
      status: 'skipped',
      skip_reason: 'recall_booked',
    })
  })

  it('from the recall list on request: due now, with consent, once; refused otherwise', async () => {
    const overdue = await patientWith(owner.client, { whatsapp: true, recall: true })
    const noConsent = await patientWith(owner.client, { whatsapp: true, recall: false })
    const notDue = await patientWith(owner.client, { whatsapp: true, recall: true })
    await visitedMonthsAgo(overdue, 10)
    await visitedMonthsAgo(noConsent, 10)
    await visitedMonthsAgo(notDue, 2)
    const remind = (client: Owner['client'], patientId: string) =>
      client.post(`/api/v1/recalls/${ruleId}/patients/${patientId}/reminder`)
    const sent = await remind(owner.client, overdue)
    expect(sent.status, await sent.clone().text()).toBe(201)
    expect(await sent.json()).toMatchObject({ channel: 'whatsapp', viaClinicPhone: false })
    const again = await remind(owner.client, overdue)
    expect(again.status).toBe(409)
    expect((await errorOf(again)).reason).toBe('messaging.recall_already_planned')
    const refused = await remind(owner.client, noConsent)
    expect(refused.status).toBe(409)
    expect((await errorOf(refused)).reason).toBe('messaging.no_recall_consent')
    const early = await remind(owner.client, notDue)
    expect(early.status).toBe(404)
    expect((await errorOf(early)).reason).toBe('messaging.recall_not_due')
    // Another clinic's staff cannot remind this clinic's patient.
    const other = await messagingClinic(fixture.t, 'Recall Other Dental')
    expect((await remind(other.client, overdue)).status).toBe(404)
    const outbox = fixture.t.deps.outboxDir as string
    const accountant = await addStaff(fixture.t.app, outbox, owner.client, 'accountant')
    expect((await remind(accountant.client, noConsent)).status).toBe(403)
    const reminders = (await recallsOf()).filter((row) => row.patient_id === overdue)
    expect(reminders).toHaveLength(1)
  })
})
