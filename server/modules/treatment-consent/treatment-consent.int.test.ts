import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConsentForm } from '../../../shared/contracts/treatment-consent.ts'
import { createClinic } from '../../../test/factories.ts'
import {
  addToCareTeam,
  documentText,
  errorOf,
  fill,
  formPath,
  giveRegistration,
  registerPatient,
  signatureDataUrl,
  templatesOf,
} from '../../../test/forms-helpers.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Tx } from '../../db/with-clinic.ts'

let t: TestApp
let owner: { client: TestClient; userId: string; clinicId: string }
let doctor: { client: TestClient; userId: string }
let assistant: { client: TestClient; userId: string }
let receptionist: { client: TestClient; userId: string }
let signature = ''

async function patient(name: string, extra: { ageYears?: number } = {}) {
  const id = await registerPatient(owner.client, name, extra)
  await addToCareTeam(owner.client, id, doctor.userId)
  await addToCareTeam(owner.client, id, assistant.userId)
  return id
}

async function templateId(kind: string, language: 'en' | 'hi') {
  const found = (await templatesOf(doctor.client)).find(
    (template) => template.procedureKind === kind && template.language === language,
  )
  if (!found) throw new Error(`no ${kind} template in ${language}`)
  return found.id
}

const signPatient = (client: TestClient, patientId: string, formId: string, body = {}) =>
  client.post(`${formPath(patientId, formId)}/sign-patient`, {
    signedBy: 'patient',
    signaturePng: signature,
    ...body,
  })
const signDoctor = (client: TestClient, patientId: string, formId: string) =>
  client.post(`${formPath(patientId, formId)}/sign-doctor`, { signaturePng: signature })

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-05T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  owner = { client: signedUp.client, userId: signedUp.userId, clinicId: signedUp.clinicId }
  const outbox = t.deps.outboxDir as string
  doctor = await addStaff(t.app, outbox, owner.client, 'doctor')
  assistant = await addStaff(t.app, outbox, owner.client, 'assistant')
  receptionist = await addStaff(t.app, outbox, owner.client, 'receptionist')
  await giveRegistration(t, owner, doctor.userId)
  signature = await signatureDataUrl()
}, 120_000)
afterAll(() => t.close())

