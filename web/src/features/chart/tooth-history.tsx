import { type Finding, ToothHistorySchema } from '../../../../shared/contracts/chart.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { findingText } from './chart-marks.ts'

/**
 * Every change ever made on one tooth, newest first, with who and when: findings are never
 * overwritten, only superseded (ADR 0015), so corrections and removals show here too.
 * Each opening is an audited read of the chart.
 */
export function ToothHistory(props: { patientId: string; tooth: number; zone: string }) {
  const t = useT()
  const read = useApiQuery(`/patients/${props.patientId}/chart/teeth/${props.tooth}/history`, {
    schema: ToothHistorySchema,
    isAuditedRead: true,
  })
  const entries = read.data?.entries ?? null
  return (
    <section className="tooth-history" aria-labelledby="tooth-history-heading">
      <h4 id="tooth-history-heading">
        {t('chart.historyHeading', { tooth: String(props.tooth) })}
      </h4>
      {read.error !== null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {entries === null && read.error === null && <p role="status">{t('app.loading')}</p>}
      {entries?.length === 0 && <p className="muted">{t('chart.historyEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="tooth-history-list">
          {entries.map((entry) => (
            <HistoryEntry key={entry.id} entry={entry} zone={props.zone} />
          ))}
        </ol>
      )}
    </section>
  )
}

function HistoryEntry({ entry, zone }: { entry: Finding; zone: string }) {
  const t = useT()
  const name = (who: string | null) => who ?? t('chart.someone')
  return (
    <li className={entry.supersededAt ? 'is-ended' : undefined}>
      <span className={`history-finding status-${entry.status}`}>{findingText(entry, t)}</span>
      {entry.note && <span className="history-note">{entry.note}</span>}
      <span className="muted">
        {t('chart.historyRecorded', {
          name: name(entry.recordedBy),
          date: formatDateTime(entry.recordedAt, zone),
        })}
      </span>
      {entry.supersededAt && entry.supersededReason && (
        <span className="muted">
          {t('chart.historyEnded', {
            reason: t(`chart.reason.${entry.supersededReason}` as MessageKey),
            name: name(entry.supersededBy),
            date: formatDateTime(entry.supersededAt, zone),
          })}
        </span>
      )}
    </li>
  )
}
