import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { RecallDue } from '../../../../shared/contracts/appointments.ts'
import { can } from '../../../../shared/contracts/auth.ts'
import { PlannedMessageSchema } from '../../../../shared/contracts/messaging.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiMutation } from '../../lib/query.ts'
import { useMe } from '../auth/use-session.ts'
import { DRAFTS_PATH } from '../messaging/drafts-page.tsx'
import { plannedText } from '../messaging/planned-message-text.ts'

interface RecallReminderButtonProps {
  recall: RecallDue
  zone: string
  /** The planned reminder, in words, for the page's status. */
  onPlanned: (status: ReactNode) => void
  /** The refusal (not due, already reminded, no consent, messaging off), for the page's alert. */
  onRefused: (error: unknown) => void
}

/**
 * "Send reminder" on a row of the recall list that is due now (issue #14 item 4): the patient is
 * told on their channel that a visit is due, once per recall falling due, whether from here or by
 * the daily recall job. The server decides whether it may (consent to recall campaigns and to a
 * channel, nothing booked); the page says the outcome. The row's button waits for the answer.
 */
export function RecallReminderButton({
  recall,
  zone,
  onPlanned,
  onRefused,
}: RecallReminderButtonProps) {
  const t = useT()
  const me = useMe()
  const patient = recall.patient
  const remind = useApiMutation(
    () => ({
      path: `/recalls/${recall.ruleId}/patients/${patient.id}/reminder`,
      method: 'POST',
    }),
    {
      schema: PlannedMessageSchema,
      invalidates: [DRAFTS_PATH, `/patients/${patient.id}/messages`],
    },
  )

  return (
    <button
      type="button"
      className="button-small button-secondary"
      aria-label={t('recalls.sendReminderTo', { patient: patient.fullName })}
      disabled={remind.isPending}
      onClick={() =>
        remind.mutate(undefined, {
          onSuccess: (planned) =>
            onPlanned(
              <>
                {plannedText(planned, zone, t, { patient: patient.fullName })}
                {planned.viaClinicPhone && can(me, 'messaging.reply') && (
                  <>
                    {' '}
                    <Link to={DRAFTS_PATH}>{t('drafts.link')}</Link>
                  </>
                )}
              </>,
            ),
          onError: onRefused,
        })
      }
    >
      {t('recalls.sendReminder')}
    </button>
  )
}
