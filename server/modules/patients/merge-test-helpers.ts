import { expect } from 'vitest'
import { CONSENT_ITEMS } from '../../../shared/consent/consent-items.ts'
import type { Invoice } from '../../../shared/contracts/billing.ts'
import type { Certificate } from '../../../shared/contracts/certificates.ts'
import type { CreditNote, Payment, Refund } from '../../../shared/contracts/payments.ts'
import type { Plan } from '../../../shared/contracts/plans.ts'
import type { Prescription } from '../../../shared/contracts/prescriptions.ts'
import type { ConsentForm } from '../../../shared/contracts/treatment-consent.ts'
import {
  fill,
  formPath,
  giveRegistration,
  signatureDataUrl,
  templatesOf,
} from '../../../test/forms-helpers.ts'
import type { TestClient } from '../../../test/http-client.ts'
import { newExam, perioBase, saved, saveMeasurements, site } from '../../../test/perio-helpers.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import type { TestApp } from '../../../test/test-app.ts'
import { CONSULTATION, draftAndIssue, invoicePath } from '../billing/billing-test-helpers.ts'
import { addLab, caseOf, casesPath, crownCase } from '../lab/lab-test-helpers.ts'
import { accept, addItems, createPlan, procedureIds } from '../plans/acceptance-test-helpers.ts'
import {
  amoxicillinLine,
  draftBody,
  recordHistory,
} from '../prescriptions/prescriptions-test-helpers.ts'

/** Test helpers for the merge tests (not shipped: tests import it). */

export interface BookedRecords {
  appointmentId: string
  planId: string
  planItemId: string
  labCaseId: string
  invoiceId: string
  keptInvoiceId: string
  paymentId: string
  prescriptionId: string
  consentFormId: string
  certificateId: string
  perioExamId: string
  waitingId: string
  findingId: string
  vitalsId: string
  sittingId: string
  deferralId: string
  creditNoteId: string
  refundId: string
  /** The stored PDFs: the prescription, the signed consent form and certificate. */
  documentIds: string[]
}

async function created<T>(response: Response, status = 201): Promise<T> {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(status)
  return body as T
}

/**
 * Gives the duplicate record a row in every moved table but the notes (merge-records.int.test.ts
 * adds a signed note), all through the API, as a doctor on its care team (with a registration)
 * and the owner at the desk: a booked visit and a place on the waiting list; a chart finding and
 * vitals; an accepted plan with a sitting, a deferral and a lab case linked to its item; an
 * issued invoice paid in part with an advance over, a credit note, the advance refunded and the
 * rest in instalments; an issued prescription with an allergy override; a signed treatment
 * consent form, a signed certificate and a completed periodontal exam. The kept record gets an
 * issued invoice of its own, so the account after the merge adds both up.
 */
