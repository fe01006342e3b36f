import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff } from '../../../test/staff-helpers.ts'
import { CONSULTATION, draftAndIssue } from '../billing/billing-test-helpers.ts'
import {
  addToCareTeam,
  azithromycinLine,
  draftBody,
  giveRegistration,
} from '../prescriptions/prescriptions-test-helpers.ts'
import {
  type MetaFixture,
  messagingClinic,
  type Owner,
  patientWith,
  startMetaFixture,
} from './messaging-test-helpers.ts'
import { applyMessageRetention } from './retention.ts'

/**
 * Invoices and prescriptions as WhatsApp documents (issue #14 item 4): asked for by whoever may
 * read the document, once a day; the PDF goes to the provider as a link with a fresh secret that
 * ends after 7 days; SMS never carries one.
 */
let fixture: MetaFixture
let owner: Owner
let doctor: Awaited<ReturnType<typeof addStaff>>
beforeAll(async () => {
  fixture = await startMetaFixture({ work: ['email'] })
  owner = fixture.owner
  doctor = await addStaff(fixture.t.app, fixture.t.deps.outboxDir as string, owner.client, 'doctor')
  await giveRegistration(fixture.t, owner, doctor.userId, 'DCI-A-13579')
})
afterAll(() => fixture.close())

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { reason: string } }).error
const sendInvoice = (client: Owner['client'], id: string) =>
  client.post(`/api/v1/messaging/documents/invoices/${id}`)

/** The link and file name Meta was given for one message, from the template's document header. */
function documentSent(messageId: string): { link: string; filename: string } | undefined {
  const [request] = fixture.sentFor(messageId)
  const body = request?.body as {
    template?: {
      name: string
      components: {
        type: string
        parameters: { document?: { link: string; filename: string } }[]
      }[]
    }
  }
  const header = body?.template?.components.find((component) => component.type === 'header')
  return header?.parameters[0]?.document
}

/** The link's path on this app (the worker names the local app without PUBLIC_URL). */
const pathOf = (link: string) => new URL(link).pathname

