import { useMemo, useState } from 'react'
import { ProcedureListSchema, TOOTH_MODELS } from '../../../../shared/contracts/catalogue.ts'
import { ChartSchema } from '../../../../shared/contracts/chart.ts'
import type { NewPlanItems, Plan } from '../../../../shared/contracts/plans.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage, useForm } from '../../ui/use-form.ts'
import { ChartPatterns } from '../chart/chart-legend.tsx'
import { describeTooth, marksOf, visibleTeeth } from '../chart/chart-marks.ts'
import { Odontogram } from '../chart/odontogram.tsx'
import { planPath, usePlanChange } from './plan-api.ts'
import { ProcedurePicker } from './procedure-picker.tsx'
import { emptySite, type SiteDraft, SiteFields } from './site-fields.tsx'

export interface PlanBuilderProps {
  patientId: string
  plan: Plan
  /** Teeth to start with (the tooth selected on the chart, via "Plan treatment"). */
  initialTeeth?: readonly number[]
  onAdded: (message: string) => void
}

/**
 * Select teeth on the chart, then choose a procedure: one item per tooth appears in the plan
 * (NewPlanItemsSchema). The chart shows what is already charted, so the dentist plans on what
 * they see; its planned marks come back once the items are added.
 */
export function PlanBuilder({ patientId, plan, initialTeeth = [], onAdded }: PlanBuilderProps) {
  const t = useT()
  const form = useForm()
  const change = usePlanChange(patientId)
  const chart = useApiQuery(`/patients/${patientId}/chart`, {
    schema: ChartSchema,
    isAuditedRead: true,
  })
  const catalogue = useApiQuery('/catalogue/procedures', {
    schema: ProcedureListSchema,
    staleTime: 60_000,
  })
  const [teeth, setTeeth] = useState<ReadonlySet<number>>(new Set(initialTeeth))
  const [lastTooth, setLastTooth] = useState<number | null>(initialTeeth[0] ?? null)
  const [procedureId, setProcedureId] = useState('')
  const [site, setSite] = useState<SiteDraft>(emptySite)
  const findings = chart.data?.findings ?? []
  // Surfaces and crosses only: a code under a tooth ("RCT") is visible text missing from the
  // button's name (axe label-content-name-mismatch, WCAG 2.2 SC 2.5.3); the name says it in words.
  const marks = useMemo(() => {
    const drawn = marksOf(findings, t)
    for (const [tooth, mark] of drawn) drawn.set(tooth, { ...mark, codes: [] })
    return drawn
  }, [findings, t])
  const shown = useMemo(
    () => visibleTeeth('permanent', new Set(findings.map((finding) => finding.tooth)), teeth),
    [findings, teeth],
  )
  const procedures = (catalogue.data?.procedures ?? []).filter((each) => !each.isArchived)
  const procedure = procedures.find((each) => each.id === procedureId)
  const isToothModel = procedure ? TOOTH_MODELS.includes(procedure.pricingModel) : true

  const toggleTooth = (tooth: number) => {
    setLastTooth(tooth)
    setTeeth((current) => {
      const next = new Set(current)
      if (next.has(tooth)) next.delete(tooth)
      else next.add(tooth)
      return next
    })
  }

  const body = (): NewPlanItems => {
    const model = procedure?.pricingModel
    return {
      procedureId,
      phase: site.phase,
      ...(isToothModel ? { teeth: [...teeth].sort((a, b) => a - b) } : {}),
      ...(isToothModel && site.surfaces.length > 0 ? { surfaces: site.surfaces } : {}),
      ...(model === 'per_quadrant' && site.quadrant ? { quadrant: Number(site.quadrant) } : {}),
      ...(model === 'per_arch' && site.arch ? { arch: site.arch as 'upper' | 'lower' } : {}),
      ...(model === 'per_visit' ? { quantity: Number(site.quantity) } : {}),
    }
  }
  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {}
    if (!procedure) errors.procedureId = t('plans.chooseProcedure')
    if (procedure && isToothModel && teeth.size === 0) errors.teeth = t('plans.chooseTeeth')
    if (procedure?.pricingModel === 'per_visit' && !/^[1-9]\d?$/.test(site.quantity)) {
      errors.quantity = t('plans.visitsInvalid')
    }
    return errors
  }
  const send = async () => {
    await change(`${planPath(patientId, plan.id)}/items`, 'POST', body())
    const added = procedure ? `${procedure.code} ${procedure.name}` : ''
    const where = isToothModel ? [...teeth].sort((a, b) => a - b).join(', ') : ''
    setTeeth(new Set())
    setSite({ ...emptySite, phase: site.phase })
    onAdded(
      where
        ? t('plans.addedOnTeeth', { procedure: added, teeth: where })
        : t('plans.added', { procedure: added }),
    )
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="plan-builder"
      aria-labelledby="plan-builder-heading"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <ChartPatterns />
      <h4 id="plan-builder-heading">{t('plans.builderHeading')}</h4>
      <p className="muted">{t('plans.builderIntro')}</p>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {catalogue.error != null && <ErrorAlert>{apiErrorMessage(catalogue.error, t)}</ErrorAlert>}
      <div className="plan-builder-grid">
        <fieldset
          name="teeth"
          className="plan-teeth"
          aria-invalid={form.errorFor('teeth') ? true : undefined}
          aria-describedby="plan-teeth-chosen"
          tabIndex={-1}
        >
          <legend>{t('plans.teeth')}</legend>
          <Odontogram
            dentition={shown.dentition}
            teeth={shown.teeth}
            marks={marks}
            selectedTooth={lastTooth}
            selectedTeeth={teeth}
            selectedSurfaces={[]}
            onSelectTooth={toggleTooth}
            onToggleSurface={(tooth) => toggleTooth(tooth)}
            describeTooth={(tooth) => describeTooth(tooth, findings, t)}
            label={t('plans.teethLabel')}
          />
          <p id="plan-teeth-chosen" className="muted" aria-live="polite">
            {teeth.size === 0
              ? t('plans.noTeethChosen')
              : t('plans.teethChosen', {
                  teeth: [...teeth].sort((a, b) => a - b).join(', '),
                })}
          </p>
          {form.errorFor('teeth') && <p className="field-error">{form.errorFor('teeth')}</p>}
        </fieldset>
        <div className="plan-builder-fields">
          <ProcedurePicker
            procedures={procedures}
            value={procedureId}
            onChange={(id) => {
              setProcedureId(id)
              setSite((current) => ({ ...current, surfaces: [] }))
            }}
            error={form.errorFor('procedureId')}
          />
          {procedure && !isToothModel && (
            <p className="muted">{t(`plans.modelHint.${procedure.pricingModel}` as MessageKey)}</p>
          )}
          <SiteFields
            procedure={procedure}
            site={site}
            onChange={setSite}
            errorFor={form.errorFor}
          />
          <div className="button-row">
            <button type="submit" disabled={form.isSending}>
              {form.isSending ? t('form.sending') : t('plans.addItems')}
            </button>
          </div>
        </div>
      </div>
    </form>
  )
}
