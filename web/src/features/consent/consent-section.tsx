import { useState } from 'react'
import { Link, useLocation } from 'react-router'
import { ConsentStateSchema } from '../../../../shared/contracts/consent.ts'
import { formatDate, formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import {
  type CaptureChannel,
  type ConsentItem,
  type ConsentState,
  captureChannels,
  channelLabelKey,
  consentItems,
  currentNoticeVersion,
  itemLabelKey,
  itemStatus,
} from './consent-api.ts'

/** Set by the capture screen when it hands back to the patient page. */
export interface ConsentFlash {
  consentRecorded?: boolean
}

/** The patient's consent on their page: each item's state, the history, and withdrawal. */
export function ConsentSection({ patientId, canWrite }: { patientId: string; canWrite: boolean }) {
  const t = useT()
  const location = useLocation()
  const consentPath = `/patients/${patientId}/consent`
  const read = useApiQuery(consentPath, { schema: ConsentStateSchema })
  const consent = read.data ?? null
  const error = read.error ?? null
  const cache = useApiCache()
  const [status, setStatus] = useState<string | null>(() =>
    (location.state as ConsentFlash | null)?.consentRecorded ? t('consent.recorded') : null,
  )
  const [withdrawing, setWithdrawing] = useState<ConsentItem | null>(null)

  const version = consent ? currentNoticeVersion(consent) : null
  return (
    <section className="card section-gap consent-section" aria-labelledby="consent-heading">
      <div className="page-heading-row">
        <h2 id="consent-heading">{t('consent.heading')}</h2>
        {canWrite && (
          <Link className="button-link-primary" to={`/patients/${patientId}/consent`}>
            {t('consent.record')}
          </Link>
        )}
      </div>
      <StatusMessage>{status}</StatusMessage>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      {consent === null && error === null && <p role="status">{t('app.loading')}</p>}
      {consent && (
        <>
          {version !== null ? (
            <p className="muted">{t('consent.noticeVersion', { version: String(version) })}</p>
          ) : (
            <p className="muted">{t('consent.noneYet')}</p>
          )}
          <table className="consent-items">
            <thead>
              <tr>
                <th scope="col">{t('consent.item')}</th>
                <th scope="col">{t('consent.state')}</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">{t('consent.withdraw')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {consentItems.map((item) => {
                const state = consent.items[item]
                return (
                  <tr key={item} data-item={item}>
                    <th scope="row">{t(itemLabelKey(item))}</th>
                    <td>
                      <ItemStateText consent={consent} item={item} />
                    </td>
                    {canWrite && (
                      <td>
                        {state?.isGranted && (
                          <button
                            type="button"
                            className="button-secondary"
                            aria-label={t('consent.withdrawItem', { item: t(itemLabelKey(item)) })}
                            onClick={() => {
                              setStatus(null)
                              setWithdrawing(item)
                            }}
                          >
                            {t('consent.withdraw')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                )
              })}
            </tbody>
          </table>
          {consent.history.length > 0 && (
            <>
              <h3>{t('consent.historyHeading')}</h3>
              <ul className="consent-history">
                {consent.history.map((event) => (
                  <li key={event.id}>
                    <span className="identifier">{formatDateTime(event.capturedAt)}</span>
                    {' · '}
                    <strong>{t(`consent.action.${event.action}`)}</strong>
                    {' · '}
                    {event.capturedBy ??
                      t(
                        event.captureChannel === 'whatsapp_reply'
                          ? 'consent.byPatient'
                          : 'consent.unknownStaff',
                      )}
                    {' · '}
                    {t(channelLabelKey(event.captureChannel))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <WithdrawDialog
        patientId={patientId}
        item={withdrawing}
        onClose={() => setWithdrawing(null)}
        onWithdrawn={(next, item) => {
          cache.set(consentPath, next)
          setStatus(t('consent.withdrawn', { item: t(itemLabelKey(item)) }))
        }}
      />
    </section>
  )
}

function ItemStateText({ consent, item }: { consent: ConsentState; item: ConsentItem }) {
  const t = useT()
  const status = itemStatus(consent, item)
  if (status.kind === 'granted') {
    return <span className="consent-granted">{t('consent.granted')}</span>
  }
  if (status.kind === 'withdrawn') {
    return (
      <span className="consent-withdrawn">
        {t('consent.withdrawnOn', { date: formatDate(status.on) })}
      </span>
    )
  }
  return <span className="muted">{t('consent.notGiven')}</span>
}

function WithdrawDialog({
  patientId,
  item,
  onClose,
  onWithdrawn,
}: {
  patientId: string
  item: ConsentItem | null
  onClose: () => void
  onWithdrawn: (state: ConsentState, item: ConsentItem) => void
}) {
  const t = useT()
  const [channel, setChannel] = useState<CaptureChannel>('patient_request')
  const [isSending, setSending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const label = item ? t(itemLabelKey(item)) : ''

  const close = () => {
    setError(null)
    setChannel('patient_request')
    onClose()
  }
  const withdraw = async () => {
    if (!item) return
    setSending(true)
    setError(null)
    try {
      const next = await api(`/patients/${patientId}/consent/withdraw`, {
        schema: ConsentStateSchema,
        method: 'POST',
        body: { items: [item], captureChannel: channel },
      })
      onWithdrawn(next, item)
      close()
    } catch (failure) {
      setError(failure)
    } finally {
      setSending(false)
    }
  }

  return (
    <ModalDialog
      isOpen={item !== null}
      title={t('consent.withdrawTitle', { item: label })}
      onClose={close}
    >
      <p>{t('consent.withdrawBody')}</p>
      <SelectField
        label={t('consent.channel')}
        name="captureChannel"
        value={channel}
        onChange={(value) => setChannel(value as CaptureChannel)}
      >
        {captureChannels.map((option) => (
          <option key={option} value={option}>
            {t(channelLabelKey(option))}
          </option>
        ))}
      </SelectField>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={close}>
          {t('form.cancel')}
        </button>
        <button type="button" className="button-danger" onClick={withdraw} disabled={isSending}>
          {t('consent.withdrawConfirm')}
        </button>
      </div>
    </ModalDialog>
  )
}
