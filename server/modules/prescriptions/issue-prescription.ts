import type { IssuePrescription } from '../../../shared/contracts/prescriptions.ts'
import type { SafetyWarning } from '../../../shared/prescriptions/types.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { recordEvent } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { storeGeneratedDocument } from '../documents/index.ts'
import { financialYearOf, prescriptionNumber } from './numbering.ts'
import { renderPrescription } from './prescription-document.ts'
import {
  findPrescriptionForUpdate,
  linesOfPrescription,
  prescriberProfile,
  takeSerial,
} from './queries.ts'
import { checkStoredLines } from './run-checks.ts'
import { presentLine } from './stored-lines.ts'

export type IssueOutcome =
  | { isIssued: true }
  | {
      isIssued: false
      reason: 'prescription.override_needed' | 'prescription.warnings_changed'
      warnings: SafetyWarning[]
    }

/**
 * Issues a draft (issue #13 items 2, 3, 6). The checks run again on the server, on the lines
 * as stored; a warning that needs an override and has no reason refuses the issue with the
 * warnings (the caller answers 409; nothing is written). A reason for a warning the checks no
 * longer give (the lines or the patient's record changed since the prescriber looked) refuses
 * it too, with the warnings as they are now: an override is consent to a risk the prescriber
 * saw, so it is never carried over to a different set of warnings. Otherwise, in this transaction: the
 * reasons are recorded and each override audited, the number taken, the prescriber's
 * registration snapshotted (IMC Regulations 1.4.2: none, no prescription), the PDF stored with
 * the patient's documents, and a corrected prescription cancelled.
 */
export async function issuePrescription(
  tx: Tx,
  tools: { storage: ObjectStorage; cipher: ClinicCipher },
  session: Session,
  clock: { now: Date; today: string; zone: string },
  id: string,
  input: IssuePrescription,
): Promise<IssueOutcome> {
  const row = await findPrescriptionForUpdate(tx, id)
  if (!row) throw new AppError('not_found', 'prescription.not_found')
  if (row.status !== 'draft') throw new AppError('conflict', 'prescription.issued_locked')
  const prescriber = await prescriberProfile(tx, session.userId)
  if (!prescriber?.registration_number) {
    throw fieldError('conflict', 'registrationNumber', 'prescription.registration_missing')
  }
  const replaced = row.replaces_id ? await findPrescriptionForUpdate(tx, row.replaces_id) : null
  if (replaced && replaced.status !== 'issued') {
    throw new AppError('conflict', 'prescription.not_issued')
  }
  const lines = await linesOfPrescription(tx, id)
  const warnings = await checkStoredLines(tx, row.patient_id, lines, clock.today)
  const reasons = new Map(input.overrides.map((item) => [item.warningId, item.reason]))
  const overridable = new Set(warnings.filter((w) => w.needsOverride).map((w) => w.id))
  if ([...reasons.keys()].some((warningId) => !overridable.has(warningId))) {
    return { isIssued: false, reason: 'prescription.warnings_changed', warnings }
  }
  if ([...overridable].some((warningId) => !reasons.has(warningId))) {
    return { isIssued: false, reason: 'prescription.override_needed', warnings }
  }

  for (const warning of warnings) {
    const reason = reasons.get(warning.id)
    if (!warning.needsOverride || reason === undefined) continue
    await tx
      .insertInto('prescription_overrides')
      .values({
        clinic_id: session.clinicId,
        prescription_id: id,
        patient_id: row.patient_id,
        warning_id: warning.id,
        kind: warning.kind,
        reason,
        overridden_by: session.userId,
      })
      .execute()
    // Codes only: the reason stays in the clinical table, out of the audit details.
    await recordEvent(tx, 'prescription.warning_overridden', {
      prescriptionId: id,
      warningId: warning.id,
      kind: warning.kind,
    })
  }

  const number = prescriptionNumber(
    clock.today,
    await takeSerial(tx, session.clinicId, financialYearOf(clock.today)),
  )
  const issuedAt = new Date(clock.now.getTime())
  const printed = {
    name: prescriber.full_name,
    qualification: prescriber.qualification,
    council: prescriber.registration_council,
    registrationNumber: prescriber.registration_number,
  }
  const pdf = await renderPrescription(
    tx,
    { storage: tools.storage, zone: clock.zone },
    {
      patientId: row.patient_id,
      language: row.language,
      isDraft: false,
      number,
      issuedAt,
      prescriber: printed,
      diagnosis: row.diagnosis,
      advice: row.advice,
      followUpDate: row.follow_up_date,
      lines: lines.map(presentLine),
    },
  )
  const stored = await storeGeneratedDocument(tx, tools, session, {
    patientId: row.patient_id,
    kind: 'prescription',
    title: `Prescription ${number}`,
    bytes: pdf.bytes,
    sha256: pdf.sha256,
  })
  await tx
    .updateTable('prescriptions')
    .set({
      status: 'issued',
      number,
      issued_by: session.userId,
      issued_at: issuedAt,
      prescriber_name: printed.name,
      prescriber_qualification: printed.qualification,
      prescriber_council: printed.council,
      prescriber_registration: printed.registrationNumber,
      warnings: JSON.stringify(warnings),
      document_id: stored.id,
    })
    .where('id', '=', id)
    .execute()
  if (replaced) {
    await tx
      .updateTable('prescriptions')
      .set({
        status: 'cancelled',
        cancelled_at: issuedAt,
        cancelled_by: session.userId,
        cancel_reason: `Corrected by ${number}`,
        replaced_by_id: id,
      })
      .where('id', '=', replaced.id)
      .execute()
  }
  return { isIssued: true }
}