export async function bookedDuplicate(
  t: TestApp,
  owner: { client: TestClient; userId: string; clinicId: string },
  patients: { kept: string; duplicate: string },
): Promise<BookedRecords> {
  const { duplicate } = patients
  const doctor = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'doctor')
  await giveRegistration(t, owner, doctor.userId, 'MSDC-A-24680')
  const team = await owner.client.post(`/api/v1/patients/${duplicate}/care-team`, {
    userId: doctor.userId,
  })
  expect(team.status).toBe(204)
  const signaturePng = await signatureDataUrl()

  // WhatsApp messages agreed to, so the booking below plans its confirmation and reminders.
  const notice = (await (await owner.client.get('/api/v1/consent/notice?language=en')).json()) as {
    id: string
  }
  await created(
    await owner.client.post(`/api/v1/patients/${duplicate}/consent`, {
      noticeId: notice.id,
      items: {
        ...Object.fromEntries(CONSENT_ITEMS.map((item) => [item, false])),
        personal_data: true,
        health_data: true,
        'channel.whatsapp': true,
      },
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    }),
  )

  // A visit next Tuesday (no working hours are set up, so booked as an override).
  const appointment = await created<{ id: string }>(
    await owner.client.post('/api/v1/appointments', {
      patientId: duplicate,
      doctorUserId: doctor.userId,
      startsAt: '2026-12-08T10:00:00+05:30',
      durationMinutes: 30,
      allowOutsideHours: true,
    }),
  )

  const waiting = await created<{ id: string }>(
    await owner.client.post('/api/v1/waiting-list', {
      patientId: duplicate,
      date: '2026-12-08',
      doctorUserId: doctor.userId,
    }),
  )

  // Caries on 36 on the chart (findings are append-only), and the day's vitals.
  const finding = await created<{ id: string }>(
    await doctor.client.post(`/api/v1/patients/${duplicate}/chart/findings`, {
      tooth: 36,
      kind: 'caries',
      surfaces: ['M', 'O'],
    }),
  )
  const vitals = await created<{ id: string }>(
    await doctor.client.post(`/api/v1/patients/${duplicate}/vitals`, {
      takenAt: '2026-12-01T10:00:00+05:30',
      systolic: 130,
      diastolic: 85,
      pulse: 78,
    }),
  )

  // A zirconia crown on 36, accepted with the patient's signature (the items freeze).
  const codes = await procedureIds(t, owner.clinicId)
  const proposed = await createPlan(doctor.client, duplicate, { title: 'Restore 36' })
  await addItems(doctor.client, duplicate, proposed.id, {
    procedureId: codes['CRN-ZR'],
    teeth: [36],
  })
  const accepted = await created<Plan>(await accept(doctor.client, duplicate, proposed.id))
  expect(accepted.status).toBe('accepted')
  const planItemId = accepted.items[0]?.id as string
  const planPath = `/api/v1/patients/${duplicate}/plans/${accepted.id}`
  const withSitting = await created<Plan>(
    await doctor.client.post(`${planPath}/items/${planItemId}/sittings`, {
      workDone: 'Tooth preparation, impression',
    }),
  )
  const sittingId = withSitting.items[0]?.sittings[0]?.id as string
  const deferral = await created<{ id: string }>(
    await doctor.client.post(`${planPath}/deferrals`, { reason: 'cost', followUpOn: '2026-12-15' }),
  )

  // The crown goes to the lab, linked to the plan's item.
  const labId = await addLab(owner.client, { name: 'Precision Dental Lab' })
  const labCase = await caseOf(
    await doctor.client.post(casesPath(duplicate), crownCase(labId, { planItemId })),
    201,
  )

  // ₹500 billed on each record; ₹300 of the duplicate's paid, and ₹100 left as an advance.
  const invoice: Invoice = await draftAndIssue(owner.client, duplicate, [CONSULTATION])
  const keptInvoice: Invoice = await draftAndIssue(owner.client, patients.kept, [CONSULTATION])
  const payment = await created<Payment>(
    await owner.client.post(`/api/v1/patients/${duplicate}/payments`, {
      tenders: [{ mode: 'cash', amountPaise: 40_000 }],
      allocations: [{ invoiceId: invoice.id, amountPaise: 30_000 }],
      advance: true,
    }),
  )
  expect(payment.advancePaise).toBe(10_000)
  // ₹50 off the consultation, the advance refunded, and the ₹150 left in two instalments.
  const creditNote = await created<CreditNote>(
    await owner.client.post(`${invoicePath(duplicate, invoice.id)}/credit-notes`, {
      reason: 'discount',
      lines: [{ invoiceLineId: invoice.lines[0]?.id, amountPaise: 5_000 }],
    }),
  )
  const refund = await created<Refund>(
    await owner.client.post(`/api/v1/patients/${duplicate}/refunds`, {
      amountPaise: 10_000,
      mode: 'cash',
      reason: 'Advance returned',
    }),
  )
  await created(
    await owner.client.put(`${invoicePath(duplicate, invoice.id)}/instalments`, {
      instalments: [
        { dueOn: '2026-12-15', amountPaise: 7_500 },
        { dueOn: '2027-01-15', amountPaise: 7_500 },
      ],
    }),
    200,
  )

  // Amoxicillin despite a penicillin allergy: issued with a recorded override.
  await recordHistory(doctor.client, duplicate, {
    allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'mild' }],
  })
  const draft = await created<Prescription>(
    await doctor.client.post(
      `/api/v1/patients/${duplicate}/prescriptions`,
      draftBody([amoxicillinLine]),
    ),
  )
  const prescription = await created<Prescription>(
    await doctor.client.post(`/api/v1/prescriptions/${draft.id}/issue`, {
      overrides: [
        { warningId: 'allergy:amoxicillin:penicillin', reason: 'Tolerated amoxicillin in 2024' },
      ],
    }),
    200,
  )
  expect(prescription.overrides).toHaveLength(1)

  // A treatment consent form signed by the patient and countersigned by the doctor.
  const template = (await templatesOf(doctor.client)).find(
    (each) => each.procedureKind === 'extraction' && each.language === 'en',
  )
  const form = await fill(doctor.client, duplicate, template?.id as string)
  await created<ConsentForm>(
    await doctor.client.post(`${formPath(duplicate, form.id)}/sign-patient`, {
      signedBy: 'patient',
      signaturePng,
    }),
    200,
  )
  const signedForm = await created<ConsentForm>(
    await doctor.client.post(`${formPath(duplicate, form.id)}/sign-doctor`, { signaturePng }),
    200,
  )

  // A signed sick-leave certificate.
  const certificates = `/api/v1/patients/${duplicate}/certificates`
  const certificate = await created<Certificate>(
    await doctor.client.post(certificates, {
      kind: 'sick_leave',
      language: 'en',
      fromDate: '2026-12-01',
      toDate: '2026-12-02',
    }),
  )
  const signedCertificate = await created<Certificate>(
    await doctor.client.post(`${certificates}/${certificate.id}/sign`, { signaturePng }),
    200,
  )

  // A completed periodontal exam with a few sites charted.
  const exam = await newExam(doctor.client, duplicate)
  await saved(
    await saveMeasurements(doctor.client, duplicate, exam.id, {
      sites: [site(16, 'MB', 5, 1, { bleeding: true }), site(16, 'B', 3, 0)],
      teeth: [],
    }),
  )
  await created(
    await doctor.client.post(`${perioBase(duplicate)}/exams/${exam.id}/complete`, {}),
    200,
  )

  return {
    appointmentId: appointment.id,
    planId: accepted.id,
    planItemId,
    labCaseId: labCase.id,
    invoiceId: invoice.id,
    keptInvoiceId: keptInvoice.id,
    paymentId: payment.id,
    prescriptionId: prescription.id,
    consentFormId: signedForm.id,
    certificateId: signedCertificate.id,
    perioExamId: exam.id,
    waitingId: waiting.id,
    findingId: finding.id,
    vitalsId: vitals.id,
    sittingId,
    deferralId: deferral.id,
    creditNoteId: creditNote.id,
    refundId: refund.id,
    documentIds: [
      prescription.documentId,
      signedForm.documentId,
      signedCertificate.documentId,
    ].filter((id): id is string => id !== null),
  }
}
