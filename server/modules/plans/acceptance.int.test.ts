import { type RawBuilder, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '../../../shared/contracts/plans.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import {
  accept,
  addItems,
  addToCareTeam,
  createPlan,
  estimateOf,
  getPlan,
  pdfText,
  procedureIds,
  registerPatient,
  signatureDataUrl,
} from './acceptance-test-helpers.ts'

let t: TestApp
let clinicId = ''
let owner: TestClient
let doctor: { client: TestClient; userId: string }
let assistant: { client: TestClient; userId: string }
let receptionist: { client: TestClient; userId: string }
let codes: Record<string, string> = {}

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { reason: string; field?: string } }).error
/** A count, read as the owner (no tenant context). */
const count = (query: RawBuilder<{ n: number }>) =>
  t.database.asOwner(async (tx) => Number((await query.execute(tx)).rows[0]?.n))

/** A patient on the doctor's care team. */
async function patient(
  name: string,
  extra: { ageYears?: number; preferredLanguage?: string } = {},
) {
  const id = await registerPatient(owner, name, extra)
  await addToCareTeam(owner, id, doctor.userId)
  await addToCareTeam(owner, id, assistant.userId)
  return id
}

/**
 * RCT on 36, a zirconia crown on 36 (₹1,000 off), implants on 46 and 47, and whitening (5% GST):
 * subtotal ₹1,06,500, GST ₹900 on whitening only, total ₹1,06,400 after the discount.
 */
async function bigPlan(patientId: string, client = doctor.client): Promise<Plan> {
  const plan = await createPlan(client, patientId, { title: 'Restore lower left' })
  const add = (body: Record<string, unknown>) => addItems(client, patientId, plan.id, body)
  await add({ procedureId: codes['RCT-M'], teeth: [36] })
  await add({ procedureId: codes['CRN-ZR'], teeth: [36], discountPaise: 100_000 })
  await add({ procedureId: codes.IMPL, teeth: [46, 47], phase: 'phase_2' })
  await add({ procedureId: codes.WHITEN, phase: 'maintenance' })
  return getPlan(client, patientId, plan.id)
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-05T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  owner = signedUp.client
  const outbox = t.deps.outboxDir as string
  doctor = await addStaff(t.app, outbox, owner, 'doctor')
  assistant = await addStaff(t.app, outbox, owner, 'assistant')
  receptionist = await addStaff(t.app, outbox, owner, 'receptionist')
  codes = await procedureIds(t, clinicId)
}, 120_000)
afterAll(() => t.close())

