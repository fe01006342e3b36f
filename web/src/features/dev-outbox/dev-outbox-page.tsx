import { Link } from 'react-router'
import { z } from 'zod'
import { type OutboxMessage, OutboxMessageSchema } from '../../../../shared/contracts/auth.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { PageTitle } from '../../ui/page-title.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { linkify } from './linkify.tsx'
import { WhatsAppSection } from './whatsapp-section.tsx'

const OutboxSchema = z.array(OutboxMessageSchema)

type OutboxState =
  | { kind: 'loading' }
  | { kind: 'loaded'; messages: OutboxMessage[] }
  | { kind: 'disabled' }
  | { kind: 'failed'; message: string }

/**
 * Development only: the emails a server without SMTP would have sent, so invitation and reset
 * links can be followed on a single machine, and the WhatsApp messages of the reader's clinic.
 */
export function DevOutboxPage() {
  const t = useT()
  const cache = useApiCache()
  const outbox = useApiQuery('/dev/outbox', { schema: OutboxSchema })
  // Emails and WhatsApp messages alike: both are read from under /dev/outbox.
  const load = () => void cache.invalidate('/dev/outbox')
  const state: OutboxState = outbox.isError
    ? outbox.error instanceof ApiError && outbox.error.status === 404
      ? { kind: 'disabled' }
      : { kind: 'failed', message: apiErrorMessage(outbox.error, t) }
    : outbox.data
      ? {
          kind: 'loaded',
          messages: [...outbox.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
        }
      : { kind: 'loading' }

  return (
    <section className="page outbox-page" aria-labelledby="page-heading">
      <PageTitle title={t('outbox.title')} />
      <div className="page-heading-row">
        <h1 id="page-heading">{t('outbox.title')}</h1>
        <button type="button" className="button-secondary" onClick={() => load()}>
          {t('outbox.refresh')}
        </button>
      </div>
      <p className="muted page-intro">{t('outbox.intro')}</p>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'disabled' && <p className="alert alert-info">{t('outbox.disabled')}</p>}
      {state.kind === 'failed' && <ErrorAlert>{state.message}</ErrorAlert>}
      {state.kind === 'loaded' && state.messages.length === 0 && (
        <p className="muted">{t('outbox.empty')}</p>
      )}
      {state.kind === 'loaded' &&
        state.messages.map((message) => (
          <article key={message.id} className="card email" aria-labelledby={`email-${message.id}`}>
            <h2 id={`email-${message.id}`}>{message.subject}</h2>
            <dl className="email-meta">
              <div>
                <dt>{t('outbox.to')}</dt>
                <dd>{message.to}</dd>
              </div>
              <div>
                <dt>{t('outbox.sent')}</dt>
                <dd>{formatDateTime(message.createdAt)}</dd>
              </div>
            </dl>
            <div className="email-body">{linkify(message.text)}</div>
          </article>
        ))}
      <WhatsAppSection />
      <p>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </section>
  )
}
