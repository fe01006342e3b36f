import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { type FindingRow, findingById } from './queries.ts'
import { recordFinding } from './record-finding.ts'
import { supersedeFinding } from './supersede.ts'

/**
 * Marks a planned finding done (for the treatment plan): the planned row is superseded by a
 * copy with status completed and who and when. 409 unless it is live and planned.
 */
export async function completeFinding(
  tx: Tx,
  session: Session,
  patientId: string,
  findingId: string,
): Promise<FindingRow> {
  const planned = await findingById(tx, patientId, findingId)
  if (!planned) throw new AppError('not_found', 'chart.finding_not_found')
  if (planned.status !== 'planned') throw new AppError('conflict', 'chart.not_planned')
  await supersedeFinding(tx, session, patientId, findingId, 'completed')
  return recordFinding(
    tx,
    session,
    patientId,
    {
      tooth: planned.tooth,
      kind: planned.kind as FindingRow['kind'] as never,
      surfaces: planned.surfaces,
      ...(planned.material ? { material: planned.material as never } : {}),
      ...(planned.mobility_grade !== null ? { mobilityGrade: planned.mobility_grade } : {}),
      ...(planned.recession_mm !== null ? { recessionMm: planned.recession_mm } : {}),
      ...(planned.note ? { note: planned.note } : {}),
      status: 'completed',
    },
    findingId,
  )
}
