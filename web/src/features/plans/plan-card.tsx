import type { Plan } from '../../../../shared/contracts/plans.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { PlanTotals } from './plan-totals.tsx'

export interface PlanCardProps {
  plan: Plan
  isOpen: boolean
  onOpen: () => void
  /** Offered on a proposed plan to those who may write: another way to treat the same problem. */
  onAddAlternative?: (() => void) | undefined
}

/** One plan among its alternatives: title, version, status, progress and totals. */
export function PlanCard({ plan, isOpen, onOpen, onAddAlternative }: PlanCardProps) {
  const t = useT()
  const headingId = `plan-card-${plan.id}`
  return (
    <article
      className={isOpen ? 'plan-card is-open' : 'plan-card'}
      aria-labelledby={headingId}
      data-plan={plan.id}
    >
      <h4 id={headingId}>{plan.title}</h4>
      <p className="plan-card-meta">
        <span>{t('plans.version', { version: String(plan.version) })}</span>
        <span className={`plan-status plan-status-${plan.status}`}>
          {t(`plans.status.${plan.status}` as MessageKey)}
        </span>
      </p>
      <p className="muted">
        {t('plans.cardDoctor', { doctor: plan.doctorName })} ·{' '}
        {t('plans.progress', {
          completed: String(plan.progress.completed),
          total: String(plan.progress.total),
        })}
      </p>
      <PlanTotals totals={plan.totals} />
      <div className="button-row">
        <button
          type="button"
          className={isOpen ? undefined : 'button-secondary'}
          aria-pressed={isOpen}
          onClick={onOpen}
        >
          {t('plans.open', { title: plan.title })}
        </button>
        {onAddAlternative && (
          <button type="button" className="button-secondary" onClick={onAddAlternative}>
            {t('plans.addAlternative')}
          </button>
        )}
      </div>
    </article>
  )
}
