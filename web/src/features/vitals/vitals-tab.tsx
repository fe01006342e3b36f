import { type VitalsTrend, VitalsTrendSchema } from '../../../../shared/contracts/vitals.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { withEntry } from './trend-measures.ts'
import { TrendSection } from './trend-section.tsx'
import { VitalsForm } from './vitals-form.tsx'
import { VitalsTable } from './vitals-table.tsx'
import './vitals.css'

/**
 * The patient's vital signs: recording a set (assistants on the care team too), the trend of
 * one measure as a chart, and every reading in a table.
 */
export function VitalsTab({ patientId, canChart, onStatus }: ClinicalTabProps) {
  const t = useT()
  const trendPath = `/patients/${patientId}/vitals`
  // Each read is recorded in the audit log: once per opening of the tab, and a new entry is
  // added to what is shown rather than read again.
  const read = useApiQuery(trendPath, { schema: VitalsTrendSchema, isAuditedRead: true })
  const trend = read.data ?? null
  const cache = useApiCache()

  return (
    <section className="card section-gap vitals" aria-labelledby="vitals-heading">
      <h2 id="vitals-heading">{t('vitals.heading')}</h2>
      {canChart && (
        <VitalsForm
          patientId={patientId}
          onSending={() => onStatus(null)}
          onRecorded={(entry) => {
            cache.set<VitalsTrend>(trendPath, (current) => current && withEntry(current, entry))
            onStatus(t('vitals.saved'))
          }}
        />
      )}
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {trend === null && read.error == null && <p role="status">{t('app.loading')}</p>}
      {trend?.entries.length === 0 && <p className="muted">{t('vitals.empty')}</p>}
      {trend && trend.entries.length > 0 && (
        <>
          <TrendSection trend={trend} />
          <section aria-labelledby="vitals-readings-heading">
            <h3 id="vitals-readings-heading">{t('vitals.readingsHeading')}</h3>
            <VitalsTable entries={trend.entries} />
          </section>
        </>
      )}
    </section>
  )
}
