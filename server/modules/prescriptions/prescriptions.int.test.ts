import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  Prescription,
  PrescriptionIssueRefused,
} from '../../../shared/contracts/prescriptions.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { pdfReader } from '../../lib/pdf/read-back.ts'
import {
  addToCareTeam,
  amoxicillinLine,
  azithromycinLine,
  draftBody,
  giveRegistration,
  recordHistory,
  registerPatient,
} from './prescriptions-test-helpers.ts'

let t: TestApp
let owner: { client: TestClient; userId: string; clinicId: string }
let doctor: { client: TestClient; userId: string }
const reader = pdfReader('prescriptions')

async function patient(name: string) {
  const id = await registerPatient(owner.client, name)
  await addToCareTeam(owner.client, id, doctor.userId)
  return id
}

async function draft(patientId: string, body = draftBody()) {
  const response = await doctor.client.post(`/api/v1/patients/${patientId}/prescriptions`, body)
  expect(response.status, await response.clone().text()).toBe(201)
  return (await response.json()) as Prescription
}

async function issue(id: string, overrides: Array<{ warningId: string; reason: string }> = []) {
  const response = await doctor.client.post(`/api/v1/prescriptions/${id}/issue`, { overrides })
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Prescription
}

async function pdfText(client: TestClient, id: string) {
  const response = await client.get(`/api/v1/prescriptions/${id}/pdf`)
  expect(response.status).toBe(200)
  expect(response.headers.get('Content-Type')).toBe('application/pdf')
  return reader.text(Buffer.from(await response.arrayBuffer())).replace(/[ \t]+/g, ' ')
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-05T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  owner = { client: signedUp.client, userId: signedUp.userId, clinicId: signedUp.clinicId }
  doctor = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'doctor')
  await giveRegistration(t, owner, doctor.userId, 'DCI-A-24680')
}, 120_000)
afterAll(async () => {
  reader.close()
  await t.close()
})

