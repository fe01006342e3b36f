import type { PrescriptionDraft } from '../../../shared/contracts/prescriptions.ts'
import type { Drug } from '../../../shared/prescriptions/types.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { resolveLineDrugs } from './line-drugs.ts'
import { findPrescriptionForUpdate } from './queries.ts'

/** Starts a draft for the patient (the caller has clinical write access to them). */
export async function createPrescriptionDraft(
  tx: Tx,
  session: Session,
  patientId: string,
  input: PrescriptionDraft,
  replacesId: string | null = null,
): Promise<string> {
  const drugs = await resolveLineDrugs(tx, input.lines)
  const { id } = await tx
    .insertInto('prescriptions')
    .values({
      clinic_id: session.clinicId,
      patient_id: patientId,
      language: input.language,
      diagnosis: input.diagnosis,
      advice: input.advice,
      follow_up_date: input.followUpDate,
      author_id: session.userId,
      replaces_id: replacesId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await writeLines(tx, session.clinicId, { id, patientId }, input.lines, drugs)
  return id
}

/** Replaces a draft's content whole; 409 once it is issued (the database refuses it too). */
export async function replacePrescriptionDraft(
  tx: Tx,
  session: Session,
  id: string,
  input: PrescriptionDraft,
): Promise<void> {
  const row = await findPrescriptionForUpdate(tx, id)
  if (!row) throw new AppError('not_found', 'prescription.not_found')
  if (row.status !== 'draft') throw new AppError('conflict', 'prescription.issued_locked')
  const drugs = await resolveLineDrugs(tx, input.lines)
  await tx
    .updateTable('prescriptions')
    .set({
      language: input.language,
      diagnosis: input.diagnosis,
      advice: input.advice,
      follow_up_date: input.followUpDate,
    })
    .where('id', '=', id)
    .execute()
  await tx.deleteFrom('prescription_lines').where('prescription_id', '=', id).execute()
  await writeLines(tx, session.clinicId, { id, patientId: row.patient_id }, input.lines, drugs)
}

async function writeLines(
  tx: Tx,
  clinicId: string,
  prescription: { id: string; patientId: string },
  lines: PrescriptionDraft['lines'],
  drugs: ReadonlyMap<string, Drug>,
): Promise<void> {
  await tx
    .insertInto('prescription_lines')
    .values(
      lines.map((line, position) => ({
        clinic_id: clinicId,
        prescription_id: prescription.id,
        position,
        patient_id: prescription.patientId,
        drug_code: line.drugCode,
        is_custom: line.isCustom,
        generic_name: line.genericName,
        strength_label: line.strength?.label ?? null,
        strength_mg: line.strength?.mg ?? null,
        strength_per_ml: line.strength?.perMl ?? null,
        form: line.form,
        dose_amount: line.doseAmount,
        dose_unit: line.doseUnit,
        route: line.route,
        frequency: line.frequency,
        food_timing: line.foodTiming,
        duration_days: line.durationDays,
        quantity: line.quantity,
        instructions: line.instructions,
        // As printed: the schedule of the drug when prescribed (india-domain §5.2).
        schedule: line.drugCode === null ? null : (drugs.get(line.drugCode)?.schedule ?? null),
      })),
    )
    .execute()
}