describe('the estimate', () => {
  it('shows each item, GST (CGST = SGST) on the taxable item only, and the totals', async () => {
    const patientId = await patient('Meera Iyer')
    const plan = await bigPlan(patientId)
    const estimate = await estimateOf(doctor.client, patientId, plan.id)
    expect(estimate.language).toBe('en')
    expect(estimate.items).toHaveLength(5)
    const whitening = estimate.items.find((item) => item.code === 'WHITEN')
    expect(whitening).toMatchObject({ taxable: true, gstRateBp: 500, cgstPaise: 45_000 })
    expect(whitening?.sgstPaise).toBe(45_000)
    for (const item of estimate.items.filter((line) => line.code !== 'WHITEN')) {
      expect(item.cgstPaise + item.sgstPaise).toBe(0)
    }
    expect(estimate.totals).toEqual({
      subtotalPaise: 10_650_000,
      discountPaise: 100_000,
      taxableValuePaise: 1_800_000,
      exemptValuePaise: 8_750_000,
      cgstPaise: 45_000,
      sgstPaise: 45_000,
      gstPaise: 90_000,
      totalPaise: 10_640_000,
    })
    expect(estimate.documentSha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is a PDF that reads back: clinic, patient, items with sites, ₹ totals in lakhs', async () => {
    const patientId = await patient('Meera Iyer')
    const plan = await bigPlan(patientId)
    const estimate = await estimateOf(doctor.client, patientId, plan.id)
    const text = await pdfText(doctor.client, estimate.documentUrl)
    expect(text).toContain('Smile Dental Care')
    expect(text).toContain('Meera Iyer')
    expect(text).toContain('Root canal treatment, molar')
    expect(text).toContain('Crown, zirconia')
    expect(text).toContain('Teeth whitening, in-office')
    expect(text).toMatch(/\b36\b/)
    expect(text).toContain('₹1,06,400.00')
    expect(text).toContain('₹1,06,500.00')
  })

  it('in Hindi when asked, or by default for a patient who prefers Hindi', async () => {
    const patientId = await patient('Sunita Devi', { preferredLanguage: 'hi' })
    const plan = await bigPlan(patientId)
    const hindi = await estimateOf(doctor.client, patientId, plan.id)
    expect(hindi.language).toBe('hi')
    const text = await pdfText(doctor.client, hindi.documentUrl)
    expect(text).toContain('उपचार अनुमान')
    expect(text).toContain('कुल')
    const english = await estimateOf(doctor.client, patientId, plan.id, 'en')
    expect(english.language).toBe('en')
    expect(english.documentSha256).not.toBe(hindi.documentSha256)
  })

  it('is deterministic: the same plan version gives the same document, stored once', async () => {
    const patientId = await patient('Asha Kulkarni')
    const plan = await bigPlan(patientId)
    const first = await estimateOf(doctor.client, patientId, plan.id)
    t.clock.advance(5 * 60_000)
    const second = await estimateOf(owner, patientId, plan.id)
    expect(second.documentSha256).toBe(first.documentSha256)
    expect(second.documentUrl).toBe(first.documentUrl)
    const stored = await count(
      sql`SELECT count(*)::int AS n FROM patient_documents WHERE patient_id = ${patientId}::uuid AND kind = 'estimate'`,
    )
    expect(stored).toBe(1)
    // Generating is audited (the insert), and generating it again is recorded as a read.
    const documentId = first.documentUrl.split('/')[4] ?? ''
    const audited = await t.database.asOwner((tx) =>
      tx
        .selectFrom('audit_events')
        .select(['action', 'details'])
        .where('table_name', '=', 'patient_documents')
        .where('row_id', '=', documentId)
        .execute(),
    )
    expect(audited.filter((event) => event.action === 'insert')).toHaveLength(1)
    expect(audited).toContainEqual(
      expect.objectContaining({ action: 'read', details: { part: 'content', regenerated: true } }),
    )
  })

  it('is for those who write clinical records: assistants and receptionists get 403', async () => {
    const patientId = await patient('Refused Estimate')
    const plan = await bigPlan(patientId)
    for (const client of [assistant.client, receptionist.client]) {
      const response = await client.get(`/api/v1/patients/${patientId}/plans/${plan.id}/estimate`)
      expect(response.status).toBe(403)
    }
  })
})

describe('signed acceptance', () => {
  it('records the exact amounts and hash, stores both PDFs, and freezes the plan', async () => {
    const patientId = await patient('Kavya Menon')
    const plan = await bigPlan(patientId)
    const estimate = await estimateOf(doctor.client, patientId, plan.id)
    const response = await doctor.client.post(
      `/api/v1/patients/${patientId}/plans/${plan.id}/acceptance`,
      {
        signedBy: 'patient',
        signaturePng: await signatureDataUrl(),
        estimateSha256: estimate.documentSha256,
      },
    )
    expect(response.status, await response.clone().text()).toBe(201)
    const accepted = (await response.json()) as Plan
    expect(accepted.status).toBe('accepted')
    expect(accepted.items.every((item) => item.status === 'accepted')).toBe(true)
    expect(accepted.acceptance).toMatchObject({
      planVersion: 1,
      signedBy: 'patient',
      guardianName: null,
      estimateSha256: estimate.documentSha256,
      witnessedBy: doctor.userId,
      witnessName: 'Test doctor',
    })
    expect(accepted.acceptance?.totals).toMatchObject({
      subtotalPaise: 10_650_000,
      discountPaise: 100_000,
      gstPaise: 90_000,
      totalPaise: 10_640_000,
    })
    const row = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{
        estimate: { lines: { code: string; totalPaise: number }[] }
        estimate_document_id: string
      }>`SELECT estimate, estimate_document_id FROM treatment_acceptances
          WHERE plan_id = ${plan.id}`.execute(tx)
      return rows[0]
    })
    expect(row?.estimate.lines.map((line) => line.code).sort()).toEqual(
      ['CRN-ZR', 'IMPL', 'IMPL', 'RCT-M', 'WHITEN'].sort(),
    )
    expect(row?.estimate.lines.find((line) => line.code === 'WHITEN')?.totalPaise).toBe(1_890_000)
    // The estimate the patient saw is the one stored (deduplicated), not a copy.
    expect(estimate.documentUrl).toBe(`/api/v1/documents/${row?.estimate_document_id}/content`)

    const documents = (await (
      await doctor.client.get(`/api/v1/patients/${patientId}/documents`)
    ).json()) as
      | { kind: string; contentUrl: string; id: string }[]
      | { documents: { kind: string; contentUrl: string; id: string }[] }
    const list = Array.isArray(documents) ? documents : documents.documents
    expect(list.map((document) => document.kind).sort()).toEqual(['estimate', 'signed_form'])
    const signed = list.find((document) => document.kind === 'signed_form')
    expect(signed?.id).toBe(accepted.acceptance?.signedDocumentId)
    const text = await pdfText(doctor.client, signed?.contentUrl ?? '')
    expect(text).toContain('Kavya Menon')
    expect(text).toContain('Test doctor')
    expect(text.replace(/\s/g, '')).toContain(estimate.documentSha256)
    expect(text).toContain('₹1,06,400.00')
  })

  it('accepting twice is a 409 naming the plan, and nothing changes', async () => {
    const patientId = await patient('Twice Signed')
    const plan = await bigPlan(patientId)
    const estimate = await estimateOf(doctor.client, patientId, plan.id)
    const body = {
      signedBy: 'patient',
      signaturePng: await signatureDataUrl(),
      estimateSha256: estimate.documentSha256,
    }
    const path = `/api/v1/patients/${patientId}/plans/${plan.id}/acceptance`
    expect((await doctor.client.post(path, body)).status).toBe(201)
    const again = await doctor.client.post(path, body)
    expect(again.status).toBe(409)
    expect(await errorOf(again)).toMatchObject({ field: 'planId' })
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM treatment_acceptances WHERE plan_id = ${plan.id}::uuid`,
      ),
    ).toBe(1)
  })

  it('a plan without items cannot be accepted (409 naming the plan)', async () => {
    const patientId = await patient('Empty Plan')
    const plan = await createPlan(doctor.client, patientId, { title: 'Nothing yet' })
    const response = await doctor.client.post(
      `/api/v1/patients/${patientId}/plans/${plan.id}/acceptance`,
      {
        signedBy: 'patient',
        signaturePng: await signatureDataUrl(),
        estimateSha256: 'a'.repeat(64),
      },
    )
    expect(response.status).toBe(409)
    expect(await errorOf(response)).toMatchObject({
      field: 'planId',
      reason: 'plans.accept_no_items',
    })
  })

  it('a changed plan (estimate hash differs) is a 409, and nothing changes', async () => {
    const patientId = await patient('Changed Mind')
    const plan = await bigPlan(patientId)
    const seen = await estimateOf(doctor.client, patientId, plan.id)
    const crown = plan.items.find((item) => item.code === 'CRN-ZR')
    const changed = await doctor.client.patch(
      `/api/v1/patients/${patientId}/plans/${plan.id}/items/${crown?.id}`,
      { discountPaise: 200_000 },
    )
    expect(changed.status).toBe(200)
    const response = await doctor.client.post(
      `/api/v1/patients/${patientId}/plans/${plan.id}/acceptance`,
      {
        signedBy: 'patient',
        signaturePng: await signatureDataUrl(),
        estimateSha256: seen.documentSha256,
      },
    )
    expect(response.status).toBe(409)
    expect(await errorOf(response)).toMatchObject({
      reason: 'plans.estimate_changed',
      field: 'estimateSha256',
    })
    expect((await getPlan(doctor.client, patientId, plan.id)).status).toBe('proposed')
    const signedForms = await count(
      sql`SELECT count(*)::int AS n FROM patient_documents WHERE patient_id = ${patientId}::uuid AND kind = 'signed_form'`,
    )
    expect(signedForms).toBe(0)
  })

  it('a signature that is not a sane PNG is a 400 naming signaturePng', async () => {
    const patientId = await patient('Bad Pad')
    const plan = await bigPlan(patientId)
    const estimate = await estimateOf(doctor.client, patientId, plan.id)
    const notPng = `data:image/png;base64,${Buffer.from('GIF89a not a png at all, honestly').toString('base64')}`
    const truncated = (await signatureDataUrl()).slice(0, 200)
    const tiny = await signatureDataUrl(4, 4)
    for (const signaturePng of [notPng, truncated, tiny, 'data:image/jpeg;base64,AAAA']) {
      const response = await doctor.client.post(
        `/api/v1/patients/${patientId}/plans/${plan.id}/acceptance`,
        { signedBy: 'patient', signaturePng, estimateSha256: estimate.documentSha256 },
      )
      expect(response.status).toBe(400)
      expect((await errorOf(response)).field).toBe('signaturePng')
    }
    expect((await getPlan(doctor.client, patientId, plan.id)).status).toBe('proposed')
  })

  it('a minor is signed for by a guardian, whose name is kept encrypted', async () => {
    const patientId = await patient('Little Arjun', { ageYears: 12 })
    const plan = await createPlan(doctor.client, patientId, { title: 'Sealants' })
    await addItems(doctor.client, patientId, plan.id, { procedureId: codes.SEAL, teeth: [36, 46] })
    const bySelf = await accept(doctor.client, patientId, plan.id)
    expect(bySelf.status).toBe(400)
    expect(await errorOf(bySelf)).toMatchObject({
      field: 'signedBy',
      reason: 'plans.minor_needs_guardian',
    })
    const byGuardian = await accept(doctor.client, patientId, plan.id, {
      signedBy: 'guardian',
      guardianName: 'Ravi Sharma',
    })
    expect(byGuardian.status, await byGuardian.clone().text()).toBe(201)
    const accepted = (await byGuardian.json()) as Plan
    expect(accepted.acceptance).toMatchObject({ signedBy: 'guardian', guardianName: 'Ravi Sharma' })
    const stored = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ cipher: Buffer }>`
        SELECT signer_name_cipher AS cipher FROM treatment_acceptances WHERE plan_id = ${plan.id}`.execute(
        tx,
      )
      return rows[0]?.cipher
    })
    expect(Buffer.from(stored ?? []).includes(Buffer.from('Ravi'))).toBe(false)
  })

  it('an accepted version cannot change: the API answers 409 and the database refuses', async () => {
    const patientId = await patient('Frozen Plan')
    const plan = await bigPlan(patientId)
    expect((await accept(doctor.client, patientId, plan.id)).status).toBe(201)
    const crown = plan.items.find((item) => item.code === 'CRN-ZR')
    const patch = await doctor.client.patch(
      `/api/v1/patients/${patientId}/plans/${plan.id}/items/${crown?.id}`,
      { unitPricePaise: 1 },
    )
    expect(patch.status).toBe(409)
    const refused = inDatabaseAs(t.database.db, { clinicId, userId: doctor.userId }, (tx) =>
      sql`UPDATE treatment_plan_items SET unit_price_paise = 1 WHERE id = ${crown?.id}`.execute(tx),
    )
    expect(await refused).toBe('refused')
    const after = await getPlan(doctor.client, patientId, plan.id)
    expect(after.items.find((item) => item.id === crown?.id)?.unitPricePaise).toBe(1_200_000)
  })

  it('an assistant or receptionist cannot accept; another clinic gets 404', async () => {
    const patientId = await patient('Role Check')
    const plan = await bigPlan(patientId)
    const estimate = await estimateOf(doctor.client, patientId, plan.id)
    const body = {
      signedBy: 'patient',
      signaturePng: await signatureDataUrl(),
      estimateSha256: estimate.documentSha256,
    }
    const path = `/api/v1/patients/${patientId}/plans/${plan.id}/acceptance`
    for (const client of [assistant.client, receptionist.client]) {
      expect((await client.post(path, body)).status).toBe(403)
    }
    const other = await signUpClinic(t.app, 'Other Clinic')
    expect((await other.client.post(path, body)).status).toBe(404)
    expect(
      (await other.client.get(`/api/v1/patients/${patientId}/plans/${plan.id}/estimate`)).status,
    ).toBe(404)
    expect((await getPlan(doctor.client, patientId, plan.id)).status).toBe('proposed')
  })
})

describe('alternatives and revisions', () => {
  it('accepting one alternative supersedes the others and takes their planned findings off the chart', async () => {
    const patientId = await patient('Implant Or Bridge')
    const implant = await createPlan(doctor.client, patientId, { title: 'Implant' })
    await addItems(doctor.client, patientId, implant.id, { procedureId: codes.IMPL, teeth: [36] })
    const bridge = await createPlan(doctor.client, patientId, {
      title: 'Bridge',
      alternativeTo: implant.id,
    })
    await addItems(doctor.client, patientId, bridge.id, {
      procedureId: codes['BRG-A'],
      teeth: [35, 37],
    })
    await addItems(doctor.client, patientId, bridge.id, {
      procedureId: codes['BRG-P'],
      teeth: [36],
    })
    const bridgeFindings = (await getPlan(doctor.client, patientId, bridge.id)).items
      .map((item) => item.findingId)
      .filter((id): id is string => id !== null)
    expect(bridgeFindings).toHaveLength(3)

    expect((await accept(doctor.client, patientId, implant.id)).status).toBe(201)
    const superseded = await getPlan(doctor.client, patientId, bridge.id)
    expect(superseded.status).toBe('superseded')
    expect(superseded.items.every((item) => item.status === 'superseded')).toBe(true)
    const live = await count(sql`SELECT count(*)::int AS n FROM dental_findings
        WHERE patient_id = ${patientId}::uuid AND status = 'planned' AND superseded_at IS NULL AND tooth IN (35, 37)`)
    expect(live).toBe(0)
  })

  it('accepting a revision cancels what the old version had not started', async () => {
    const patientId = await patient('Revised Plan')
    const plan = await createPlan(doctor.client, patientId, { title: 'Molars' })
    await addItems(doctor.client, patientId, plan.id, {
      procedureId: codes['RCT-M'],
      teeth: [36, 46],
    })
    expect((await accept(doctor.client, patientId, plan.id)).status).toBe(201)
    const started = (await getPlan(doctor.client, patientId, plan.id)).items.find(
      (item) => item.tooth === 36,
    )
    const sitting = await doctor.client.post(
      `/api/v1/patients/${patientId}/plans/${plan.id}/items/${started?.id}/sittings`,
      { workDone: 'Access opening, working length' },
    )
    expect(sitting.status).toBe(201)

    const revise = await doctor.client.post(`/api/v1/patients/${patientId}/plans/${plan.id}/revise`)
    expect(revise.status, await revise.clone().text()).toBe(201)
    const revision = (await revise.json()) as Plan
    expect(revision).toMatchObject({ version: 2, revisionOf: plan.id, status: 'proposed' })
    expect((await accept(doctor.client, patientId, revision.id)).status).toBe(201)

    const old = await getPlan(doctor.client, patientId, plan.id)
    // Work in progress finishes under the old version, which therefore stays accepted.
    expect(old.status).toBe('accepted')
    expect(old.items.find((item) => item.tooth === 36)?.status).toBe('in_progress')
    expect(old.items.find((item) => item.tooth === 46)?.status).toBe('cancelled')
    const accepted = await getPlan(doctor.client, patientId, revision.id)
    expect(accepted.status).toBe('accepted')
    expect(accepted.acceptance?.planVersion).toBe(2)
    // The chart keeps one planned finding on 46: the revision's; the old version's is dropped.
    const planned = await t.database.asOwner((tx) =>
      tx
        .selectFrom('dental_findings')
        .select('id')
        .where('patient_id', '=', patientId)
        .where('tooth', '=', 46)
        .where('status', '=', 'planned')
        .where('superseded_at', 'is', null)
        .execute(),
    )
    expect(planned.map((row) => row.id)).toEqual([
      accepted.items.find((item) => item.tooth === 46)?.findingId,
    ])
  })
})
