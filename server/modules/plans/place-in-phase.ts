import type { Phase } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * Puts an item in `phase` at `index` (0 is first; past the end, or left out, is last) and
 * renumbers that phase's items 0, 1, 2… so the order the dentist chose is the order everyone
 * sees, on screen and in the estimate. Positions are per phase: the list is shown by phase, then
 * position. One UPDATE per item whose place changed, inside the request's transaction, so a
 * reorder is all or nothing.
 */
export async function placeInPhase(
  tx: Tx,
  planId: string,
  itemId: string,
  move: { from: Phase; to: Phase; index: number | undefined },
): Promise<void> {
  const others = await phaseItems(tx, planId, move.to, itemId)
  const at = Math.min(move.index ?? others.length, others.length)
  const order = [...others.slice(0, at), { id: itemId, position: -1 }, ...others.slice(at)]
  await renumber(tx, planId, order, { itemId, phase: move.to })
  // The phase it left closes the gap.
  if (move.from !== move.to)
    await renumber(tx, planId, await phaseItems(tx, planId, move.from, itemId))
}

function phaseItems(tx: Tx, planId: string, phase: Phase, except: string) {
  return tx
    .selectFrom('treatment_plan_items')
    .select(['id', 'position'])
    .where('plan_id', '=', planId)
    .where('phase', '=', phase)
    .where('id', '!=', except)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

async function renumber(
  tx: Tx,
  planId: string,
  order: readonly { id: string; position: number }[],
  moved?: { itemId: string; phase: Phase },
): Promise<void> {
  const itemId = moved?.itemId
  const phase = moved?.phase
  for (const [position, each] of order.entries()) {
    if (each.id !== itemId && each.position === position) continue
    await tx
      .updateTable('treatment_plan_items')
      .set(each.id === itemId && phase ? { phase, position } : { position })
      .where('plan_id', '=', planId)
      .where('id', '=', each.id)
      .execute()
  }
}
