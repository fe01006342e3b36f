import {
  type ITEM_STATUSES,
  PHASES,
  type Phase,
  type Plan,
  type PlanItem,
} from '../../../../shared/contracts/plans.ts'
import { surfaceNotation } from '../../../../shared/dental/fdi.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { MessageKey } from '../../i18n/messages.ts'

/**
 * How the plan screens arrange what the API gives: alternatives side by side, items by phase,
 * and each item's site in words. Pure, so the screens stay small.
 */

/** Plans by alternative group, each group newest first, groups in the order first made. */
export function alternativeGroups(plans: readonly Plan[]): Plan[][] {
  const groups = new Map<string, Plan[]>()
  for (const plan of plans) {
    const group = groups.get(plan.alternativeGroup) ?? []
    group.push(plan)
    groups.set(plan.alternativeGroup, group)
  }
  return [...groups.values()].map((group) =>
    [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  )
}

/** The plan's items by phase, in the phases' clinical order, each phase by position. */
export function itemsByPhase(items: readonly PlanItem[]): { phase: Phase; items: PlanItem[] }[] {
  return PHASES.map((phase) => ({
    phase,
    items: items.filter((item) => item.phase === phase).sort((a, b) => a.position - b.position),
  }))
}

/** "36 MO", "Quadrant 1", "Upper arch", or nothing for a whole-mouth item. */
export function siteOf(item: PlanItem, t: Translate): string {
  if (item.tooth !== null) {
    return item.surfaces.length > 0
      ? `${item.tooth} ${surfaceNotation(item.tooth, item.surfaces)}`
      : String(item.tooth)
  }
  if (item.quadrant !== null) return t('plans.site.quadrant', { quadrant: String(item.quadrant) })
  if (item.arch !== null) return t(`plans.site.arch.${item.arch}` as MessageKey)
  return t('plans.site.wholeMouth')
}

/** Items that may still be worked on: sittings can be recorded against them. */
export function isOpen(item: PlanItem): boolean {
  return item.status === 'accepted' || item.status === 'in_progress'
}

/** Statuses in words, checked against the contract's list. */
export function itemStatusKey(status: (typeof ITEM_STATUSES)[number]): MessageKey {
  return `plans.itemStatus.${status}` as MessageKey
}
