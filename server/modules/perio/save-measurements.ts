import type { PerioMeasurements } from '../../../shared/contracts/perio.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { issue, validationError } from '../../http/errors.ts'
import { lockDraft } from './lock-draft.ts'
import { teethOf } from './queries.ts'

/**
 * Saves any number of sites and teeth of a draft exam (the web app saves as the probe walks).
 *
 * Missing teeth are not probed: a site sent for a tooth that is missing, in the exam or in the
 * same save, is refused (400 at `sites.<n>.tooth`) rather than silently dropped, so the screen
 * never believes a value was kept. Marking a tooth missing clears its sites (ppd and recession
 * empty, no marks): they no longer describe a tooth in the mouth. Every tooth touched gets its
 * per-tooth record, which is what makes it count in the summary (teeth examined).
 */
export async function saveMeasurements(
  tx: Tx,
  actor: Session,
  patientId: string,
  examId: string,
  input: PerioMeasurements,
): Promise<void> {
  await lockDraft(tx, patientId, examId)
  const stored = await teethOf(tx, [examId])
  const missing = new Set(stored.filter((tooth) => tooth.missing).map((tooth) => tooth.tooth))
  for (const tooth of input.teeth) {
    if (tooth.missing) missing.add(tooth.tooth)
    else missing.delete(tooth.tooth)
  }
  const refused = input.sites.flatMap((site, index) =>
    missing.has(site.tooth) ? [issue(`sites.${index}.tooth`, 'perio.tooth_missing')] : [],
  )
  if (refused.length > 0) throw validationError(refused)

  const owner = { clinic_id: actor.clinicId, exam_id: examId, patient_id: patientId }
  if (input.teeth.length > 0) {
    await tx
      .insertInto('perio_teeth')
      .values(input.teeth.map((tooth) => ({ ...owner, ...tooth })))
      .onConflict((conflict) =>
        conflict.columns(['clinic_id', 'exam_id', 'tooth']).doUpdateSet((eb) => ({
          missing: eb.ref('excluded.missing'),
          implant: eb.ref('excluded.implant'),
          mobility: eb.ref('excluded.mobility'),
          furcation: eb.ref('excluded.furcation'),
        })),
      )
      .execute()
    const nowMissing = input.teeth.filter((tooth) => tooth.missing).map((tooth) => tooth.tooth)
    if (nowMissing.length > 0) {
      await tx
        .updateTable('perio_sites')
        .set({ ppd: null, recession: null, bleeding: false, suppuration: false, plaque: false })
        .where('exam_id', '=', examId)
        .where('tooth', 'in', nowMissing)
        .execute()
    }
  }
  if (input.sites.length === 0) return
  const known = new Set([...stored.map((tooth) => tooth.tooth), ...input.teeth.map((t) => t.tooth)])
  const newTeeth = [...new Set(input.sites.map((site) => site.tooth))].filter((t) => !known.has(t))
  if (newTeeth.length > 0) {
    await tx
      .insertInto('perio_teeth')
      .values(newTeeth.map((tooth) => ({ ...owner, tooth })))
      .onConflict((conflict) => conflict.columns(['clinic_id', 'exam_id', 'tooth']).doNothing())
      .execute()
  }
  await tx
    .insertInto('perio_sites')
    .values(input.sites.map((site) => ({ ...owner, ...site })))
    .onConflict((conflict) =>
      conflict.columns(['clinic_id', 'exam_id', 'tooth', 'site']).doUpdateSet((eb) => ({
        ppd: eb.ref('excluded.ppd'),
        recession: eb.ref('excluded.recession'),
        bleeding: eb.ref('excluded.bleeding'),
        suppuration: eb.ref('excluded.suppuration'),
        plaque: eb.ref('excluded.plaque'),
      })),
    )
    .execute()
}
