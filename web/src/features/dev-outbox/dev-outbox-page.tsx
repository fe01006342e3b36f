import { useCallback, useEffect, useState } from 'react'
import { Link } from 'react-router'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import type { OutboxMessage } from '../../lib/api-types.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { PageTitle } from '../../ui/page-title.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { linkify } from './linkify.tsx'

type OutboxState =
  | { kind: 'loading' }
  | { kind: 'loaded'; messages: OutboxMessage[] }
  | { kind: 'disabled' }
  | { kind: 'failed'; message: string }

/**
 * Development only: the emails a server without SMTP would have sent, so invitation and reset
 * links can be followed on a single machine.
 */
export function DevOutboxPage() {
  const t = useT()
  const [state, setState] = useState<OutboxState>({ kind: 'loading' })

  const load = useCallback(
    (signal?: AbortSignal) => {
      api<OutboxMessage[]>('/dev/outbox', { signal })
        .then((messages) => {
          const newestFirst = [...messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          setState({ kind: 'loaded', messages: newestFirst })
        })
        .catch((error: unknown) => {
          if (signal?.aborted) return
          if (error instanceof ApiError && error.status === 404) setState({ kind: 'disabled' })
          else setState({ kind: 'failed', message: apiErrorMessage(error, t) })
        })
    },
    [t],
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

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
      <p>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </section>
  )
}
