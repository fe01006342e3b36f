import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONSENT_ITEMS } from '../../../shared/consent/consent-items.ts'
import { pngImage, uploadForm } from '../../../test/document-helpers.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
let reception: TestClient
let doctor: { client: TestClient; userId: string }

beforeAll(async () => {
  t = await createTestApp()
  owner = await signUpClinic(t.app)
  const outbox = t.deps.outboxDir as string
  reception = (await addStaff(t.app, outbox, owner.client, 'receptionist')).client
  doctor = await addStaff(t.app, outbox, owner.client, 'doctor')
}, 120_000)
afterAll(() => t.close())

async function register(body: object) {
  const response = await reception.post('/api/v1/patients', {
    fullName: 'Lakshmi Narayanan',
    dateOfBirth: '1980-04-12',
    sex: 'female',
    ...body,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

const history = (allergies: object[], conditions: object[] = []) => ({
  conditions,
  allergies,
  medications: [],
  habits: {},
  dentalHistory: {},
  chiefComplaint: null,
  version: 0,
})

async function giveWhatsAppConsent(patientId: string) {
  const notice = (await (await reception.get('/api/v1/consent/notice?language=en')).json()) as {
    id: string
  }
  const items = Object.fromEntries(CONSENT_ITEMS.map((item) => [item, false]))
  const response = await reception.post(`/api/v1/patients/${patientId}/consent`, {
    noticeId: notice.id,
    items: { ...items, personal_data: true, health_data: true, 'channel.whatsapp': true },
    captureChannel: 'in_person_tablet',
    givenBy: 'patient',
  })
  expect(response.status).toBe(201)
}

describe('merging two records of the same person', () => {
  it('keeps everything: details, consent, history, care team; the duplicate points onwards', async () => {
    const kept = await register({ address: { city: 'Chennai' } })
    const duplicate = await register({
      fullName: 'Laxmi Narayanan',
      phone: '98401 23456',
      email: 'laxmi@example.test',
      address: { city: 'Madurai', pinCode: '625001' },
    })
    await giveWhatsAppConsent(duplicate)
    const penicillin = { substance: 'Penicillin', category: 'drug', severity: 'severe' }
    const latex = { substance: 'Latex', category: 'latex', severity: 'mild' }
    await owner.client.put(`/api/v1/patients/${kept}/history`, history([penicillin]))
    await owner.client.put(
      `/api/v1/patients/${duplicate}/history`,
      history([penicillin, latex], [{ code: 'pregnancy' }]),
    )
    await reception.post(`/api/v1/patients/${duplicate}/care-team`, { userId: doctor.userId })
    const xray = await owner.client.postForm(
      `/api/v1/patients/${duplicate}/documents`,
      uploadForm(await pngImage(64, 48), { name: 'opg.png', title: 'OPG' }),
    )
    expect(xray.status).toBe(201)
    const document = (await xray.json()) as { id: string; contentUrl: string }

    const merged = await reception.post(`/api/v1/patients/${kept}/merge`, {
      duplicateId: duplicate,
    })
    expect(merged.status).toBe(200)
    // Blanks filled from the duplicate; the kept record's own address wins.
    expect(await merged.json()).toMatchObject({
      id: kept,
      phone: '+919840123456',
      email: 'laxmi@example.test',
      address: { city: 'Chennai', pinCode: null },
      mergedIntoId: null,
    })

    const old = (await (await reception.get(`/api/v1/patients/${duplicate}`)).json()) as object
    expect(old).toMatchObject({ id: duplicate, mergedIntoId: kept })

    // Search finds the person once, by the phone that came from the duplicate.
    const found = (await (
      await reception.post('/api/v1/patients/search', { q: '9840123456' })
    ).json()) as {
      id: string
    }[]
    expect(found.map((patient) => patient.id)).toEqual([kept])
    // And by part of it: the kept record's search tokens were recomputed with the phone.
    const byPart = (await (
      await reception.post('/api/v1/patients/search', { q: '40123' })
    ).json()) as { id: string }[]
    expect(byPart.map((patient) => patient.id)).toEqual([kept])

    // The duplicate's consent counts for the person.
    const consent = (await (await reception.get(`/api/v1/patients/${kept}/consent`)).json()) as {
      items: Record<string, { isGranted: boolean }>
    }
    expect(consent.items['channel.whatsapp']?.isGranted).toBe(true)

    // The doctor looking after the duplicate now looks after the kept record.
    const seen = await doctor.client.get(`/api/v1/patients/${kept}/history`)
    expect(seen.status).toBe(200)
    const joined = (await seen.json()) as {
      allergies: object[]
      conditions: object[]
      version: number
    }
    expect(joined.allergies).toEqual([penicillin, latex])
    expect(joined.conditions).toEqual([{ code: 'pregnancy' }])
    expect(joined.version).toBe(2)

    // Documents move with the person, and still open.
    const documents = (await (
      await doctor.client.get(`/api/v1/patients/${kept}/documents`)
    ).json()) as {
      id: string
    }[]
    expect(documents.map((each) => each.id)).toEqual([document.id])
    expect((await doctor.client.get(document.contentUrl)).status).toBe(200)
    // The merged-away record is no longer a patient one works with.
    expect((await owner.client.get(`/api/v1/patients/${duplicate}/documents`)).status).toBe(404)

    // The duplicate can no longer be changed or merged again.
    expect(
      (await reception.patch(`/api/v1/patients/${duplicate}`, { referralSource: 'x' })).status,
    ).toBe(404)
    const again = await reception.post(`/api/v1/patients/${kept}/merge`, { duplicateId: duplicate })
    expect(again.status).toBe(400)
    expect(((await again.json()) as { error: { field: string } }).error.field).toBe('duplicateId')

    // Audited: the merge event and the changes to both records.
    const events = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ action: string; table_name: string | null }>`
        SELECT action, table_name FROM audit_events
        WHERE clinic_id = ${owner.clinicId}
          AND (details ->> 'keptId' = ${kept} OR (patient_id IN (${kept}, ${duplicate}) AND action = 'update'))
        ORDER BY id`.execute(tx)
      return rows.map((row) => `${row.action} ${row.table_name ?? ''}`.trim())
    })
    expect(events).toContain('patient.merged')
    expect(events).toContain('update patients')
    expect(events).toContain('update medical_histories')
  })

  it('refuses merging a record into itself, a doctor merging, and another clinic’s patient', async () => {
    const one = await register({ fullName: 'Arun Prakash' })
    const two = await register({ fullName: 'Arun Prakash' })
    const self = await reception.post(`/api/v1/patients/${one}/merge`, { duplicateId: one })
    expect(self.status).toBe(400)
    expect(((await self.json()) as { error: { field: string } }).error.field).toBe('duplicateId')

    expect(
      (await doctor.client.post(`/api/v1/patients/${one}/merge`, { duplicateId: two })).status,
    ).toBe(403)

    const other = await signUpClinic(t.app, 'Other Clinic')
    const theirs = (await (
      await other.client.post('/api/v1/patients', {
        fullName: 'Arun Prakash',
        ageYears: 40,
        sex: 'male',
      })
    ).json()) as { id: string }
    const intoTheirs = await other.client.post(`/api/v1/patients/${theirs.id}/merge`, {
      duplicateId: one,
    })
    expect(intoTheirs.status).toBe(400)
    const fromTheirs = await reception.post(`/api/v1/patients/${one}/merge`, {
      duplicateId: theirs.id,
    })
    expect(fromTheirs.status).toBe(400)
    expect((await reception.get(`/api/v1/patients/${one}`)).status).toBe(200)
    const stillActive = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM patients
        WHERE id IN (${one}, ${two}, ${theirs.id}) AND merged_into_id IS NULL`.execute(tx)
      return rows[0]?.n
    })
    expect(stillActive).toBe(3)
  })
})
