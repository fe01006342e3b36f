import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Certificate } from '../../../shared/contracts/certificates.ts'
import {
  addToCareTeam,
  documentText,
  errorOf,
  giveRegistration,
  registerPatient,
  signatureDataUrl,
} from '../../../test/forms-helpers.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let owner: { client: TestClient; userId: string; clinicId: string }
let doctor: { client: TestClient; userId: string }
let assistant: { client: TestClient; userId: string }
let receptionist: { client: TestClient; userId: string }
let signature = ''

async function patient(name: string) {
  const id = await registerPatient(owner.client, name)
  await addToCareTeam(owner.client, id, doctor.userId)
  await addToCareTeam(owner.client, id, assistant.userId)
  return id
}

const path = (patientId: string) => `/api/v1/patients/${patientId}/certificates`
const sickLeave = {
  kind: 'sick_leave',
  language: 'en',
  fromDate: '2026-12-05',
  toDate: '2026-12-07',
}

async function draft(patientId: string, body: Record<string, unknown> = sickLeave) {
  const response = await doctor.client.post(path(patientId), body)
  expect(response.status, await response.clone().text()).toBe(201)
  return (await response.json()) as Certificate
}
const sign = (client: TestClient, patientId: string, id: string) =>
  client.post(`${path(patientId)}/${id}/sign`, { signaturePng: signature })

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-05T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  owner = { client: signedUp.client, userId: signedUp.userId, clinicId: signedUp.clinicId }
  const outbox = t.deps.outboxDir as string
  doctor = await addStaff(t.app, outbox, owner.client, 'doctor')
  assistant = await addStaff(t.app, outbox, owner.client, 'assistant')
  receptionist = await addStaff(t.app, outbox, owner.client, 'receptionist')
  await giveRegistration(t, owner, doctor.userId, 'MSDC-A-67890')
  signature = await signatureDataUrl()
}, 120_000)
afterAll(() => t.close())

