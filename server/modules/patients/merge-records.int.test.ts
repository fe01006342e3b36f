import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { CONSULTATION, draftAndIssue } from '../billing/billing-test-helpers.ts'
import { MOVED_TABLES } from './merge-tables.ts'
import { type BookedRecords, bookedDuplicate } from './merge-test-helpers.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  owner = await signUpClinic(t.app)
}, 120_000)
afterAll(() => t.close())

async function register(fullName: string) {
  const response = await owner.client.post('/api/v1/patients', {
    fullName,
    ageYears: 41,
    sex: 'female',
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

async function signedNoteWithAddendum(patientId: string) {
  const path = `/api/v1/patients/${patientId}/notes`
  const drafted = await owner.client.post(path, { subjective: 'Pain lower right' })
  expect(drafted.status).toBe(201)
  const { id } = (await drafted.json()) as { id: string }
  expect((await owner.client.post(`${path}/${id}/sign`, { version: 1 })).status).toBe(200)
  const added = await owner.client.post(`${path}/${id}/addenda`, { text: 'Tooth is 47' })
  expect(added.status).toBe(201)
  return id
}

const rowsLeftOn = (patientId: string) =>
  t.database.asOwner(async (tx) => {
    const left: string[] = []
    for (const table of MOVED_TABLES) {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE patient_id = ${patientId}`.execute(
        tx,
      )
      if ((rows[0]?.n ?? 0) > 0) left.push(table)
    }
    return left
  })

describe('a merge moves every record of the person', () => {
  it('a signed note and its addendum move to the kept record; nothing is left on the duplicate', async () => {
    const kept = await register('Lakshmi Narayanan')
    const duplicate = await register('Laxmi Narayanan')
    const noteId = await signedNoteWithAddendum(duplicate)
    expect(await rowsLeftOn(duplicate)).toEqual(['clinical_note_addenda', 'clinical_notes'])

    const merged = await owner.client.post(`/api/v1/patients/${kept}/merge`, {
      duplicateId: duplicate,
    })
    expect(merged.status).toBe(200)

    const { notes } = (await (await owner.client.get(`/api/v1/patients/${kept}/notes`)).json()) as {
      notes: { id: string; addenda: object[] }[]
    }
    expect(notes.map((note) => note.id)).toEqual([noteId])
    expect(notes[0]?.addenda).toHaveLength(1)
    expect((await owner.client.get(`/api/v1/patients/${duplicate}/notes`)).status).toBe(404)
    expect(await rowsLeftOn(duplicate)).toEqual([])
    // The signature names the patient it was signed for; the merged record's id still verifies.
    const verified = await owner.client.get(`/api/v1/patients/${kept}/notes/${noteId}/verify`)
    expect(verified.status).toBe(200)
    expect(await verified.json()).toMatchObject({ valid: true, addenda: [{ valid: true }] })
    // Audited: the move is an update of the note under the kept record.
    const moved = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM audit_events
        WHERE clinic_id = ${owner.clinicId} AND table_name = 'clinical_notes' AND action = 'update'
          AND row_id = ${noteId} AND patient_id = ${kept}`.execute(tx)
      return rows[0]?.n
    })
    expect(moved).toBe(1)
  })

  it('a signed note still cannot be re-pointed outside a merge, even by the owner role', async () => {
    const one = await register('Arun Prakash')
    const other = await register('Someone Else')
    const noteId = await signedNoteWithAddendum(one)
    await expect(
      t.database.asOwner((tx) =>
        sql`UPDATE clinical_notes SET patient_id = ${other} WHERE id = ${noteId}`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: '42501' })
    // The app role holds no UPDATE on patient_id at all.
    await expect(
      t.database.db
        .transaction()
        .execute((tx) =>
          sql`UPDATE clinical_notes SET patient_id = ${other} WHERE id = ${noteId}`.execute(tx),
        ),
    ).rejects.toMatchObject({ code: '42501' })
  })
})

