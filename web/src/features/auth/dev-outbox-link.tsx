import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'

/**
 * Development installs without SMTP keep emails in a local outbox. The link appears only when
 * the server answers for it, so production sign-in pages never mention it.
 */
export function DevOutboxLink() {
  const t = useT()
  const [isAvailable, setAvailable] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    fetch('/api/v1/dev/outbox', { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => setAvailable(response.ok))
      .catch(() => setAvailable(false))
    return () => controller.abort()
  }, [])

  if (!isAvailable) return null
  return (
    <p className="muted">
      <Link to="/dev/outbox">{t('outbox.title')}</Link> · {t('outbox.linkHint')}
    </p>
  )
}
