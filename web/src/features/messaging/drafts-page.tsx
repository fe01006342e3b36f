import { useState } from 'react'
import { z } from 'zod'
import {
  type ClickToChatDraft,
  ClickToChatDraftSchema,
} from '../../../../shared/contracts/messaging.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import './messaging.css'

export const DRAFTS_PATH = '/messaging/drafts'
const DraftListSchema = z.array(ClickToChatDraftSchema)

/**
 * /messaging/drafts: today's click-to-chat messages for the front desk, owners and admins
 * (messaging.reply), for clinics that send from their own WhatsApp. Each opens in WhatsApp with
 * its text; once sent there, Mark sent takes it off the list. An audited read (names, numbers
 * and texts), asked for once on opening and again only on Refresh.
 */
export function DraftsPage() {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const cache = useApiCache()
  const drafts = useApiQuery(DRAFTS_PATH, { schema: DraftListSchema, isAuditedRead: true })
  const [marking, setMarking] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)

  const markSent = (draft: ClickToChatDraft) => {
    setDone(null)
    setFailure(null)
    setMarking(draft.messageId)
    api(`${DRAFTS_PATH}/${draft.messageId}/sent`, { method: 'POST' })
      .then(() => {
        cache.set<ClickToChatDraft[]>(DRAFTS_PATH, (now) =>
          now?.filter((each) => each.messageId !== draft.messageId),
        )
        setDone(t('drafts.marked', { name: draft.patientName }))
      })
      .catch((error: unknown) => {
        setFailure(error)
        // The visit changed or consent was withdrawn: the list as it now stands says so.
        void drafts.refetch()
      })
      .finally(() => setMarking(null))
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('drafts.title')} intro={t('drafts.intro')} />
      <section className="card section-gap" aria-labelledby="drafts-heading">
        <div className="page-heading-row">
          <h2 id="drafts-heading">{t('drafts.heading')}</h2>
          <button
            type="button"
            className="button-secondary"
            onClick={() => void drafts.refetch()}
            disabled={drafts.isFetching}
          >
            {t('messages.refresh')}
          </button>
        </div>
        <StatusMessage>{done}</StatusMessage>
        {failure != null && <ErrorAlert>{errorText(failure, t)}</ErrorAlert>}
        {drafts.error != null && <ErrorAlert>{errorText(drafts.error, t)}</ErrorAlert>}
        {drafts.data === undefined && drafts.error == null && (
          <p role="status">{t('drafts.loading')}</p>
        )}
        {drafts.data?.length === 0 && <p className="muted">{t('drafts.empty')}</p>}
        {drafts.data && drafts.data.length > 0 && (
          <ul className="draft-list">
            {drafts.data.map((draft) => (
              <li key={draft.messageId} className="draft">
                <article aria-labelledby={`draft-${draft.messageId}`}>
                  <h3 id={`draft-${draft.messageId}`}>{draft.patientName}</h3>
                  <p className="muted draft-meta">
                    {t(`messages.kind.${draft.kind}`)} ·{' '}
                    {t('drafts.due', { time: formatDateTime(draft.dueAt, zone) })} ·{' '}
                    {t(`drafts.language.${draft.language}`)}
                  </p>
                  <p className="draft-text" lang={draft.language}>
                    {draft.text}
                  </p>
                  <div className="button-row">
                    <a
                      href={draft.link}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-describedby={`draft-${draft.messageId}`}
                    >
                      {t('drafts.open')}
                    </a>
                    <button
                      type="button"
                      onClick={() => markSent(draft)}
                      disabled={marking !== null}
                      aria-describedby={`draft-${draft.messageId}`}
                    >
                      {marking === draft.messageId ? t('form.sending') : t('drafts.markSent')}
                    </button>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  )
}
