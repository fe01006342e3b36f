import type { RemoveFinding } from '../../../shared/contracts/chart.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { type FindingRow, findingById } from './queries.ts'
import { supersedeFinding } from './supersede.ts'

/** Takes a finding off the chart (charted in error, no longer present); its row stays in history. */
export async function removeFinding(
  tx: Tx,
  session: Session,
  patientId: string,
  findingId: string,
  input: RemoveFinding,
): Promise<FindingRow> {
  await supersedeFinding(tx, session, patientId, findingId, input.reason)
  return (await findingById(tx, patientId, findingId)) as FindingRow
}