describe('consent form templates', () => {
  it('every clinic starts with extraction, RCT, implant and general, in English and Hindi', async () => {
    const templates = await templatesOf(assistant.client)
    const pairs = templates.map((template) => `${template.procedureKind}/${template.language}`)
    for (const kind of ['extraction', 'root_canal', 'implant', 'general']) {
      expect(pairs).toContain(`${kind}/en`)
      expect(pairs).toContain(`${kind}/hi`)
    }
    const hindi = templates.find((tp) => tp.procedureKind === 'extraction' && tp.language === 'hi')
    expect(hindi?.title).toBe('दाँत निकालने की सहमति')
    expect(hindi?.body).toContain('ड्राई सॉकेट')
    expect(hindi?.placeholders).toEqual(['tooth', 'procedure', 'risks', 'alternatives'])
    expect(hindi?.isCustom).toBe(false)
  })

  it('seeding (as the migration does for existing clinics) adds each default once', async () => {
    const existing = await createClinic(t.database.db, 'Existing Dental')
    const count = async (tx: Tx) => {
      await sql`SELECT seed_consent_form_templates(${existing.clinicId}::uuid)`.execute(tx)
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM consent_form_templates`.execute(tx)
      return rows[0]?.n
    }
    const counts = await inDatabaseAs(
      t.database.db,
      { clinicId: existing.clinicId, userId: existing.ownerUserId },
      async (tx) => [await count(tx), await count(tx)],
    )
    expect(counts).toEqual([8, 8])
  })

  it('the front desk cannot read them', async () => {
    const response = await receptionist.client.get('/api/v1/treatment-consent-templates')
    expect(response.status).toBe(403)
  })

  it('owners add, edit (the version goes up) and archive templates; doctors cannot', async () => {
    const body = {
      title: 'Consent for scaling',
      procedureKind: 'general',
      language: 'en',
      body: 'I, [[patient]], agree to [[procedure]]. Risks: [[risks]].',
    }
    expect((await doctor.client.post('/api/v1/treatment-consent-templates', body)).status).toBe(403)
    const created = await owner.client.post('/api/v1/treatment-consent-templates', body)
    expect(created.status).toBe(201)
    const template = (await created.json()) as { id: string; version: number; isCustom: boolean }
    expect(template).toMatchObject({ version: 1, isCustom: true })
    const again = await owner.client.post('/api/v1/treatment-consent-templates', body)
    expect(again.status).toBe(409)
    expect((await errorOf(again)).field).toBe('title')
    const edited = await owner.client.put(`/api/v1/treatment-consent-templates/${template.id}`, {
      ...body,
      body: 'I, [[patient]], agree to [[procedure]].',
    })
    expect(((await edited.json()) as { version: number }).version).toBe(2)
    const archived = await owner.client.post(
      `/api/v1/treatment-consent-templates/${template.id}/archive`,
    )
    expect(archived.status).toBe(204)
    expect((await templatesOf(owner.client)).map((tp) => tp.id)).not.toContain(template.id)
  })

  it('refuses a malformed placeholder, naming body', async () => {
    const response = await owner.client.post('/api/v1/treatment-consent-templates', {
      title: 'Bad',
      procedureKind: 'general',
      language: 'en',
      body: 'I agree to [[The Procedure]].',
    })
    expect(response.status).toBe(400)
    expect((await errorOf(response)).field).toBe('body')
  })
})

describe('filling and signing a consent form', () => {
  it('an extraction consent in Hindi is signed by the patient and the doctor and stored as a PDF', async () => {
    const patientId = await patient('सुनीता शर्मा')
    const form = await fill(doctor.client, patientId, await templateId('extraction', 'hi'), {
      procedure: 'अकल दाढ़ निकालना',
      tooth: '38',
      risks: 'कोई अतिरिक्त नहीं',
      alternatives: 'दवाओं से अस्थायी राहत',
    })
    expect(form.state).toBe('awaiting_patient')
    expect(form.body).toContain('मैं, सुनीता शर्मा, Test doctor')
    expect(form.body).toContain('दाँत 38')
    expect(form.body).not.toContain('[[')

    const patientSigned = await signPatient(assistant.client, patientId, form.id)
    expect(patientSigned.status).toBe(403)
    const byDoctor = await signPatient(doctor.client, patientId, form.id)
    expect(byDoctor.status, await byDoctor.clone().text()).toBe(200)
    expect(((await byDoctor.json()) as ConsentForm).state).toBe('awaiting_doctor')

    const signed = await signDoctor(doctor.client, patientId, form.id)
    expect(signed.status, await signed.clone().text()).toBe(200)
    const done = (await signed.json()) as ConsentForm
    expect(done.state).toBe('signed')
    expect(done.documentUrl).toMatch(/^\/api\/v1\/documents\/[0-9a-f-]+\/content$/)

    const documents = (await (
      await doctor.client.get(`/api/v1/patients/${patientId}/documents`)
    ).json()) as Array<{ id: string; kind: string }>
    expect(documents.find((document) => document.id === done.documentId)?.kind).toBe(
      'treatment_consent',
    )
    const text = await documentText(doctor.client, done.documentUrl as string)
    expect(text).toContain('दाँत निकालने की सहमति')
    expect(text).toContain('सुनीता शर्मा')
    expect(text).toContain('ड्राई सॉकेट')
    expect(text).toContain('पैरेस्थीसिया')
    expect(text).toContain('मरीज़ के हस्ताक्षर')
    expect(text).toContain('डॉक्टर के हस्ताक्षर')
    expect(text).toContain('MSDC-A-12345')
    expect(text).toContain('BDS, MDS (Oral Surgery)')
    expect(text).toContain('05/12/2026')
  })

  it('a minor is signed for by a guardian, with the relationship printed', async () => {
    const patientId = await patient('Aarav Mehta', { ageYears: 12 })
    const form = await fill(doctor.client, patientId, await templateId('extraction', 'en'))
    const asPatient = await signPatient(doctor.client, patientId, form.id)
    expect(asPatient.status).toBe(400)
    expect((await errorOf(asPatient)).field).toBe('signedBy')
    const noRelationship = await signPatient(doctor.client, patientId, form.id, {
      signedBy: 'guardian',
      guardianName: 'Ravi Mehta',
    })
    expect(noRelationship.status).toBe(400)
    expect((await errorOf(noRelationship)).field).toBe('guardianRelationship')
    const guardian = await signPatient(doctor.client, patientId, form.id, {
      signedBy: 'guardian',
      guardianName: 'Ravi Mehta',
      guardianRelationship: 'Father',
    })
    expect(guardian.status, await guardian.clone().text()).toBe(200)
    expect(await guardian.json()).toMatchObject({
      patientSignedBy: 'guardian',
      guardianName: 'Ravi Mehta',
      guardianRelationship: 'Father',
    })
    const signed = (await (
      await signDoctor(doctor.client, patientId, form.id)
    ).json()) as ConsentForm
    const text = await documentText(doctor.client, signed.documentUrl as string)
    expect(text).toContain('Signature of the parent or guardian')
    expect(text).toContain('Ravi Mehta')
    expect(text).toContain('Relationship to the patient: Father')
    expect(text).toContain('Dry socket')
  })

  it('asks for every placeholder the template has, naming values.<key>', async () => {
    const patientId = await patient('Kiran Rao')
    const response = await doctor.client.post(`/api/v1/patients/${patientId}/treatment-consents`, {
      templateId: await templateId('root_canal', 'en'),
      values: { procedure: 'RCT', tooth: '36' },
    })
    expect(response.status).toBe(400)
    const error = await errorOf(response)
    expect(error.field).toBe('values.risks')
    const unknownTemplate = await doctor.client.post(
      `/api/v1/patients/${patientId}/treatment-consents`,
      { templateId: '00000000-0000-4000-8000-000000000000', values: {} },
    )
    expect(unknownTemplate.status).toBe(400)
    expect((await errorOf(unknownTemplate)).field).toBe('templateId')
  })

  it('only clinical writers fill; assistants and the front desk get 403', async () => {
    const patientId = await patient('Leela Nair')
    const id = await templateId('general', 'en')
    for (const client of [assistant.client, receptionist.client]) {
      const response = await client.post(`/api/v1/patients/${patientId}/treatment-consents`, {
        templateId: id,
        values: { procedure: 'Filling', tooth: '16', risks: '-', alternatives: '-' },
      })
      expect(response.status).toBe(403)
    }
  })

  it('sign-doctor: 403 for assistants, the front desk and another doctor; 409 before the patient', async () => {
    const patientId = await patient('Farah Khan')
    const form = await fill(doctor.client, patientId, await templateId('implant', 'en'))
    const early = await signDoctor(doctor.client, patientId, form.id)
    expect(early.status).toBe(409)
    expect((await signPatient(doctor.client, patientId, form.id)).status).toBe(200)
    expect((await signDoctor(assistant.client, patientId, form.id)).status).toBe(403)
    expect((await signDoctor(receptionist.client, patientId, form.id)).status).toBe(403)
    const notTheDoctor = await signDoctor(owner.client, patientId, form.id)
    expect(notTheDoctor.status).toBe(403)
    expect((await errorOf(notTheDoctor)).reason).toBe('treatment_consent.not_the_doctor')
  })

  it('a doctor without a registration number cannot countersign (400 naming it)', async () => {
    const patientId = await patient('Om Prakash')
    const form = await fill(owner.client, patientId, await templateId('general', 'en'))
    expect((await signPatient(owner.client, patientId, form.id)).status).toBe(200)
    const response = await signDoctor(owner.client, patientId, form.id)
    expect(response.status).toBe(400)
    expect((await errorOf(response)).field).toBe('registrationNumber')
  })

  it('a signed form never changes: 409 by the API, and the database refuses every role', async () => {
    const patientId = await patient('Geeta Joshi')
    const form = await fill(doctor.client, patientId, await templateId('root_canal', 'hi'))
    expect((await signPatient(doctor.client, patientId, form.id)).status).toBe(200)
    expect((await signPatient(doctor.client, patientId, form.id)).status).toBe(409)
    expect((await doctor.client.delete(formPath(patientId, form.id))).status).toBe(409)
    expect((await signDoctor(doctor.client, patientId, form.id)).status).toBe(200)
    expect((await signDoctor(doctor.client, patientId, form.id)).status).toBe(409)

    for (const who of [doctor.userId, owner.userId]) {
      const context = { clinicId: owner.clinicId, userId: who }
      const changed = await inDatabaseAs(t.database.db, context, (tx) =>
        tx
          .updateTable('treatment_consent_forms')
          .set({ guardian_relationship: null, doctor_signed_at: new Date() })
          .where('id', '=', form.id)
          .execute(),
      )
      expect(changed).toBe('refused')
      const deleted = await inDatabaseAs(t.database.db, context, (tx) =>
        tx.deleteFrom('treatment_consent_forms').where('id', '=', form.id).execute(),
      )
      expect(deleted).toBe('refused')
    }
    // Not even the table's owner, without the app's policies.
    await expect(
      t.database.asOwner((tx) =>
        sql`UPDATE treatment_consent_forms SET body = 'changed' WHERE id = ${form.id}`.execute(tx),
      ),
    ).rejects.toThrow(/cannot be changed/)
  })

  it('an unsigned form may be deleted', async () => {
    const patientId = await patient('Nisha Verma')
    const form = await fill(doctor.client, patientId, await templateId('general', 'hi'))
    expect((await doctor.client.delete(formPath(patientId, form.id))).status).toBe(204)
    const list = await doctor.client.get(`/api/v1/patients/${patientId}/treatment-consents`)
    expect(((await list.json()) as { forms: unknown[] }).forms).toHaveLength(0)
  })

  it("another clinic gets 404 for this clinic's patient and cannot see its forms", async () => {
    const patientId = await patient('Isha Gupta')
    const form = await fill(doctor.client, patientId, await templateId('general', 'en'))
    const other = await signUpClinic(t.app, 'Other Dental')
    const list = await other.client.get(`/api/v1/patients/${patientId}/treatment-consents`)
    expect(list.status).toBe(404)
    const sign = await other.client.post(`${formPath(patientId, form.id)}/sign-patient`, {
      signedBy: 'patient',
      signaturePng: signature,
    })
    expect(sign.status).toBe(404)
    const templates = await templatesOf(other.client)
    expect(templates.map((tp) => tp.id)).not.toContain(form.templateId)
  })
})
