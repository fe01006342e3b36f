import { useEffect, useState } from 'react'
import { type Conversation, ConversationSchema } from '../../../../shared/contracts/messaging.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { MAX_REPLY_LENGTH } from '../../../../shared/messaging/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { conversationPath, isReplyOpen } from './inbox-state.ts'

/** The longest a timer may wait (setTimeout's limit); the window is 24 hours at most anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Free text back to the patient, only inside WhatsApp's 24-hour window after their last message
 * (after it WhatsApp allows only approved templates): says until when, and closes by itself when
 * the window does. The server decides in the end (409 messaging.window_closed, no_consent…),
 * and its reason is shown here.
 */
export function ReplyForm({
  conversation,
  onReplied,
}: {
  conversation: Conversation
  onReplied: () => void
}) {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const cache = useApiCache()
  const form = useForm()
  const [text, setText] = useState('')
  const [sent, setSent] = useState<string | null>(null)
  const until = conversation.replyUntil
  const isOpen = useIsBefore(until)

  const send = async () => {
    setSent(null)
    const path = conversationPath(conversation.patientId)
    const answer = await api(`${path}/replies`, {
      method: 'POST',
      schema: ConversationSchema,
      body: { text },
    })
    cache.set(path, answer)
    setText('')
    setSent(t('inbox.sent'))
    onReplied()
  }
  const validate = (): FieldErrors => (text.trim() === '' ? { text: t('inbox.replyEmpty') } : {})

  return (
    <form
      ref={form.ref}
      className="inbox-reply"
      noValidate
      onSubmit={form.handleSubmit(send, validate)}
    >
      <StatusMessage>{sent}</StatusMessage>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {isOpen && until ? (
        <p className="muted">{t('inbox.replyUntil', { time: formatDateTime(until, zone) })}</p>
      ) : (
        <p className="alert alert-info">{t('inbox.windowClosed')}</p>
      )}
      {isOpen && (
        <>
          <TextAreaField
            label={t('inbox.replyLabel')}
            name="text"
            hint={t('inbox.replyHint')}
            value={text}
            onChange={(value) => {
              setSent(null)
              setText(value)
            }}
            error={form.errorFor('text')}
            maxLength={MAX_REPLY_LENGTH}
          />
          <button type="submit" disabled={form.isSending}>
            {form.isSending ? t('form.sending') : t('inbox.send')}
          </button>
        </>
      )}
    </form>
  )
}

/** Whether now is before `until`, turning false by itself when that time comes. */
function useIsBefore(until: string | null): boolean {
  // Only re-renders when the time comes; the answer is read from the clock at each render.
  const [, setWoken] = useState(0)
  useEffect(() => {
    if (until === null) return
    const wait = Date.parse(until) - Date.now()
    if (wait <= 0) return
    const timer = setTimeout(
      () => setWoken((count) => count + 1),
      Math.min(wait + 100, MAX_TIMER_MS),
    )
    return () => clearTimeout(timer)
  }, [until])
  return isReplyOpen(until, Date.now())
}