describe('a merge moves the locked clinical and billing records too', () => {
  it('a row in every moved table, locked ones included (issued bills and prescriptions, signed forms, a completed perio exam, a frozen plan), follows the person', async () => {
    const kept = await register('Meera Iyer')
    const duplicate = await register('Mira Iyer')
    const records: BookedRecords = await bookedDuplicate(t, owner, { kept, duplicate })
    const noteId = await signedNoteWithAddendum(duplicate)
    // Every table a merge moves has a row to move.
    expect(await rowsLeftOn(duplicate)).toEqual(MOVED_TABLES)

    // The front desk merges: it reads none of the clinical rows it moves.
    const desk = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'receptionist')
    const merged = await desk.client.post(`/api/v1/patients/${kept}/merge`, {
      duplicateId: duplicate,
    })
    expect(merged.status, await merged.clone().text()).toBe(200)
    expect(await rowsLeftOn(duplicate)).toEqual([])

    const read = async <T>(path: string): Promise<T> => {
      const response = await owner.client.get(path)
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200)
      return (await response.json()) as T
    }
    const opens = async (path: string) => {
      const response = await owner.client.get(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toBe('application/pdf')
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-')
    }
    const base = `/api/v1/patients/${kept}`

    const attendance = await read<{ appointments: { id: string }[] }>(`${base}/attendance`)
    expect(attendance.appointments.map((each) => each.id)).toEqual([records.appointmentId])

    const { plans } = await read<{
      plans: { id: string; status: string; items: { id: string; sittings: { id: string }[] }[] }[]
    }>(`${base}/plans`)
    expect(plans).toEqual([
      expect.objectContaining({
        id: records.planId,
        status: 'accepted',
        items: [
          expect.objectContaining({
            id: records.planItemId,
            sittings: [expect.objectContaining({ id: records.sittingId })],
          }),
        ],
      }),
    ])

    const { cases } = await read<{ cases: { id: string; planItemId: string | null }[] }>(
      `${base}/lab-cases`,
    )
    expect(cases).toEqual([
      expect.objectContaining({ id: records.labCaseId, planItemId: records.planItemId }),
    ])

    const { invoices } = await read<{ invoices: { id: string; status: string }[] }>(
      `${base}/invoices`,
    )
    expect(invoices.map((invoice) => [invoice.id, invoice.status]).sort()).toEqual(
      [
        [records.invoiceId, 'issued'],
        [records.keptInvoiceId, 'issued'],
      ].sort(),
    )
    await opens(`${base}/invoices/${records.invoiceId}/pdf`)
    await opens(`${base}/payments/${records.paymentId}/pdf`)

    // ₹500 billed on each record. On the duplicate's: ₹300 paid, ₹50 credited, ₹150 in two
    // instalments; the ₹100 advance paid with it was refunded.
    const account = await read<{
      outstandingPaise: number
      creditPaise: number
      balancePaise: number
      payments: { id: string }[]
      creditNotes: { id: string }[]
      refunds: { id: string }[]
      instalmentPlans: { invoiceId: string }[]
      invoices: { invoiceId: string; paidPaise: number; creditedPaise: number; duePaise: number }[]
      ledger: { balancePaise: number }[]
    }>(`${base}/account`)
    expect(account).toMatchObject({
      outstandingPaise: 65_000,
      creditPaise: 0,
      balancePaise: 65_000,
    })
    expect(account.invoices).toContainEqual(
      expect.objectContaining({
        invoiceId: records.invoiceId,
        paidPaise: 30_000,
        creditedPaise: 5_000,
        duePaise: 15_000,
      }),
    )
    expect(account.invoices).toContainEqual(
      expect.objectContaining({ invoiceId: records.keptInvoiceId, duePaise: 50_000 }),
    )
    expect(account.payments.map((payment) => payment.id)).toEqual([records.paymentId])
    expect(account.creditNotes.map((note) => note.id)).toEqual([records.creditNoteId])
    expect(account.refunds.map((refund) => refund.id)).toEqual([records.refundId])
    expect(account.instalmentPlans).toEqual([
      expect.objectContaining({ invoiceId: records.invoiceId }),
    ])
    expect(account.ledger.at(-1)?.balancePaise).toBe(65_000)
    await opens(`${base}/credit-notes/${records.creditNoteId}/pdf`)

    const { prescriptions } = await read<{ prescriptions: { id: string; status: string }[] }>(
      `${base}/prescriptions`,
    )
    expect(prescriptions).toEqual([
      expect.objectContaining({ id: records.prescriptionId, status: 'issued' }),
    ])
    const prescription = await read<{ overrides: object[]; lines: object[] }>(
      `/api/v1/prescriptions/${records.prescriptionId}`,
    )
    expect(prescription.overrides).toHaveLength(1)
    expect(prescription.lines).toHaveLength(1)
    await opens(`/api/v1/prescriptions/${records.prescriptionId}/pdf`)

    const { forms } = await read<{ forms: { id: string; state: string; documentUrl: string }[] }>(
      `${base}/treatment-consents`,
    )
    expect(forms).toEqual([expect.objectContaining({ id: records.consentFormId, state: 'signed' })])
    await opens(forms[0]?.documentUrl as string)

    const { certificates } = await read<{
      certificates: { id: string; isSigned: boolean; documentUrl: string }[]
    }>(`${base}/certificates`)
    expect(certificates).toEqual([
      expect.objectContaining({ id: records.certificateId, isSigned: true }),
    ])
    await opens(certificates[0]?.documentUrl as string)

    const { exams } = await read<{ exams: { id: string; status: string }[] }>(`${base}/perio/exams`)
    expect(exams).toEqual([
      expect.objectContaining({ id: records.perioExamId, status: 'completed' }),
    ])
    const exam = await read<{ sites: object[] }>(`${base}/perio/exams/${records.perioExamId}`)
    expect(exam.sites.length).toBeGreaterThan(0)

    const chart = await read<{ findings: { id: string }[] }>(`${base}/chart`)
    expect(chart.findings.map((finding) => finding.id)).toContain(records.findingId)
    const { entries } = await read<{ entries: { id: string }[] }>(`${base}/vitals`)
    expect(entries.map((entry) => entry.id)).toEqual([records.vitalsId])
    const waiting = await read<{ id: string; patient: { id: string } }[]>(
      '/api/v1/waiting-list?date=2026-12-08',
    )
    expect(waiting.find((entry) => entry.id === records.waitingId)?.patient.id).toBe(kept)
    const { notes } = await read<{ notes: { id: string; addenda: object[] }[] }>(`${base}/notes`)
    expect(notes.map((note) => [note.id, note.addenda.length])).toEqual([[noteId, 1]])

    const documents = await read<{ id: string }[]>(`${base}/documents`)
    expect(documents.map((document) => document.id)).toEqual(
      expect.arrayContaining(records.documentIds),
    )

    // The merged-away record answers nothing any more.
    expect((await owner.client.get(`/api/v1/patients/${duplicate}/invoices`)).status).toBe(404)
    expect((await owner.client.get(`/api/v1/patients/${duplicate}/plans`)).status).toBe(404)
  }, 120_000)

  it('a record merged earlier into the duplicate brings its issued invoice along too', async () => {
    const kept = await register('Farida Khan')
    const duplicate = await register('Fareeda Khan')
    const older = await register('F. Khan')
    const invoice = await draftAndIssue(owner.client, older, [CONSULTATION])
    for (const [into, from] of [
      [duplicate, older],
      [kept, duplicate],
    ]) {
      const merged = await owner.client.post(`/api/v1/patients/${into}/merge`, {
        duplicateId: from,
      })
      expect(merged.status, await merged.clone().text()).toBe(200)
    }
    expect(await rowsLeftOn(older)).toEqual([])
    expect(await rowsLeftOn(duplicate)).toEqual([])
    const { invoices } = (await (
      await owner.client.get(`/api/v1/patients/${kept}/invoices`)
    ).json()) as { invoices: { id: string; status: string }[] }
    expect(invoices).toEqual([expect.objectContaining({ id: invoice.id, status: 'issued' })])
  })
})
