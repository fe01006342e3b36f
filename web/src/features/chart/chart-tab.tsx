import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import {
  ChartSchema,
  type Finding,
  FindingSchema,
  type NewFinding,
  type RemoveFinding,
} from '../../../../shared/contracts/chart.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { issueText } from '../../lib/error-text.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { apiErrorMessage, useForm } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import type { AsOf } from './as-of-day.ts'
import { AsOfForm } from './as-of-form.tsx'
import { actionFor, isOwnKeyTarget, typeToothDigit } from './chart-keys.ts'
import { ChartLegend, ChartPatterns } from './chart-legend.tsx'
import { describeTooth, findingText, marksOf, toothName, visibleTeeth } from './chart-marks.ts'
import { ChartShortcuts } from './chart-shortcuts.tsx'
import {
  checkDraft,
  chooseKind,
  draftOf,
  emptyDraft,
  type FindingDraft,
  selectTooth,
  toggleSurface,
} from './finding-draft.ts'
import { FindingForm } from './finding-form.tsx'
import { HiddenTeeth } from './hidden-teeth.tsx'
import { Odontogram } from './odontogram.tsx'
import type { Dentition } from './odontogram-layout.ts'
import { ToothFindings } from './tooth-findings.tsx'
import { ToothHistory } from './tooth-history.tsx'

const DENTITIONS: readonly Dentition[] = ['permanent', 'primary', 'mixed']
/** A first digit waits this long for the second before it is forgotten. */
const DIGIT_WAIT_MS = 2000

/**
 * The dental chart: the odontogram, the selected tooth's findings, charting form and history,
 * the chart as of a past date (read-only), keyboard shortcuts and a legend. Only people with
 * chart entry rights on this patient (`canChart`) can change anything; the API refuses the rest.
 */
