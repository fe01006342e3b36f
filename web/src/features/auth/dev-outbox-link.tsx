import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'

/**
 * Development installs without SMTP keep emails in a local outbox. The link appears only when
 * the server answers for it, so production sign-in pages never mention it.
 */
export function DevOutboxLink() {
  const t = useT()
  const isAvailable = useApiQuery<unknown>('/dev/outbox').isSuccess

  if (!isAvailable) return null
  return (
    <p className="muted">
      <Link to="/dev/outbox">{t('outbox.title')}</Link> · {t('outbox.linkHint')}
    </p>
  )
}
