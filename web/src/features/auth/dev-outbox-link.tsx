import { Link } from 'react-router'
import { z } from 'zod'
import { OutboxMessageSchema } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'

const OutboxSchema = z.array(OutboxMessageSchema)

/**
 * Development installs without SMTP keep emails in a local outbox. The link appears only when
 * the server answers for it, so production sign-in pages never mention it.
 */
export function DevOutboxLink() {
  const t = useT()
  const isAvailable = useApiQuery('/dev/outbox', { schema: OutboxSchema }).isSuccess

  if (!isAvailable) return null
  return (
    <p className="muted">
      <Link to="/dev/outbox">{t('outbox.title')}</Link> · {t('outbox.linkHint')}
    </p>
  )
}
