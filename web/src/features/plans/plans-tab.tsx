import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import type { Plan } from '../../../../shared/contracts/plans.ts'
import { isTooth } from '../../../../shared/dental/fdi.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { EstimatePreview } from './estimate-preview.tsx'
import { NewPlanForm } from './new-plan-form.tsx'
import { plansPath, usePlans } from './plan-api.ts'
import { PlanCard } from './plan-card.tsx'
import { PlanDetail } from './plan-detail.tsx'
import { alternativeGroups } from './plan-view.ts'
import './plans.css'

type Creating = { alternativeTo: Plan | null } | null

/**
 * The patient's treatment plans: alternatives side by side (title, version, status, totals), the
 * open plan built from the chart or followed sitting by sitting, and its estimate with the tablet
 * signing screen. Doctors, owners and admins on the care team write (clinical.write); assistants
 * read.
 */
export function PlansTab({ patientId, canSign, onStatus }: ClinicalTabProps) {
  const t = useT()
  const me = useMe()
  const canWrite = canSign && can(me, 'clinical.write')
  const read = usePlans(patientId)
  // "Plan treatment" on the chart's selected tooth opens this tab with ?tooth=36: the builder
  // starts with that tooth chosen.
  const [params] = useSearchParams()
  const fromChart = Number(params.get('tooth'))
  const plannedTeeth = isTooth(fromChart) ? [fromChart] : []
  const cache = useApiCache()
  const [openId, setOpenId] = useState<string | null>(null)
  const [creating, setCreating] = useState<Creating>(null)
  const [view, setView] = useState<'plan' | 'estimate'>('plan')
  const [status, setStatus] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const plans = read.data?.plans ?? null
  const groups = plans ? alternativeGroups(plans) : []
  // The plan asked for, else the newest one still in play.
  const open =
    plans?.find((plan) => plan.id === openId) ??
    plans?.filter((plan) => plan.status === 'proposed' || plan.status === 'accepted').at(-1) ??
    null

  const say = (message: string | null) => {
    setStatus(message)
    setFailure(null)
    onStatus(null)
  }
  const openPlan = (plan: Plan) => {
    setOpenId(plan.id)
    setView('plan')
    say(null)
  }

  return (
    <section className="card section-gap plans-tab" aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t('plans.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      {failure != null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {plans === null && read.error == null && <p role="status">{t('app.loading')}</p>}
      {plans?.length === 0 && <p className="muted">{t('plans.empty')}</p>}
      {canWrite && creating === null && (
        <div className="button-row">
          <button type="button" onClick={() => setCreating({ alternativeTo: null })}>
            {t('plans.new')}
          </button>
        </div>
      )}
      {creating && (
        <NewPlanForm
          patientId={patientId}
          alternativeTo={creating.alternativeTo}
          onCancel={() => setCreating(null)}
          onCreated={async (plan) => {
            await cache.invalidate(plansPath(patientId))
            setCreating(null)
            openPlan(plan)
            say(t('plans.created', { title: plan.title }))
          }}
        />
      )}
      {groups.map((group) => (
        <section
          key={group[0]?.alternativeGroup}
          className="plan-group"
          aria-label={
            group.length > 1
              ? t('plans.alternativesLabel', { count: String(group.length) })
              : t('plans.planLabel', { title: group[0]?.title ?? '' })
          }
        >
          <div className="plan-cards">
            {group.map((plan) => (
              <PlanCard
                key={plan.id}
                plan={plan}
                isOpen={open?.id === plan.id}
                onOpen={() => openPlan(plan)}
                onAddAlternative={
                  canWrite && plan.status === 'proposed'
                    ? () => setCreating({ alternativeTo: plan })
                    : undefined
                }
              />
            ))}
          </div>
        </section>
      ))}
      {open && view === 'plan' && (
        <PlanDetail
          patientId={patientId}
          plan={open}
          canWrite={canWrite}
          initialTeeth={plannedTeeth}
          onEstimate={() => {
            say(null)
            setView('estimate')
          }}
          onRevised={openPlan}
          onStatus={say}
          onError={setFailure}
        />
      )}
      {open && view === 'estimate' && (
        <EstimatePreview
          patientId={patientId}
          plan={open}
          canWrite={canWrite}
          onBack={() => setView('plan')}
          onAccepted={async () => {
            await cache.invalidate(plansPath(patientId))
            setView('plan')
            say(t('plans.accepted', { title: open.title }))
          }}
        />
      )}
    </section>
  )
}
