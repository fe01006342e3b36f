import { WhatsAppOutboxSchema } from '../../../../shared/contracts/dev-outbox.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { useSession } from '../auth/use-session.ts'

export const WHATSAPP_OUTBOX_PATH = '/dev/outbox/whatsapp'

/**
 * Development only: the WhatsApp messages a server without a WhatsApp provider would have sent
 * to the signed-in owner's or admin's patients, numbers masked by the server. Nothing is shown
 * where messages go to a real provider (404).
 */
export function WhatsAppSection() {
  const t = useT()
  const { state } = useSession()
  // Only an owner or admin may read it (the server says 401 or 403 to anyone else): not asked
  // for otherwise, so the page makes no request bound to fail.
  const me = state.kind === 'signed-in' ? state.me : undefined
  const mayRead =
    me !== undefined && (me.role === 'owner' || me.role === 'admin') && !me.mustEnrolTwoFactor
  const outbox = useApiQuery(WHATSAPP_OUTBOX_PATH, {
    schema: WhatsAppOutboxSchema,
    enabled: mayRead,
  })
  const status = outbox.error instanceof ApiError ? outbox.error.status : undefined
  if (status === 404 || (me !== undefined && !mayRead)) return null

  return (
    <section className="section-gap" aria-labelledby="whatsapp-heading">
      <h2 id="whatsapp-heading">{t('outbox.whatsappHeading')}</h2>
      <p className="muted">{t('outbox.whatsappIntro')}</p>
      {!mayRead || status === 401 ? (
        <p className="alert alert-info">{t('outbox.whatsappSignIn')}</p>
      ) : outbox.error != null ? (
        <ErrorAlert>{errorText(outbox.error, t)}</ErrorAlert>
      ) : outbox.data === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : outbox.data.length === 0 ? (
        <p className="muted">{t('outbox.whatsappEmpty')}</p>
      ) : (
        outbox.data.map((message) => (
          <article
            key={message.id}
            className="card email"
            aria-labelledby={`whatsapp-${message.id}`}
          >
            <h3 id={`whatsapp-${message.id}`}>{t('outbox.whatsappMessage', { to: message.to })}</h3>
            <dl className="email-meta">
              <div>
                <dt>{t('outbox.sent')}</dt>
                <dd>{formatDateTime(message.createdAt)}</dd>
              </div>
            </dl>
            <div className="email-body">{message.text}</div>
            {message.document && (
              <p>
                <a href={message.document.url} target="_blank" rel="noreferrer">
                  {t('outbox.whatsappDocument', { filename: message.document.filename })}
                </a>
              </p>
            )}
          </article>
        ))
      )}
    </section>
  )
}
