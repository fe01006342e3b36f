import type { Plan } from '../../../../shared/contracts/plans.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { itemsByPhase, siteOf } from '../plans/plan-view.ts'

export interface PlanItemChoice {
  id: string
  /** "Plan title: 36 MO · Root canal treatment" */
  label: string
  /** Still to be done: offered when filling a form (the others are only named on old forms). */
  isOffered: boolean
}

const LIVE_PLANS: readonly Plan['status'][] = ['proposed', 'accepted']
const OPEN_ITEMS: readonly Plan['items'][number]['status'][] = [
  'proposed',
  'accepted',
  'in_progress',
]

/**
 * Every item of the patient's plans, named by plan, site and procedure. A consent form is for
 * treatment still to come, so only items of proposed or accepted plans that are not done,
 * declined or cancelled are offered; the rest keep a name for forms already linked to them.
 */
export function planItemChoices(plans: readonly Plan[], t: Translate): PlanItemChoice[] {
  return plans.flatMap((plan) =>
    itemsByPhase(plan.items)
      .flatMap((phase) => phase.items)
      .map((item) => {
        const site = siteOf(item, t)
        return {
          id: item.id,
          label: `${plan.title}: ${site ? `${site} · ${item.name}` : item.name}`,
          isOffered: LIVE_PLANS.includes(plan.status) && OPEN_ITEMS.includes(item.status),
        }
      }),
  )
}
