import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { completeFinding, findingById, recordFinding, supersedeFinding } from '../chart/index.ts'

/**
 * The link between plan items and the dental chart (ADR 0018): an item whose procedure has a
 * chart kind puts a *planned* finding on its tooth; completing the item makes that finding
 * *completed*; dropping the item (declined, cancelled, superseded, deleted) takes the planned
 * finding off the chart with the reason `not_planned`. Findings are append-only (ADR 0015), so
 * each step supersedes a row and records a new one through the chart module.
 */

export interface ChartableItem {
  patientId: string
  tooth: number | null
  surfaces: readonly string[]
  /** From the catalogue item the plan item was made from. */
  chartKind: string | null
  chartMaterial: string | null
}

/** Records the item's planned finding; its id, or null when the procedure charts nothing. */
export async function putPlannedFinding(
  tx: Tx,
  session: Session,
  item: ChartableItem,
): Promise<string | null> {
  if (item.chartKind === null || item.tooth === null) return null
  const finding = await recordFinding(tx, session, item.patientId, {
    tooth: item.tooth,
    kind: item.chartKind as never,
    // The chart allows surfaces only on some kinds (a crown covers the whole tooth).
    ...(SURFACE_KINDS.has(item.chartKind) && item.surfaces.length > 0
      ? { surfaces: [...item.surfaces] }
      : {}),
    ...(item.chartMaterial ? { material: item.chartMaterial as never } : {}),
    status: 'planned',
  })
  return finding.id
}

const SURFACE_KINDS = new Set(['caries', 'restoration', 'sealant', 'fracture'])

/**
 * Marks the item's planned finding completed; the completed finding's id (the item keeps it),
 * or the old id when there is none or it is no longer a live planned finding (someone changed
 * the chart by hand: the item completes all the same).
 */
export async function completePlannedFinding(
  tx: Tx,
  session: Session,
  item: { patient_id: string; finding_id: string | null },
): Promise<string | null> {
  if (item.finding_id === null) return null
  const finding = await findingById(tx, item.patient_id, item.finding_id)
  if (!finding || finding.superseded_at !== null || finding.status !== 'planned') {
    return item.finding_id
  }
  const completed = await completeFinding(tx, session, item.patient_id, item.finding_id)
  return completed.id
}

/**
 * Takes the planned findings of dropped items off the chart. Findings already superseded (a
 * hand correction) or completed stay as they are.
 */
export async function dropPlannedFindings(
  tx: Tx,
  session: Session,
  items: readonly { patient_id: string; finding_id: string | null }[],
): Promise<void> {
  for (const item of items) {
    if (item.finding_id === null) continue
    const finding = await findingById(tx, item.patient_id, item.finding_id)
    if (!finding || finding.superseded_at !== null || finding.status !== 'planned') continue
    await supersedeFinding(tx, session, item.patient_id, item.finding_id, 'not_planned')
  }
}
