import { PlannedMessageSchema } from '../../../../shared/contracts/messaging.ts'
import { useT } from '../../i18n/use-t.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiMutation } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { plannedText } from './planned-message-text.ts'

/**
 * "Send to patient" for an issued document (issue #14 item 4): its PDF goes to the patient on
 * WhatsApp, else by email (never SMS), at most once a day. The caller decides who sees it.
 */
export function SendDocumentButton({
  what,
  id,
  label,
}: {
  what: 'invoice' | 'prescription'
  id: string
  label: string
}) {
  const t = useT()
  const me = useMe()
  const send = useApiMutation(
    (documentId: string) => ({
      path: `/messaging/documents/${what}s/${documentId}`,
      method: 'POST',
    }),
    { schema: PlannedMessageSchema },
  )
  return (
    <div className="send-document">
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={send.isPending}
          onClick={() => send.mutate(id)}
        >
          {label}
        </button>
      </div>
      <StatusMessage>
        {send.data && plannedText(send.data, clinicZoneOf(me), t, { what })}
      </StatusMessage>
      {send.error != null && <ErrorAlert>{errorText(send.error, t)}</ErrorAlert>}
    </div>
  )
}
