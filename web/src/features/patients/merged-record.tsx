import { useId } from 'react'
import { Link } from 'react-router'
import { OpenedPatientSchema } from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'

/**
 * Shown instead of the tabs on a record merged into another: nothing should be added here any
 * more, so the page points to the record that replaced it. Its number is looked up so staff can
 * say it; if that fails, the link still works.
 */
export function MergedRecord({ mergedIntoId }: { mergedIntoId: string }) {
  const t = useT()
  const headingId = useId()
  // Opening the kept record is an audited read, like opening its page.
  const kept = useApiQuery(`/patients/${mergedIntoId}`, {
    schema: OpenedPatientSchema,
    isAuditedRead: true,
  })
  const number = kept.data?.patientNumber ?? null

  return (
    <section className="notice notice-warning" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('merged.heading')}</h2>
      <p>{number ? t('merged.body', { number }) : t('merged.bodyUnknown')}</p>
      <p>
        <Link to={`/patients/${mergedIntoId}`}>
          {number ? t('merged.open', { number }) : t('merged.openUnknown')}
        </Link>
      </p>
    </section>
  )
}
