import type { NewFinding } from '../../../shared/contracts/chart.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import type { FindingRow } from './queries.ts'
import { recordFinding } from './record-finding.ts'
import { supersedeFinding } from './supersede.ts'

/** Replaces a live finding with a corrected one: the old row is superseded, never overwritten. */
export async function changeFinding(
  tx: Tx,
  session: Session,
  patientId: string,
  findingId: string,
  input: NewFinding,
): Promise<FindingRow> {
  await supersedeFinding(tx, session, patientId, findingId, 'changed')
  return recordFinding(tx, session, patientId, input, findingId)
}
