import { useEffect, useId, useState } from 'react'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import type { Patient } from '../../lib/api-types.ts'

/**
 * Shown instead of the tabs on a record merged into another: nothing should be added here any
 * more, so the page points to the record that replaced it. Its number is looked up so staff can
 * say it; if that fails, the link still works.
 */
export function MergedRecord({ mergedIntoId }: { mergedIntoId: string }) {
  const t = useT()
  const headingId = useId()
  const [number, setNumber] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    api<Patient>(`/patients/${mergedIntoId}`, { signal: controller.signal })
      .then((kept) => setNumber(kept.patientNumber))
      .catch(() => setNumber(null))
    return () => controller.abort()
  }, [mergedIntoId])

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
