import { useState } from 'react'
import { type Finding, REMOVAL_REASONS } from '../../../../shared/contracts/chart.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { findingText } from './chart-marks.ts'

export interface ToothFindingsProps {
  tooth: number
  findings: readonly Finding[]
  /** False when viewing the past or without chart entry rights: nothing can be changed. */
  isWritable: boolean
  onComplete: (finding: Finding) => Promise<void>
  onCorrect: (finding: Finding) => void
  onRemove: (finding: Finding, reason: (typeof REMOVAL_REASONS)[number]) => Promise<void>
}

/** The selected tooth's live findings, each with what may be done to it. */
export function ToothFindings(props: ToothFindingsProps) {
  const t = useT()
  const [error, setError] = useState<string | null>(null)
  const [removing, setRemoving] = useState<Finding | null>(null)
  const own = props.findings.filter((finding) => finding.tooth === props.tooth)

  const complete = async (finding: Finding) => {
    setError(null)
    try {
      await props.onComplete(finding)
    } catch (failure) {
      setError(apiErrorMessage(failure, t))
    }
  }

  return (
    <section className="tooth-findings" aria-labelledby="tooth-findings-heading">
      <h4 id="tooth-findings-heading">{t('chart.liveFindings')}</h4>
      <ErrorAlert>{error}</ErrorAlert>
      {own.length === 0 ? (
        <p className="muted">{t('chart.noFindings')}</p>
      ) : (
        <ul className="tooth-finding-list">
          {own.map((finding) => {
            const text = findingText(finding, t)
            return (
              <li key={finding.id}>
                <span className={`finding-text status-${finding.status}`}>{text}</span>
                {finding.note && <span className="history-note">{finding.note}</span>}
                {props.isWritable && (
                  <span className="button-row">
                    {finding.status === 'planned' && (
                      <button
                        type="button"
                        className="button-small"
                        aria-label={t('chart.markCompletedLabel', { finding: text })}
                        onClick={() => void complete(finding)}
                      >
                        {t('chart.markCompleted')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('chart.correctLabel', { finding: text })}
                      onClick={() => props.onCorrect(finding)}
                    >
                      {t('chart.correct')}
                    </button>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('chart.removeLabel', { finding: text })}
                      onClick={() => setRemoving(finding)}
                    >
                      {t('chart.remove')}
                    </button>
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <RemoveDialog
        finding={removing}
        onClose={() => setRemoving(null)}
        onRemove={props.onRemove}
      />
    </section>
  )
}

/** Asks why a finding comes off the chart: the reason stays in the tooth's history. */
function RemoveDialog(props: {
  finding: Finding | null
  onClose: () => void
  onRemove: ToothFindingsProps['onRemove']
}) {
  const t = useT()
  const [reason, setReason] = useState<(typeof REMOVAL_REASONS)[number]>('charted_in_error')
  const [error, setError] = useState<string | null>(null)
  const [isSending, setSending] = useState(false)
  const { finding } = props
  const close = () => {
    setError(null)
    props.onClose()
  }
  const remove = async () => {
    if (!finding) return
    setSending(true)
    setError(null)
    try {
      await props.onRemove(finding, reason)
      props.onClose()
    } catch (failure) {
      setError(apiErrorMessage(failure, t))
    } finally {
      setSending(false)
    }
  }
  return (
    <ModalDialog
      isOpen={finding !== null}
      title={t('chart.removeTitle', { tooth: String(finding?.tooth ?? '') })}
      onClose={close}
    >
      {finding && <p>{t('chart.removeBody', { finding: findingText(finding, t) })}</p>}
      <RadioGroupField
        legend={t('chart.removeReason')}
        name="reason"
        value={reason}
        options={REMOVAL_REASONS.map((value) => ({
          value,
          label: t(`chart.reason.${value}` as MessageKey),
        }))}
        onChange={(value) => setReason(value as (typeof REMOVAL_REASONS)[number])}
      />
      <ErrorAlert>{error}</ErrorAlert>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={close}>
          {t('form.cancel')}
        </button>
        <button type="button" className="button-danger" onClick={remove} disabled={isSending}>
          {t('chart.remove')}
        </button>
      </div>
    </ModalDialog>
  )
}
