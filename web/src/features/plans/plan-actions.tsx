import { useState } from 'react'
import { type Plan, PlanSchema } from '../../../../shared/contracts/plans.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache } from '../../lib/query.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { planPath, plansPath, usePlanChange } from './plan-api.ts'

export interface PlanActionsProps {
  patientId: string
  plan: Plan
  onEstimate: () => void
  onRevised: (plan: Plan) => void
  onStatus: (message: string | null) => void
  onError: (failure: unknown) => void
}

type Asking = 'decline' | 'cancel' | null

/**
 * What can happen to a whole plan: the estimate (and signing) while it is proposed; declining or
 * cancelling it; revising an accepted one, which makes a new version that needs a new signature
 * (the accepted version itself never changes).
 */
export function PlanActions(props: PlanActionsProps) {
  const { patientId, plan, onEstimate, onRevised, onStatus, onError } = props
  const t = useT()
  const change = usePlanChange(patientId)
  const cache = useApiCache()
  const [asking, setAsking] = useState<Asking>(null)
  const [isRevising, setRevising] = useState(false)
  const path = planPath(patientId, plan.id)
  const isProposed = plan.status === 'proposed'
  const isAccepted = plan.status === 'accepted'

  const revise = async () => {
    onStatus(null)
    setRevising(true)
    try {
      const revised = await api(`${path}/revise`, { method: 'POST', body: {}, schema: PlanSchema })
      await cache.invalidate(plansPath(patientId))
      onRevised(revised)
      onStatus(t('plans.revised', { version: String(revised.version) }))
    } catch (failure) {
      onError(failure)
    } finally {
      setRevising(false)
    }
  }

  if (!isProposed && !isAccepted) return null
  return (
    <div className="button-row plan-actions">
      {isProposed && plan.items.length > 0 && (
        <button type="button" onClick={onEstimate}>
          {t('plans.showEstimate')}
        </button>
      )}
      {isAccepted && (
        <button
          type="button"
          className="button-secondary"
          disabled={isRevising}
          onClick={() => void revise()}
        >
          {t('plans.revise')}
        </button>
      )}
      {isProposed && (
        <button type="button" className="button-secondary" onClick={() => setAsking('decline')}>
          {t('plans.decline')}
        </button>
      )}
      <button type="button" className="button-secondary" onClick={() => setAsking('cancel')}>
        {t('plans.cancelPlan')}
      </button>
      <ConfirmDialog
        isOpen={asking !== null}
        title={asking === 'decline' ? t('plans.declineTitle') : t('plans.cancelPlanTitle')}
        body={
          asking === 'decline'
            ? t('plans.declineBody', { title: plan.title })
            : t('plans.cancelPlanBody', { title: plan.title })
        }
        confirmLabel={asking === 'decline' ? t('plans.decline') : t('plans.cancelPlan')}
        onClose={() => setAsking(null)}
        onConfirm={async () => {
          const action = asking
          if (!action) return
          await change(`${path}/${action}`, 'POST', {})
          onStatus(
            action === 'decline'
              ? t('plans.declined', { title: plan.title })
              : t('plans.cancelled', { title: plan.title }),
          )
        }}
      />
    </div>
  )
}
