import type {
  Prescription,
  PrescriptionSummary,
  PrescriptionWarningBody,
} from '../../../shared/contracts/prescriptions.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import {
  findPrescription,
  linesOfPrescription,
  type OverrideRow,
  overridesOfPrescription,
  type PrescriberRow,
  type PrescriptionRow,
  prescriberProfile,
  prescriptionsOfPatient,
} from './queries.ts'
import { checkStoredLines } from './run-checks.ts'
import { presentLine } from './stored-lines.ts'

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/**
 * A prescription as the API sends it. An issued (or cancelled) one shows the prescriber and
 * warnings as they were at issue; a draft shows its author's current profile and the warnings
 * its content gives now.
 */
export async function prescriptionResponse(
  tx: Tx,
  id: string,
  today: string,
): Promise<Prescription> {
  const row = await findPrescription(tx, id)
  if (!row) throw new AppError('not_found', 'prescription.not_found')
  const lines = await linesOfPrescription(tx, id)
  const overrides = await overridesOfPrescription(tx, id)
  const isDraft = row.status === 'draft'
  const warnings = isDraft
    ? await checkStoredLines(tx, row.patient_id, lines, today)
    : (row.warnings as PrescriptionWarningBody[])
  const profile = isDraft ? await prescriberProfile(tx, row.author_id) : undefined
  return {
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    number: row.number,
    language: row.language,
    diagnosis: row.diagnosis,
    advice: row.advice,
    followUpDate: row.follow_up_date,
    prescriber: prescriberOf(row, profile),
    lines: lines.map(presentLine),
    warnings: warnings.map((warning) => ({ ...warning, lines: [...warning.lines] })),
    overrides: overrides.map(presentOverride),
    replaces: row.replaces_id,
    replacedBy: row.replaced_by_id,
    documentId: row.document_id,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    issuedAt: iso(row.issued_at),
    cancelledAt: iso(row.cancelled_at),
    cancelReason: row.cancel_reason,
  }
}

function prescriberOf(row: PrescriptionRow, profile: PrescriberRow | undefined) {
  if (row.status !== 'draft' || !profile) {
    return {
      id: row.issued_by ?? row.author_id,
      name: row.prescriber_name ?? row.author_name ?? '',
      qualification: row.prescriber_qualification,
      council: row.prescriber_council,
      registrationNumber: row.prescriber_registration,
    }
  }
  return {
    id: profile.id,
    name: profile.full_name,
    qualification: profile.qualification,
    council: profile.registration_council,
    registrationNumber: profile.registration_number,
  }
}

function presentOverride(row: OverrideRow): Prescription['overrides'][number] {
  return {
    warningId: row.warning_id,
    kind: row.kind as Prescription['overrides'][number]['kind'],
    reason: row.reason,
    overriddenBy: row.by_name,
    overriddenAt: new Date(row.overridden_at).toISOString(),
  }
}

/** A patient's prescriptions for the list, newest first. */
export async function prescriptionSummaries(
  tx: Tx,
  patientId: string,
): Promise<PrescriptionSummary[]> {
  const rows = await prescriptionsOfPatient(tx, patientId)
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    number: row.number,
    diagnosis: row.diagnosis,
    prescriberName: row.prescriber_name ?? row.author_name ?? '',
    lineCount: row.drugs.length,
    drugs: row.drugs,
    createdAt: new Date(row.created_at).toISOString(),
    issuedAt: iso(row.issued_at),
    cancelledAt: iso(row.cancelled_at),
    replaces: row.replaces_id,
    replacedBy: row.replaced_by_id,
  }))
}