describe('medical certificates', () => {
  it('a sick-leave certificate is signed and stored as a PDF with the registration number', async () => {
    const patientId = await patient('Rahul Deshpande')
    const certificate = await draft(patientId, {
      ...sickLeave,
      diagnosis: 'Acute pericoronitis, 38',
      remarks: 'Soft diet advised',
    })
    expect(certificate.isSigned).toBe(false)
    const response = await sign(doctor.client, patientId, certificate.id)
    expect(response.status, await response.clone().text()).toBe(200)
    const signed = (await response.json()) as Certificate
    expect(signed).toMatchObject({ isSigned: true, registrationNumber: 'MSDC-A-67890' })
    const documents = (await (
      await doctor.client.get(`/api/v1/patients/${patientId}/documents`)
    ).json()) as Array<{ id: string; kind: string }>
    expect(documents.find((document) => document.id === signed.documentId)?.kind).toBe(
      'certificate',
    )
    const text = await documentText(doctor.client, signed.documentUrl as string)
    expect(text).toContain('Medical certificate (sick leave)')
    expect(text).toContain('Rahul Deshpande')
    expect(text).toContain('from 05/12/2026 to 07/12/2026 (3 days')
    expect(text).toContain('Acute pericoronitis, 38')
    expect(text).toContain('MSDC-A-67890')
    expect(text).toContain('BDS, MDS (Oral Surgery)')
  })

  it('a fitness certificate in Hindi reads back in Devanagari', async () => {
    const patientId = await patient('Pooja Kulkarni')
    const certificate = await draft(patientId, {
      kind: 'fitness',
      language: 'hi',
      fromDate: '2026-12-08',
    })
    const signed = (await (
      await sign(doctor.client, patientId, certificate.id)
    ).json()) as Certificate
    const text = await documentText(doctor.client, signed.documentUrl as string)
    expect(text).toContain('चिकित्सा स्वस्थता प्रमाणपत्र')
    expect(text).toContain('प्रमाणित किया जाता है')
    expect(text).toContain('08/12/2026')
    expect(text).toContain('पंजीकरण संख्या')
    expect(text).toContain('MSDC-A-67890')
  })

  it('refuses an end before the start, and sick leave over 90 days, naming toDate', async () => {
    const patientId = await patient('Sanjay Patil')
    for (const toDate of ['2026-12-04', '2027-03-05']) {
      const response = await doctor.client.post(path(patientId), { ...sickLeave, toDate })
      expect(response.status).toBe(400)
      expect((await errorOf(response)).field).toBe('toDate')
    }
    const missing = await doctor.client.post(path(patientId), { ...sickLeave, toDate: undefined })
    expect(missing.status).toBe(400)
    expect((await errorOf(missing)).field).toBe('toDate')
    const ninety = await doctor.client.post(path(patientId), { ...sickLeave, toDate: '2027-03-04' })
    expect(ninety.status).toBe(201)
  })

  it('the front desk and assistants cannot write or sign; a doctor needs a registration number', async () => {
    const patientId = await patient('Anita Shah')
    expect((await receptionist.client.post(path(patientId), sickLeave)).status).toBe(403)
    expect((await assistant.client.post(path(patientId), sickLeave)).status).toBe(403)
    expect((await receptionist.client.get(path(patientId))).status).toBe(403)
    expect((await assistant.client.get(path(patientId))).status).toBe(200)
    const certificate = await draft(patientId)
    expect((await sign(assistant.client, patientId, certificate.id)).status).toBe(403)
    expect((await sign(receptionist.client, patientId, certificate.id)).status).toBe(403)
    const unregistered = await sign(owner.client, patientId, certificate.id)
    expect(unregistered.status).toBe(400)
    expect((await errorOf(unregistered)).field).toBe('registrationNumber')
  })

  it('a signed certificate never changes: 409 by the API, and the database refuses', async () => {
    const patientId = await patient('Vikram Singh')
    const certificate = await draft(patientId)
    expect((await sign(doctor.client, patientId, certificate.id)).status).toBe(200)
    expect((await sign(doctor.client, patientId, certificate.id)).status).toBe(409)
    for (const who of [doctor.userId, owner.userId]) {
      const context = { clinicId: owner.clinicId, userId: who }
      const changed = await inDatabaseAs(t.database.db, context, (tx) =>
        tx
          .updateTable('medical_certificates')
          .set({ registration_number: 'FORGED' })
          .where('id', '=', certificate.id)
          .execute(),
      )
      expect(changed).toBe('refused')
      const deleted = await inDatabaseAs(t.database.db, context, (tx) =>
        tx.deleteFrom('medical_certificates').where('id', '=', certificate.id).execute(),
      )
      expect(deleted).toBe('refused')
    }
    await expect(
      t.database.asOwner((tx) =>
        sql`UPDATE medical_certificates SET remarks = 'changed' WHERE id = ${certificate.id}`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/cannot be changed/)
  })

  it('a draft can be deleted by whoever may write one; a signed one stays (409)', async () => {
    const patientId = await patient('Farah Khan')
    const mistaken = await draft(patientId)
    const kept = await draft(patientId, {
      kind: 'attendance',
      language: 'en',
      fromDate: '2026-12-05',
    })
    const deleted = await doctor.client.delete(`${path(patientId)}/${mistaken.id}`)
    expect(deleted.status, await deleted.clone().text()).toBe(204)
    const listed = (await (await doctor.client.get(path(patientId))).json()) as {
      certificates: Certificate[]
    }
    expect(listed.certificates.map((item) => item.id)).toEqual([kept.id])
    expect((await doctor.client.delete(`${path(patientId)}/${mistaken.id}`)).status).toBe(404)

    expect((await sign(doctor.client, patientId, kept.id)).status).toBe(200)
    const refused = await owner.client.delete(`${path(patientId)}/${kept.id}`)
    expect(refused.status).toBe(409)
    expect(await errorOf(refused)).toMatchObject({
      reason: 'certificate.signed_locked',
      field: 'certificateId',
    })
    const after = (await (await doctor.client.get(path(patientId))).json()) as {
      certificates: Certificate[]
    }
    expect(after.certificates.find((item) => item.id === kept.id)?.isSigned).toBe(true)
  })

  it('the front desk and assistants cannot delete a draft', async () => {
    const patientId = await patient('Imran Qureshi')
    const certificate = await draft(patientId)
    for (const who of [assistant, receptionist]) {
      expect((await who.client.delete(`${path(patientId)}/${certificate.id}`)).status).toBe(403)
    }
    const listed = (await (await doctor.client.get(path(patientId))).json()) as {
      certificates: Certificate[]
    }
    expect(listed.certificates.map((item) => item.id)).toEqual([certificate.id])
  })

  it("another clinic gets 404 for this clinic's patient", async () => {
    const patientId = await patient('Meena Iyer')
    const certificate = await draft(patientId)
    const other = await signUpClinic(t.app, 'Other Dental')
    expect((await other.client.get(path(patientId))).status).toBe(404)
    expect((await other.client.post(path(patientId), sickLeave)).status).toBe(404)
    expect((await sign(other.client, patientId, certificate.id)).status).toBe(404)
    expect((await other.client.delete(`${path(patientId)}/${certificate.id}`)).status).toBe(404)
    // Another clinic's own patient path with this clinic's certificate: 404 too.
    const theirs = await registerPatient(other.client, 'Other Patient')
    expect((await other.client.delete(`${path(theirs)}/${certificate.id}`)).status).toBe(404)
    expect((await doctor.client.get(path(patientId))).status).toBe(200)
    const listed = (await (await doctor.client.get(path(patientId))).json()) as {
      certificates: Certificate[]
    }
    expect(listed.certificates.map((item) => item.id)).toEqual([certificate.id])
  })
})
