import { useState } from 'react'
import { type ChainReport, ChainReportSchema } from '../../../../shared/contracts/audit.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'

/** Recomputes the clinic's audit hash chain on the server and says whether it is intact. */
export function ChainCheck() {
  const t = useT()
  const [isChecking, setChecking] = useState(false)
  const [report, setReport] = useState<ChainReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  const check = async () => {
    setChecking(true)
    setError(null)
    setReport(null)
    try {
      setReport(await api('/audit/verify', { method: 'POST', schema: ChainReportSchema }))
    } catch (failure) {
      setError(apiErrorMessage(failure, t))
    } finally {
      setChecking(false)
    }
  }

  return (
    <section className="card chain-check" aria-labelledby="chain-heading">
      <div className="chain-check-head">
        <div>
          <h2 id="chain-heading">{t('audit.chainHeading')}</h2>
          <p className="muted">{t('audit.chainIntro')}</p>
        </div>
        <button type="button" onClick={check} disabled={isChecking}>
          {isChecking ? t('audit.checking') : t('audit.check')}
        </button>
      </div>
      <div aria-live="polite">
        {report?.isIntact && (
          <p className="alert alert-success">
            {t('audit.intact', { count: String(report.checked) })}
            {report.unsealed > 0 && ` ${t('audit.unsealed', { count: String(report.unsealed) })}`}
          </p>
        )}
      </div>
      {report && !report.isIntact && (
        <ErrorAlert>
          {t('audit.broken', {
            seq: String(report.firstBroken?.chainSeq ?? '?'),
            event: String(report.firstBroken?.eventId ?? '?'),
            reason: report.firstBroken?.reason ?? '',
          })}
        </ErrorAlert>
      )}
      <ErrorAlert>{error}</ErrorAlert>
    </section>
  )
}
