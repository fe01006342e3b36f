import { Link, useSearchParams } from 'react-router'
import { z } from 'zod'
import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { errorText } from '../../lib/error-text.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { useMe } from '../auth/use-session.ts'
import { ConversationList } from './conversation-list.tsx'
import { ConversationPane } from './conversation-pane.tsx'
import { DRAFTS_PATH } from './drafts-page.tsx'
import { summaryOf } from './inbox-state.ts'
import { SETTINGS_PATH } from './messaging-settings-form.tsx'
import { useInbox } from './use-inbox.ts'
import './inbox.css'
import './messaging.css'

const PatientIdSchema = z.uuid()

/**
 * /messaging: the clinic's WhatsApp inbox (issue #14 item 7) for owners, admins and the front
 * desk (messaging.read). The patients who wrote, newest first, beside the open conversation
 * (?patient=…); on a phone, one or the other. Owners and admins reach the settings from here.
 */
export function InboxPage() {
  const t = useT()
  const me = useMe()
  const [params] = useSearchParams()
  const asked = params.get('patient')
  const patientId = asked && PatientIdSchema.safeParse(asked).success ? asked : null
  const { inbox, conversation, seenError, canReply, refresh, refreshInbox } = useInbox(patientId)
  const unread = inbox.data?.unread ?? 0

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('inbox.title')} intro={t('inbox.intro')} />
      <div className="page-heading-row inbox-tools">
        <button
          type="button"
          className="button-secondary"
          onClick={refresh}
          disabled={inbox.isFetching || conversation.isFetching}
        >
          {t('messages.refresh')}
        </button>
        {/* The front desk cannot read the settings, so the drafts are offered to whoever sends them. */}
        {can(me, 'messaging.reply') && <Link to={DRAFTS_PATH}>{t('drafts.link')}</Link>}
        {can(me, 'messaging.manage') && <Link to={SETTINGS_PATH}>{t('messaging.title')}</Link>}
      </div>
      {asked !== null && patientId === null && <ErrorAlert>{t('inbox.badAddress')}</ErrorAlert>}
      <div className={patientId ? 'inbox inbox-has-open' : 'inbox'}>
        <section className="card inbox-list" aria-labelledby="inbox-list-heading">
          <h2 id="inbox-list-heading">
            {t('inbox.listHeading')}
            {unread > 0 && (
              <span className="inbox-total">
                {' '}
                {t('inbox.unreadTotal', { count: String(unread) })}
              </span>
            )}
          </h2>
          {inbox.error != null && <ErrorAlert>{errorText(inbox.error, t)}</ErrorAlert>}
          {inbox.data === undefined && inbox.error == null && (
            <p role="status">{t('inbox.loading')}</p>
          )}
          {inbox.data?.conversations.length === 0 && <p className="muted">{t('inbox.empty')}</p>}
          {inbox.data && inbox.data.conversations.length > 0 && (
            <ConversationList conversations={inbox.data.conversations} openId={patientId} />
          )}
        </section>
        {patientId ? (
          <ConversationPane
            // A new pane for each patient, so a reply half-typed to one never goes to another.
            key={patientId}
            conversation={conversation.data}
            error={conversation.error ?? seenError}
            summary={summaryOf(inbox.data, patientId)}
            canReply={canReply}
            onReplied={refreshInbox}
          />
        ) : (
          <p className="muted inbox-choose">{t('inbox.choose')}</p>
        )}
      </div>
    </section>
  )
}
