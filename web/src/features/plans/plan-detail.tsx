import type { Plan } from '../../../../shared/contracts/plans.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { AcceptanceSummary } from './acceptance-summary.tsx'
import { PlanActions } from './plan-actions.tsx'
import { PlanBuilder } from './plan-builder.tsx'
import { PlanItems } from './plan-items.tsx'
import { PlanTotals } from './plan-totals.tsx'

export interface PlanDetailProps {
  patientId: string
  plan: Plan
  canWrite: boolean
  initialTeeth: readonly number[]
  onEstimate: () => void
  onRevised: (plan: Plan) => void
  onStatus: (message: string | null) => void
  onError: (failure: unknown) => void
}

/**
 * The open plan: built from the chart while proposed; once accepted, its progress (sittings per
 * item, n of planned) and the acceptance it rests on.
 */
export function PlanDetail(props: PlanDetailProps) {
  const { patientId, plan, canWrite, onStatus, onError } = props
  const t = useT()
  const isBuilding = canWrite && plan.status === 'proposed'
  return (
    <section className="plan-detail" aria-labelledby="plan-detail-heading" data-plan={plan.id}>
      <h3 id="plan-detail-heading">
        {plan.title}{' '}
        <span className="muted">
          {t('plans.version', { version: String(plan.version) })} ·{' '}
          {t(`plans.status.${plan.status}` as MessageKey)}
        </span>
      </h3>
      {plan.acceptance && <AcceptanceSummary acceptance={plan.acceptance} />}
      {plan.status !== 'proposed' && (
        <p className="plan-progress">
          {t('plans.progress', {
            completed: String(plan.progress.completed),
            total: String(plan.progress.total),
          })}
        </p>
      )}
      {isBuilding && (
        <PlanBuilder
          key={plan.id}
          patientId={patientId}
          plan={plan}
          initialTeeth={props.initialTeeth}
          onAdded={onStatus}
        />
      )}
      <section className="plan-items" aria-labelledby="plan-items-heading">
        <h4 id="plan-items-heading">{t('plans.itemsHeading')}</h4>
        <PlanItems
          patientId={patientId}
          plan={plan}
          canWrite={canWrite}
          onStatus={onStatus}
          onError={onError}
        />
        {plan.items.length > 0 && <PlanTotals totals={plan.totals} />}
      </section>
      {canWrite && (
        <PlanActions
          patientId={patientId}
          plan={plan}
          onEstimate={props.onEstimate}
          onRevised={props.onRevised}
          onStatus={onStatus}
          onError={onError}
        />
      )}
    </section>
  )
}