describe('an invoice as a document', () => {
  it('goes to the provider as a link to the PDF, once a day, and the link ends after 7 days', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const invoice = await draftAndIssue(owner.client, patientId, [CONSULTATION])
    const response = await sendInvoice(owner.client, invoice.id)
    expect(response.status, await response.clone().text()).toBe(201)
    const { messageId, channel } = (await response.json()) as { messageId: string; channel: string }
    expect(channel).toBe('whatsapp')
    const again = await sendInvoice(owner.client, invoice.id)
    expect(again.status).toBe(409)
    expect((await errorOf(again)).reason).toBe('messaging.document_already_planned')

    await fixture.sendNow(messageId, fixture.t.clock())
    expect(await fixture.rowOf(messageId)).toMatchObject({
      status: 'sent',
      kind: 'document_ready',
      invoice_id: invoice.id,
    })
    const sent = documentSent(messageId)
    expect(sent?.filename).toBe(`${(invoice.number as string).replace(/\//g, '-')}.pdf`)
    expect(sent?.link).toMatch(/\/api\/v1\/message-documents\/[A-Za-z0-9_-]{43}$/)
    const [request] = fixture.sentFor(messageId)
    expect(JSON.stringify(request?.body)).toContain(`invoice ${invoice.number}`)

    // The provider fetches it without a session; nobody else can guess the address.
    const path = pathOf(sent?.link as string)
    const fetched = await fixture.t.app.request(path)
    expect(fetched.status).toBe(200)
    expect(fetched.headers.get('content-type')).toBe('application/pdf')
    expect(fetched.headers.get('cache-control')).toContain('no-store')
    expect(
      Buffer.from(await fetched.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect((await fixture.t.app.request(`${path.slice(0, -4)}AAAA`)).status).toBe(404)
    expect((await fixture.t.app.request('/api/v1/message-documents/short')).status).toBe(404)

    // Seven days on, the link has ended, and the retention job deletes the file.
    const later = new Date(fixture.t.clock().getTime() + 7 * 24 * 3600_000 + 60_000)
    fixture.t.clock.set(later)
    try {
      expect((await fixture.t.app.request(path)).status).toBe(404)
      const report = await applyMessageRetention(fixture.t.database.db, later)
      expect(report.attachmentsDeleted).toBeGreaterThanOrEqual(1)
    } finally {
      fixture.t.clock.set(new Date(later.getTime() - 7 * 24 * 3600_000 - 60_000))
    }
  })

  it('goes by email as a link when the patient agreed to email but not WhatsApp; never by SMS', async () => {
    const emailOnly = await patientWith(owner.client, {
      whatsapp: false,
      email: true,
      emailAddress: 'sunita@example.test',
    })
    const emailInvoice = await draftAndIssue(owner.client, emailOnly, [CONSULTATION])
    const byEmail = await sendInvoice(owner.client, emailInvoice.id)
    expect(byEmail.status).toBe(201)
    expect(await byEmail.json()).toMatchObject({ channel: 'email' })
    const smsOnly = await patientWith(owner.client, { whatsapp: false, sms: true })
    const smsInvoice = await draftAndIssue(owner.client, smsOnly, [CONSULTATION])
    const refused = await sendInvoice(owner.client, smsInvoice.id)
    expect(refused.status).toBe(409)
    expect((await errorOf(refused)).reason).toBe('messaging.no_document_channel')
  })

  it('is refused for a draft, an unknown or another clinic’s invoice, and for doctors and accountants', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const draft = await owner.client.post(`/api/v1/patients/${patientId}/invoices`, {
      lines: [CONSULTATION],
    })
    const draftId = ((await draft.json()) as { id: string }).id
    const notIssued = await sendInvoice(owner.client, draftId)
    expect(notIssued.status).toBe(409)
    expect((await errorOf(notIssued)).reason).toBe('messaging.invoice_not_issued')
    expect((await sendInvoice(owner.client, '00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    )
    const issued = await draftAndIssue(owner.client, patientId, [CONSULTATION])
    const other = await messagingClinic(fixture.t, 'Other Documents Dental')
    expect((await sendInvoice(other.client, issued.id)).status).toBe(404)
    const accountant = await addStaff(
      fixture.t.app,
      fixture.t.deps.outboxDir as string,
      owner.client,
      'accountant',
    )
    expect((await sendInvoice(accountant.client, issued.id)).status).toBe(403)
    expect((await sendInvoice(doctor.client, issued.id)).status).toBe(403)
    expect((await sendInvoice(owner.client, 'not-a-uuid')).status).toBe(400)
  })
})

describe('a prescription as a document', () => {
  it('sends the file as issued, by the doctor whose patient it is', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    await addToCareTeam(owner.client, patientId, doctor.userId)
    const drafted = await doctor.client.post(
      `/api/v1/patients/${patientId}/prescriptions`,
      draftBody([azithromycinLine], { followUpDate: null }),
    )
    expect(drafted.status, await drafted.clone().text()).toBe(201)
    const { id } = (await drafted.json()) as { id: string }
    const send = (client: Owner['client']) =>
      client.post(`/api/v1/messaging/documents/prescriptions/${id}`)
    const early = await send(doctor.client)
    expect(early.status).toBe(409)
    expect((await errorOf(early)).reason).toBe('prescription.not_issued_for_sending')
    const issued = await doctor.client.post(`/api/v1/prescriptions/${id}/issue`, { overrides: [] })
    expect(issued.status, await issued.clone().text()).toBe(200)
    const { number } = (await issued.json()) as { number: string }
    const response = await send(doctor.client)
    expect(response.status, await response.clone().text()).toBe(201)
    const { messageId } = (await response.json()) as { messageId: string }
    await fixture.sendNow(messageId, fixture.t.clock())
    const sent = documentSent(messageId)
    expect(sent?.filename).toMatch(/^prescription-.+\.pdf$/)
    const stored = await doctor.client.get(`/api/v1/prescriptions/${id}/pdf`)
    const fetched = await fixture.t.app.request(pathOf(sent?.link as string))
    expect(fetched.status).toBe(200)
    // The very file that was issued, byte for byte.
    expect(
      Buffer.from(await fetched.arrayBuffer()).equals(Buffer.from(await stored.arrayBuffer())),
    ).toBe(true)
    expect(JSON.stringify(fixture.sentFor(messageId)[0]?.body)).toContain(`prescription ${number}`)
    // Another doctor, not on the patient's care team, may not send it.
    const stranger = await addStaff(
      fixture.t.app,
      fixture.t.deps.outboxDir as string,
      owner.client,
      'doctor',
    )
    expect([403, 404]).toContain((await send(stranger.client)).status)
  })

  it('is not sent once the prescription is cancelled', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    await addToCareTeam(owner.client, patientId, doctor.userId)
    const drafted = await doctor.client.post(
      `/api/v1/patients/${patientId}/prescriptions`,
      draftBody([azithromycinLine], { followUpDate: null }),
    )
    const { id } = (await drafted.json()) as { id: string }
    expect(
      (await doctor.client.post(`/api/v1/prescriptions/${id}/issue`, { overrides: [] })).status,
    ).toBe(200)
    const response = await doctor.client.post(`/api/v1/messaging/documents/prescriptions/${id}`)
    const { messageId } = (await response.json()) as { messageId: string }
    const cancelled = await doctor.client.post(`/api/v1/prescriptions/${id}/cancel`, {
      reason: 'Wrong drug chosen',
    })
    expect(cancelled.status, await cancelled.clone().text()).toBe(200)
    expect(await fixture.rowOf(messageId)).toMatchObject({ status: 'cancelled' })
    await fixture.sendNow(messageId, fixture.t.clock())
    expect(fixture.sentFor(messageId)).toHaveLength(0)
  })
})
