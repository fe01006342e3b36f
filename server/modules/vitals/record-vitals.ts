import type { NewVitals } from '../../../shared/contracts/vitals.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { type VitalsRow, vitalsById } from './queries.ts'

/**
 * Records one set of vital signs. The route has checked the capability and the caller's
 * clinical access to the patient; the database checks both again (policy) and the limits
 * (CHECK constraints), so a caller that skipped the API's checks is refused too.
 */
export async function recordVitals(
  tx: Tx,
  session: Session,
  patientId: string,
  input: NewVitals,
): Promise<VitalsRow> {
  const { id } = await tx
    .insertInto('vitals')
    .values({
      clinic_id: session.clinicId,
      patient_id: patientId,
      ...(input.takenAt ? { taken_at: input.takenAt } : {}),
      systolic: input.systolic ?? null,
      diastolic: input.diastolic ?? null,
      pulse: input.pulse ?? null,
      temperature_c: input.temperatureC ?? null,
      spo2: input.spo2 ?? null,
      weight_kg: input.weightKg ?? null,
      height_cm: input.heightCm ?? null,
      glucose_mg_dl: input.glucoseMgDl ?? null,
      glucose_context: input.glucoseContext ?? null,
      recorded_by: session.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return (await vitalsById(tx, id)) as VitalsRow
}
