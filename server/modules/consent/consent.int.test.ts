import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { canonicalJson } from './canonical-json.ts'
import { CONSENT_ITEMS } from './consent-items.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
beforeAll(async () => {
  t = await createTestApp()
  owner = await signUpClinic(t.app)
})
afterAll(() => t.close())

const allNo = Object.fromEntries(CONSENT_ITEMS.map((item) => [item, false]))
const answers: Record<string, boolean> = {
  ...allNo,
  personal_data: true,
  health_data: true,
  'channel.whatsapp': true,
  'channel.sms': true,
}

async function newPatient(body: object = { fullName: 'Sunita Devi', ageYears: 52, sex: 'female' }) {
  return (await (await owner.client.post('/api/v1/patients', body)).json()) as { id: string }
}

async function hindiNotice() {
  return (await (await owner.client.get('/api/v1/consent/notice?language=hi')).json()) as {
    id: string
    version: number
    contentHash: string
    content: { items: { key: string; label: string }[] }
  }
}

describe('consent notices', () => {
  it('start with a default notice, itemised, in English and Hindi, hashed', async () => {
    const hindi = await hindiNotice()
    expect(hindi).toMatchObject({ version: 1, language: 'hi' })
    expect(hindi.content.items.map((item) => item.key)).toEqual([...CONSENT_ITEMS])
    expect(JSON.stringify(hindi.content)).toContain('डेटा संरक्षण बोर्ड')
    const { createHash } = await import('node:crypto')
    expect(hindi.contentHash).toBe(
      createHash('sha256').update(canonicalJson(hindi.content)).digest('hex'),
    )
  })

  it('a new clinic’s first two notice reads at once both answer (the consent screen asks in two languages)', async () => {
    // On PostgreSQL the two requests run side by side, and both found no notice to store the
    // default over: the slower one failed on the unique version (seen in a browser test).
    const fresh = await signUpClinic(t.app)
    const [english, hindi] = await Promise.all(
      ['en', 'hi'].map((language) =>
        fresh.client.get(`/api/v1/consent/notice?language=${language}`),
      ),
    )
    expect([english?.status, hindi?.status]).toEqual([200, 200])
    expect(await english?.json()).toMatchObject({ version: 1, language: 'en' })
    expect(await hindi?.json()).toMatchObject({ version: 1, language: 'hi' })
  })

  it('a new version leaves the earlier one untouched; notices cannot be edited', async () => {
    const before = await hindiNotice()
    const english = (await (
      await owner.client.get('/api/v1/consent/notice?language=en')
    ).json()) as { content: object }
    const response = await owner.client.post('/api/v1/consent/notices', {
      languages: { en: { ...english.content, title: 'Version two' } },
    })
    expect(response.status).toBe(201)
    expect((await response.json())[0]).toMatchObject({ version: 2, language: 'en' })
    expect((await hindiNotice()).id).toBe(before.id)
    await expect(
      t.database.db
        .transaction()
        .execute((tx) => sql`UPDATE consent_notices SET content = '{}'`.execute(tx)),
    ).rejects.toMatchObject({ code: '42501' })
  })
})

describe('recording consent', () => {
  it('records every item as answered, under the notice version and language shown', async () => {
    const patient = await newPatient()
    const notice = await hindiNotice()
    const response = await owner.client.post(`/api/v1/patients/${patient.id}/consent`, {
      noticeId: notice.id,
      items: answers,
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    })
    expect(response.status).toBe(201)
    const state = await response.json()
    expect(state.items['channel.whatsapp']).toMatchObject({
      isGranted: true,
      noticeVersion: notice.version,
    })
    expect(state.items['purpose.recall_campaigns'].isGranted).toBe(false)
    expect(state.history[0]).toMatchObject({
      action: 'given',
      language: 'hi',
      noticeHash: notice.contentHash,
      capturedBy: 'Dr Asha Rao',
    })
  })

  it('refuses consent with any item left unanswered: nothing is pre-selected', async () => {
    const patient = await newPatient()
    const notice = await hindiNotice()
    const { 'channel.email': _, ...missingOne } = answers
    const response = await owner.client.post(`/api/v1/patients/${patient.id}/consent`, {
      noticeId: notice.id,
      items: missingOne,
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    })
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe('items.channel.email')
    expect(
      (await (await owner.client.get(`/api/v1/patients/${patient.id}/consent`)).json()).history,
    ).toEqual([])
  })

  it('withdrawal is one action and takes effect at once; the ledger keeps both events', async () => {
    const patient = await newPatient()
    const notice = await hindiNotice()
    await owner.client.post(`/api/v1/patients/${patient.id}/consent`, {
      noticeId: notice.id,
      items: answers,
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    })
    const response = await owner.client.post(`/api/v1/patients/${patient.id}/consent/withdraw`, {
      items: ['channel.whatsapp'],
      captureChannel: 'phone_call',
    })
    expect(response.status).toBe(201)
    const state = await (await owner.client.get(`/api/v1/patients/${patient.id}/consent`)).json()
    expect(state.items['channel.whatsapp'].isGranted).toBe(false)
    expect(state.items['channel.sms'].isGranted).toBe(true)
    expect(state.history.map((event: { action: string }) => event.action)).toEqual([
      'given',
      'withdrawn',
    ])
    await expect(
      t.database.db.transaction().execute((tx) => sql`DELETE FROM consent_records`.execute(tx)),
    ).rejects.toMatchObject({ code: '42501' })
  })

  it('a child’s consent must come from the guardian', async () => {
    const child = await newPatient({
      fullName: 'Ishaan Rao',
      ageYears: 9,
      sex: 'male',
      guardian: {
        name: 'Meera Rao',
        relation: 'mother',
        phone: '9811122233',
        isIdentifiedAsAdult: true,
      },
    })
    const notice = await hindiNotice()
    const body = { noticeId: notice.id, items: answers, captureChannel: 'in_person_tablet' }
    const byChild = await owner.client.post(`/api/v1/patients/${child.id}/consent`, {
      ...body,
      givenBy: 'patient',
    })
    expect((await byChild.json()).error.field).toBe('givenBy')
    const byGuardian = await owner.client.post(`/api/v1/patients/${child.id}/consent`, {
      ...body,
      givenBy: 'guardian',
    })
    expect(byGuardian.status).toBe(201)
  })

  it('is recorded in the audit log', async () => {
    const patient = await newPatient()
    const notice = await hindiNotice()
    await owner.client.post(`/api/v1/patients/${patient.id}/consent`, {
      noticeId: notice.id,
      items: answers,
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    })
    const events = await (
      await owner.client.get(`/api/v1/audit/events?patientId=${patient.id}`)
    ).json()
    expect(
      events.some((event: { tableName: string }) => event.tableName === 'consent_records'),
    ).toBe(true)
  })

  it('roles and clinics: an accountant cannot read consent; clinic B cannot read or record it', async () => {
    const patient = await newPatient()
    const accountant = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'accountant')
    expect((await accountant.client.get(`/api/v1/patients/${patient.id}/consent`)).status).toBe(403)
    const other = await signUpClinic(t.app, 'Clinic B')
    expect((await other.client.get(`/api/v1/patients/${patient.id}/consent`)).status).toBe(404)
    const theirNotice = (await (await other.client.get('/api/v1/consent/notice')).json()) as {
      id: string
    }
    const forged = await other.client.post(`/api/v1/patients/${patient.id}/consent`, {
      noticeId: theirNotice.id,
      items: answers,
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    })
    expect(forged.status).toBe(404)
  })
})
