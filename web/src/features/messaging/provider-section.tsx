import { useId, useState } from 'react'
import {
  type MessagingProvider,
  MessagingProviderSchema,
} from '../../../../shared/contracts/messaging.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { CopyField } from './copy-field.tsx'
import { PROVIDER_PATH, ProviderForm } from './provider-form.tsx'

type Connection = NonNullable<MessagingProvider['connection']>

/**
 * Who sends the clinic's WhatsApp messages (owners and admins: messaging.manage): the shared
 * sender, or the clinic's own Meta, Interakt or Wati account, with the webhook address to paste
 * into it, a form to connect or replace it, and Disconnect.
 */
export function ProviderSection() {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const cache = useApiCache()
  const provider = useApiQuery(PROVIDER_PATH, { schema: MessagingProviderSchema })
  const connectId = useId()
  const [notice, setNotice] = useState<string | null>(null)
  const [isReplacing, setReplacing] = useState(false)
  const [isConfirming, setConfirming] = useState(false)

  const show = (now: MessagingProvider, message: string) => {
    cache.set(PROVIDER_PATH, now)
    setReplacing(false)
    setNotice(message)
  }
  const disconnect = async () => {
    const now = await api(PROVIDER_PATH, { method: 'DELETE', schema: MessagingProviderSchema })
    show(now, t('sender.disconnected'))
  }

  const sender = provider.data
  const connection = sender?.connection ?? null
  const isFormShown = sender !== undefined && (connection === null || isReplacing)
  return (
    <section className="card card-narrow section-gap" aria-labelledby="sender-heading">
      <h2 id="sender-heading">{t('sender.heading')}</h2>
      <p>{t('sender.intro')}</p>
      <StatusMessage>{notice}</StatusMessage>
      {!sender ? (
        provider.error ? (
          <ErrorAlert>{errorText(provider.error, t)}</ErrorAlert>
        ) : (
          <p role="status">{t('sender.loading')}</p>
        )
      ) : (
        <p className="sender-now">
          <strong>{t('sender.now')}</strong>{' '}
          {connection
            ? t('sender.clinic', {
                label: connection.label,
                time: formatDateTime(connection.testedAt, zone),
              })
            : t(sender.sender === 'outbox' ? 'sender.outbox' : 'sender.shared')}
        </p>
      )}
      {connection && (
        <>
          <ConnectionDetails connection={connection} />
          <div className="button-row">
            <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
              {t('sender.disconnect')}
            </button>
            {!isReplacing && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setNotice(null)
                  setReplacing(true)
                }}
              >
                {t('sender.replace')}
              </button>
            )}
          </div>
          <ConfirmDialog
            isOpen={isConfirming}
            title={t('sender.disconnectTitle')}
            body={t('sender.disconnectBody')}
            confirmLabel={t('sender.disconnect')}
            onConfirm={disconnect}
            onClose={() => setConfirming(false)}
          />
        </>
      )}
      {isFormShown && (
        <div className="section-gap">
          <h3 id={connectId} className="settings-subheading">
            {t('sender.connectHeading')}
          </h3>
          <ProviderForm
            headingId={connectId}
            onConnected={(saved, mobile) => show(saved, t('sender.connected', { mobile }))}
            onCancel={isReplacing ? () => setReplacing(false) : undefined}
          />
        </div>
      )}
    </section>
  )
}

/** What to paste into the provider so delivery ticks and replies come back to the clinic. */
function ConnectionDetails({ connection }: { connection: Connection }) {
  const t = useT()
  return (
    <div className="sender-webhook">
      <p>{t(`sender.instructions.${connection.provider}`)}</p>
      <CopyField label={t('sender.webhookUrl')} value={connection.webhookUrl} />
      {connection.verifyToken && (
        <CopyField label={t('sender.verifyToken')} value={connection.verifyToken} />
      )}
      <p className="field-hint">{t('sender.webhookNote')}</p>
    </div>
  )
}