describe('prescriptions', () => {
  it('a draft is checked and issued with a number, the registration and a stored PDF', async () => {
    const patientId = await patient('Meera Iyer')
    const created = await draft(patientId)
    expect(created).toMatchObject({
      status: 'draft',
      number: null,
      prescriber: { id: doctor.userId, registrationNumber: 'DCI-A-24680' },
      lines: [
        { position: 0, drugCode: 'azithromycin', genericName: 'Azithromycin', schedule: 'H' },
      ],
    })
    const check = await doctor.client.post(`/api/v1/prescriptions/${created.id}/check`)
    expect(check.status).toBe(200)
    const { warnings } = (await check.json()) as { warnings: Prescription['warnings'] }
    expect(warnings.filter((warning) => warning.needsOverride)).toEqual([])

    const issued = await issue(created.id)
    expect(issued).toMatchObject({
      status: 'issued',
      number: 'RX/26-27/0001',
      prescriber: {
        name: expect.any(String),
        qualification: 'BDS, MDS (Oral Surgery)',
        council: 'Dental Council of India',
        registrationNumber: 'DCI-A-24680',
      },
      issuedAt: '2026-12-05T04:30:00.000Z',
    })
    expect(issued.documentId).not.toBeNull()
    const documents = (await (
      await doctor.client.get(`/api/v1/patients/${patientId}/documents`)
    ).json()) as Array<{ id: string; kind: string }>
    expect(documents.find((document) => document.id === issued.documentId)?.kind).toBe(
      'prescription',
    )
    const text = await pdfText(doctor.client, issued.id)
    expect(text).toContain('AZITHROMYCIN 500 mg')
    expect(text).toContain('DCI-A-24680')
    expect(text).toContain('RX/26-27/0001')
    expect(text).toContain('Meera Iyer')
    expect(text).not.toContain('Draft')

    const second = await issue((await draft(patientId)).id)
    expect(second.number).toBe('RX/26-27/0002')
  })

  it('prints Hindi instructions in Devanagari', async () => {
    const patientId = await patient('Kamla Devi')
    const created = await draft(
      patientId,
      draftBody([{ ...azithromycinLine, instructions: 'खाने के एक घंटे बाद लें' }], {
        language: 'hi',
        advice: 'गुनगुने नमक के पानी से कुल्ला करें',
      }),
    )
    const issued = await issue(created.id)
    const text = await pdfText(doctor.client, issued.id)
    expect(text).toContain('AZITHROMYCIN')
    expect(text).toContain('खाने के एक घंटे बाद लें')
    expect(text).toContain('गुनगुने नमक के पानी से कुल्ला करें')
    expect(text).toContain('पंजीकरण संख्या: DCI-A-24680')
  })

  it('a draft previews as not valid for dispensing', async () => {
    const patientId = await patient('Preview Patient')
    const created = await draft(patientId)
    const text = await pdfText(doctor.client, created.id)
    expect(text).toContain('Draft — not valid for dispensing')
    expect(text).toContain('AZITHROMYCIN')
  })

  it('penicillin allergy warns on amoxicillin; issuing needs a reason, which is recorded and audited', async () => {
    const patientId = await patient('Sunil Allergic')
    await recordHistory(doctor.client, patientId, {
      allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'severe' }],
    })
    const created = await draft(patientId, draftBody([amoxicillinLine]))
    const allergy = created.warnings.find((warning) => warning.kind === 'allergy')
    expect(allergy).toMatchObject({ id: 'allergy:amoxicillin:penicillin', needsOverride: true })

    const refused = await doctor.client.post(`/api/v1/prescriptions/${created.id}/issue`, {
      overrides: [],
    })
    expect(refused.status).toBe(409)
    const body = (await refused.json()) as PrescriptionIssueRefused
    expect(body.error.reason).toBe('prescription.override_needed')
    expect(body.warnings?.map((warning) => warning.id)).toContain('allergy:amoxicillin:penicillin')
    const still = (await (
      await doctor.client.get(`/api/v1/prescriptions/${created.id}`)
    ).json()) as Prescription
    expect(still).toMatchObject({ status: 'draft', number: null, overrides: [] })

    // A reason for a warning the checks do not give (a stale screen) is never carried over.
    const stale = await doctor.client.post(`/api/v1/prescriptions/${created.id}/issue`, {
      overrides: [
        { warningId: 'allergy:amoxicillin:penicillin', reason: 'Tolerated amoxicillin in 2024' },
        { warningId: 'interaction:warfarin:ibuprofen', reason: 'Seen earlier' },
      ],
    })
    expect(stale.status).toBe(409)
    const staleBody = (await stale.json()) as PrescriptionIssueRefused
    expect(staleBody.error.reason).toBe('prescription.warnings_changed')
    expect(staleBody.warnings?.map((warning) => warning.id)).toContain(
      'allergy:amoxicillin:penicillin',
    )
    expect(
      (await (
        await doctor.client.get(`/api/v1/prescriptions/${created.id}`)
      ).json()) as Prescription,
    ).toMatchObject({ status: 'draft', number: null, overrides: [] })

    const issued = await issue(created.id, [
      { warningId: 'allergy:amoxicillin:penicillin', reason: 'Tolerated amoxicillin in 2024' },
    ])
    expect(issued.overrides).toEqual([
      expect.objectContaining({
        warningId: 'allergy:amoxicillin:penicillin',
        kind: 'allergy',
        reason: 'Tolerated amoxicillin in 2024',
      }),
    ])
    expect(issued.warnings.map((warning) => warning.id)).toContain('allergy:amoxicillin:penicillin')
    const events = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ details: Record<string, unknown>; patient_id: string | null }>`
        SELECT details, patient_id FROM audit_events
        WHERE clinic_id = ${owner.clinicId} AND action = 'prescription.warning_overridden'`.execute(
        tx,
      )
      return rows
    })
    expect(events).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({
          prescriptionId: created.id,
          warningId: 'allergy:amoxicillin:penicillin',
          kind: 'allergy',
        }),
      }),
    ])
    expect(JSON.stringify(events)).not.toContain('Tolerated')
  })

  it('the doctor switches to azithromycin and issues without an override', async () => {
    const patientId = await patient('Switch Patient')
    await recordHistory(doctor.client, patientId, {
      allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'severe' }],
    })
    const created = await draft(patientId, draftBody([amoxicillinLine]))
    const saved = await doctor.client.put(`/api/v1/prescriptions/${created.id}`, draftBody())
    expect(saved.status).toBe(200)
    const switched = (await saved.json()) as Prescription
    expect(switched.warnings.filter((warning) => warning.kind === 'allergy')).toEqual([])
    expect((await issue(created.id)).status).toBe('issued')
  })

  it('a correction copies the lines and, once issued, cancels the old prescription', async () => {
    const patientId = await patient('Correction Patient')
    const first = await issue((await draft(patientId)).id)
    const started = await doctor.client.post(`/api/v1/prescriptions/${first.id}/correct`)
    expect(started.status).toBe(201)
    const correction = (await started.json()) as Prescription
    expect(correction).toMatchObject({ status: 'draft', replaces: first.id })
    expect(correction.lines.map((line) => line.drugCode)).toEqual(['azithromycin'])
    const again = await doctor.client.post(`/api/v1/prescriptions/${first.id}/correct`)
    expect(again.status).toBe(409)

    // Until the correction is issued, the old one stands.
    const before = (await (
      await doctor.client.get(`/api/v1/prescriptions/${first.id}`)
    ).json()) as Prescription
    expect(before.status).toBe('issued')
    const edited = await doctor.client.put(
      `/api/v1/prescriptions/${correction.id}`,
      draftBody([{ ...azithromycinLine, durationDays: 5, quantity: '5 tablets' }]),
    )
    expect(edited.status).toBe(200)
    const issued = await issue(correction.id)
    const old = (await (
      await doctor.client.get(`/api/v1/prescriptions/${first.id}`)
    ).json()) as Prescription
    expect(old).toMatchObject({
      status: 'cancelled',
      replacedBy: issued.id,
      cancelReason: `Corrected by ${issued.number}`,
      number: first.number,
      documentId: first.documentId,
    })
    const list = (await (
      await doctor.client.get(`/api/v1/patients/${patientId}/prescriptions`)
    ).json()) as { prescriptions: Array<{ id: string; status: string }> }
    // Both were written at the same instant of the test clock, so the order between them is not
    // part of what is asserted here.
    expect(list.prescriptions.map((item) => [item.id, item.status]).sort()).toEqual(
      [
        [issued.id, 'issued'],
        [first.id, 'cancelled'],
      ].sort(),
    )
  })

  it('an issued prescription is cancelled once, with a reason', async () => {
    const patientId = await patient('Cancel Patient')
    const issued = await issue((await draft(patientId)).id)
    const cancelled = await doctor.client.post(`/api/v1/prescriptions/${issued.id}/cancel`, {
      reason: 'Patient will buy nothing; plan changed',
    })
    expect(cancelled.status).toBe(200)
    expect(((await cancelled.json()) as Prescription).status).toBe('cancelled')
    const twice = await doctor.client.post(`/api/v1/prescriptions/${issued.id}/cancel`, {
      reason: 'Again',
    })
    expect(twice.status).toBe(409)
  })
})