export function ChartTab({ patientId, canChart, canSign }: ClinicalTabProps) {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const chartBase = `/patients/${patientId}/chart`
  const [asOf, setAsOf] = useState<AsOf | null>(null)
  const chartPath = asOf ? `${chartBase}?asOf=${encodeURIComponent(asOf.instant)}` : chartBase
  // Each load is recorded in the audit log as a read of the chart.
  const read = useApiQuery(chartPath, { schema: ChartSchema, isAuditedRead: true })
  const findings = read.data?.findings ?? null
  const cache = useApiCache()
  const form = useForm()
  const [preferred, setPreferred] = useState<Dentition>('permanent')
  const [present, setPresent] = useState<ReadonlySet<number>>(new Set())
  const [draft, setDraft] = useState<FindingDraft>(emptyDraft())
  const [correcting, setCorrecting] = useState<Finding | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [shortcutsOn, setShortcutsOn] = useState(true)
  // An object, so asking again for the same tooth focuses it again.
  const [focusRequest, setFocusRequest] = useState<{ tooth: number } | null>(null)
  const pendingDigit = useRef({ digit: '', at: 0 })
  const workspace = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const isWritable = canChart && asOf === null
  const tooth = draft.tooth

  const shown = useMemo(() => {
    const charted = new Set((findings ?? []).map((finding) => finding.tooth))
    const withSelected = tooth === null ? present : new Set([...present, tooth])
    return visibleTeeth(preferred, charted, withSelected)
  }, [findings, preferred, present, tooth])
  const marks = useMemo(() => marksOf(findings ?? [], t), [findings, t])

  // A tooth chosen by typing its number takes focus, so the arrow keys carry on from there.
  useEffect(() => {
    if (focusRequest === null) return
    const selector = `[data-tooth="${focusRequest.tooth}"]`
    workspace.current?.querySelector<HTMLElement>(selector)?.focus()
  }, [focusRequest])

  const choose = (next: number) => {
    setDraft((current) => selectTooth(current, next))
    if (draft.tooth !== next) setCorrecting(null)
    form.showErrors(null)
  }
  const clear = () => {
    setCorrecting(null)
    form.showErrors(null)
    setDraft((current) =>
      // A second Esc, with nothing left to clear, lets go of the tooth.
      current.kind === null && current.surfaces.length === 0 && correcting === null
        ? emptyDraft()
        : { ...emptyDraft(current.tooth), status: current.status },
    )
  }

  const afterChange = async (message: string) => {
    await cache.invalidate(chartBase)
    setStatus(message)
  }
  const post = (path: string, body?: NewFinding | RemoveFinding) =>
    api(`${chartBase}${path}`, { method: 'POST', body, schema: FindingSchema })

  const save = async () => {
    const checked = checkDraft(draft)
    if (!checked.body) return
    const saved = correcting
      ? await post(`/findings/${correcting.id}/supersede`, checked.body)
      : await post('/findings', checked.body)
    let message = correcting
      ? t('chart.corrected', { tooth: String(saved.tooth) })
      : t('chart.saved', { finding: findingText(saved, t), tooth: String(saved.tooth) })
    if (draft.status === 'completed') {
      // Done here today: charted as planned, then marked completed, so the API records who did it.
      try {
        const completed = await post(`/findings/${saved.id}/complete`)
        message = correcting
          ? message
          : t('chart.saved', { finding: findingText(completed, t), tooth: String(saved.tooth) })
      } catch (failure) {
        message = t('chart.savedButNotCompleted', { reason: apiErrorMessage(failure, t) })
      }
    }
    setCorrecting(null)
    setDraft({ ...emptyDraft(saved.tooth), status: draft.status })
    await afterChange(message)
  }
  const validate = () => {
    const checked = checkDraft(draft)
    const errors: Record<string, string> = {}
    // Said exactly as the API's refusal of the same field would be (lib/error-text.ts).
    for (const issue of checked.issues ?? []) errors[issue.field] ??= issueText(issue, t)
    return errors
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!shortcutsOn || isOwnKeyTarget(event.target)) return
    // A dialog (removing a finding) keeps its own keys: Escape closes it, not the draft.
    if ((event.target as Element).closest('dialog')) return
    const action = actionFor(event)
    if (!action) return
    if (action.type === 'digit') {
      const now = Date.now()
      const waiting =
        now - pendingDigit.current.at < DIGIT_WAIT_MS ? pendingDigit.current.digit : ''
      const typed = typeToothDigit(waiting, action.digit)
      pendingDigit.current = { digit: typed.pending, at: now }
      event.preventDefault()
      if (typed.tooth !== null) {
        choose(typed.tooth)
        setFocusRequest({ tooth: typed.tooth })
      }
      return
    }
    if (action.type === 'cancel') {
      event.preventDefault()
      clear()
      return
    }
    if (!isWritable || tooth === null) return
    if (action.type === 'save') {
      // Enter keeps its own meaning on buttons, links and the disclosure, except on the
      // selected tooth (which is already chosen), where it saves.
      const target = event.target as HTMLElement
      const onSelectedTooth = target.dataset.tooth === String(tooth)
      if (!onSelectedTooth && target.closest('button, a, summary')) return
      event.preventDefault()
      formRef.current?.requestSubmit()
      return
    }
    event.preventDefault()
    if (action.type === 'surface') setDraft(toggleSurface(draft, action.surface))
    if (action.type === 'kind') setDraft(chooseKind(draft, action.kind))
    if (action.type === 'status') setDraft({ ...draft, status: action.status })
  }

  if (read.error !== null && findings === null) {
    return (
      <section className="card section-gap" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('chart.heading')}</h2>
        <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>
      </section>
    )
  }

  return (
    <section className="card section-gap chart-tab" aria-labelledby="chart-heading">
      <ChartPatterns />
      <h2 id="chart-heading">{t('chart.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <div className="chart-toolbar">
        <RadioGroupField
          legend={t('chart.dentition')}
          name="dentition"
          value={preferred}
          isInline
          options={DENTITIONS.map((value) => ({ value, label: t(`chart.dentition.${value}`) }))}
          onChange={(value) => setPreferred(value as Dentition)}
        />
        {preferred === 'mixed' && (
          <HiddenTeeth
            shown={shown.teeth}
            onShow={(next) => {
              setPresent(new Set([...present, next]))
              choose(next)
              setFocusRequest({ tooth: next })
            }}
          />
        )}
        <AsOfForm
          zone={zone}
          asOf={asOf}
          onChange={(next) => {
            setAsOf(next)
            setCorrecting(null)
            setStatus(null)
          }}
        />
      </div>
      {asOf && (
        <p className="chart-as-of-banner" role="status">
          {t('chart.asOfBanner', { date: formatDate(asOf.date) })}
        </p>
      )}
      {!canChart && <p className="muted">{t('chart.readOnly')}</p>}
      {read.error !== null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {findings === null ? (
        <p role="status">{t('chart.loadingChart')}</p>
      ) : (
        // biome-ignore lint/a11y/noStaticElementInteractions: keys from the buttons and fields inside bubble here; it is not itself a control
        <div className="chart-workspace" ref={workspace} onKeyDown={onKeyDown}>
          <div className="chart-main">
            {findings.length === 0 && (
              <p className="muted">{asOf ? t('chart.emptyChartAsOf') : t('chart.emptyChart')}</p>
            )}
            <Odontogram
              dentition={shown.dentition}
              teeth={shown.teeth}
              marks={marks}
              selectedTooth={tooth}
              selectedSurfaces={draft.surfaces}
              onSelectTooth={choose}
              onToggleSurface={(_tooth, surface) => {
                if (isWritable) setDraft(toggleSurface(draft, surface))
              }}
              describeTooth={(each) => describeTooth(each, findings, t)}
              label={t('chart.chartLabel')}
            />
            {shown.dentition === 'mixed' && preferred !== 'mixed' && (
              <p className="muted">{t('chart.mixedNote')}</p>
            )}
            <ChartLegend />
          </div>
          <aside className="chart-panel" aria-labelledby="chart-panel-heading">
            {tooth === null ? (
              <p id="chart-panel-heading" className="muted">
                {t('chart.chooseTooth')}
              </p>
            ) : (
              <>
                <h3 id="chart-panel-heading">
                  {t('chart.panelHeading', { tooth: String(tooth) })}{' '}
                  <span className="muted">{toothName(tooth, t)}</span>
                </h3>
                <ToothFindings
                  tooth={tooth}
                  findings={findings}
                  isWritable={isWritable}
                  onComplete={async (finding) => {
                    const completed = await post(`/findings/${finding.id}/complete`)
                    await afterChange(
                      t('chart.completedStatus', {
                        finding: findingText(finding, t),
                        tooth: String(completed.tooth),
                      }),
                    )
                  }}
                  onCorrect={(finding) => {
                    setCorrecting(finding)
                    setDraft(draftOf(finding))
                    form.showErrors(null)
                  }}
                  onRemove={async (finding, reason) => {
                    await post(`/findings/${finding.id}/remove`, { reason })
                    if (correcting?.id === finding.id) clear()
                    await afterChange(t('chart.removedStatus', { tooth: String(finding.tooth) }))
                  }}
                />
                {isWritable && (
                  <FindingForm
                    formRef={formRef}
                    draft={draft}
                    onChange={setDraft}
                    form={form}
                    onSave={save}
                    onValidate={validate}
                    onClear={clear}
                    isCorrection={correcting !== null}
                    heading={
                      correcting
                        ? t('chart.correctFinding', { finding: findingText(correcting, t) })
                        : t('chart.newFinding')
                    }
                  />
                )}
                {canSign && asOf === null && (
                  // Treatment for this tooth goes on the plan tab (features/plans), chosen there.
                  <p>
                    <Link to={`/patients/${patientId}?tab=plans&tooth=${tooth}`}>
                      {t('plans.planTreatment', { tooth: String(tooth) })}
                    </Link>
                  </p>
                )}
                <ToothHistory patientId={patientId} tooth={tooth} zone={zone} />
              </>
            )}
          </aside>
        </div>
      )}
      <ChartShortcuts isOn={shortcutsOn} onToggle={setShortcutsOn} />
    </section>
  )
}
