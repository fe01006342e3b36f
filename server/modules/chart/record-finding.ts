import { sql } from 'kysely'
import type { NewFinding } from '../../../shared/contracts/chart.ts'
import { surfaceCode } from '../../../shared/dental/fdi.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { type FindingRow, findingById } from './queries.ts'

/**
 * Records a finding (existing or planned) on the patient's chart, optionally as the successor
 * of `supersedes` (which the caller has just superseded). The route has checked the
 * capability and the caller's clinical access; the database checks both again (policy) and
 * the rules (CHECK constraints).
 */
export async function recordFinding(
  tx: Tx,
  session: Session,
  patientId: string,
  input: Omit<NewFinding, 'status'> & { status?: 'existing' | 'planned' | 'completed' },
  supersedes?: string,
): Promise<FindingRow> {
  const completed = input.status === 'completed'
  const { id } = await tx
    .insertInto('dental_findings')
    .values({
      clinic_id: session.clinicId,
      patient_id: patientId,
      tooth: input.tooth,
      kind: input.kind,
      surfaces: (input.surfaces ?? []).map((written) => surfaceCode(written) ?? written),
      material: input.material ?? null,
      mobility_grade: input.mobilityGrade ?? null,
      recession_mm: input.recessionMm ?? null,
      status: input.status ?? 'existing',
      note: input.note || null,
      recorded_by: session.userId,
      completed_by: completed ? session.userId : null,
      completed_at: completed ? sql<Date>`app_now()` : null,
      supersedes_id: supersedes ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return (await findingById(tx, patientId, id)) as FindingRow
}
