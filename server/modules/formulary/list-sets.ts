import type { PrescriptionSet } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { presentSet, setLinesOf } from './present.ts'
import { clinicSets } from './queries.ts'
import { namesOf } from './validate-lines.ts'

/** The clinic's sets by name, each line with its drug's generic name. */
export async function listSets(tx: Tx): Promise<PrescriptionSet[]> {
  const rows = await clinicSets(tx)
  const names = await namesOf(
    tx,
    rows.flatMap((row) => setLinesOf(row).map((line) => line.drugCode)),
  )
  return rows.map((row) => presentSet(row, names))
}
