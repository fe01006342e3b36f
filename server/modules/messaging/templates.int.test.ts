import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MessageTemplate } from '../../../shared/contracts/messaging.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import {
  book,
  daysAhead,
  messagesOf,
  messagingClinic,
  type Owner,
  patientWith,
} from './messaging-test-helpers.ts'

let t: TestApp
let owner: Owner
beforeAll(async () => {
  t = await createTestApp()
  owner = await messagingClinic(t, 'Own Words Dental')
})
afterAll(() => t.close())

const path = '/api/v1/messaging/templates'
const find = (templates: MessageTemplate[], kind: string, language: string) =>
  templates.find((each) => each.kind === kind && each.language === language)

describe('message templates', () => {
  it('are the shipped defaults in English and Hindi until the clinic writes its own', async () => {
    const response = await owner.client.get(path)
    expect(response.status).toBe(200)
    const templates = (await response.json()) as MessageTemplate[]
    expect(templates).toHaveLength(14)
    expect(find(templates, 'appointment_reminder', 'hi')).toMatchObject({
      isDefault: true,
      parameters: ['clinic', 'patient', 'doctor', 'when'],
    })
  })

  it('the clinic’s wording is what the patient reads; going back to the default works', async () => {
    const body = '{{clinic}}: {{patient}} ji, kal {{when}} par milte hain. Dhanyavaad!'
    const saved = await owner.client.put(`${path}/appointment_confirmation/en`, { body })
    expect(saved.status).toBe(200)
    expect(
      find((await saved.json()) as MessageTemplate[], 'appointment_confirmation', 'en'),
    ).toMatchObject({
      body,
      isDefault: false,
    })
    const patientId = await patientWith(owner.client, { whatsapp: true })
    await book(owner.client, owner, patientId, daysAhead(t.clock(), 4))
    const confirmation = (await messagesOf(t, owner.clinicId)).find(
      (row) => row.patient_id === patientId && row.kind === 'appointment_confirmation',
    )
    await expect
      .poll(
        async () =>
          (await messagesOf(t, owner.clinicId)).find((row) => row.id === confirmation?.id)?.status,
        { timeout: 10_000 },
      )
      .toBe('sent')
    const log = (await (
      await owner.client.get(`/api/v1/patients/${patientId}/messages`)
    ).json()) as {
      kind: string
      text: string | null
    }[]
    expect(log.find((message) => message.kind === 'appointment_confirmation')?.text).toMatch(
      /^Own Words Dental: Sunita Devi \d+ ji, kal \d\d\/\d\d\/\d{4}, \d\d:\d\d [ap]m par milte hain\. Dhanyavaad!$/,
    )
    const reset = await owner.client.delete(`${path}/appointment_confirmation/en`)
    expect(reset.status).toBe(200)
    expect(
      find((await reset.json()) as MessageTemplate[], 'appointment_confirmation', 'en')?.isDefault,
    ).toBe(true)
  })

  it('refuses a wording without the clinic, with a placeholder the kind lacks, or with stray braces: 400 naming body, nothing saved', async () => {
    const cases = [
      ['Your appointment is on {{when}}', 'messaging.template_clinic_missing'],
      ['{{clinic}}: pay {{amount}} today', 'messaging.template_unknown_parameter'],
      ['{{clinic}}: see you {patient}', 'messaging.template_stray_braces'],
      ['', 'field.too_short'],
    ] as const
    for (const [body, reason] of cases) {
      const refused = await owner.client.put(`${path}/appointment_reminder/hi`, { body })
      expect(refused.status, body).toBe(400)
      const { error } = (await refused.json()) as {
        error: { field?: string; reason: string; issues?: { field: string; reason: string }[] }
      }
      const first = error.issues?.[0] ?? error
      expect(first.field).toBe('body')
      if (reason !== 'field.too_short') expect(first.reason).toBe(reason)
    }
    expect((await owner.client.put(`${path}/no_such_kind/en`, { body: '{{clinic}}' })).status).toBe(
      400,
    )
    const templates = (await (await owner.client.get(path)).json()) as MessageTemplate[]
    expect(find(templates, 'appointment_reminder', 'hi')?.isDefault).toBe(true)
  })

  it('are managed by owners and admins only', async () => {
    const receptionist = await addStaff(
      t.app,
      t.deps.outboxDir as string,
      owner.client,
      'receptionist',
    )
    expect((await receptionist.client.get(path)).status).toBe(403)
    const refused = await receptionist.client.put(`${path}/appointment_reminder/en`, {
      body: '{{clinic}}: hello',
    })
    expect(refused.status).toBe(403)
  })
})
