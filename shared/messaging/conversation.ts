import type { MessageLanguage } from './templates.ts'

/**
 * A patient's WhatsApp conversation with the clinic: what the patient wrote (`inbound`, or a STOP:
 * `opt_out`) and the free text the clinic sent back (a staff `reply`, and the one
 * `opt_out_confirmation` a STOP gets). Templated messages (reminders…) are in templates.ts.
 */
export const conversationKinds = ['reply', 'opt_out_confirmation', 'inbound', 'opt_out'] as const
export type ConversationKind = (typeof conversationKinds)[number]

/** The kinds a patient sends. */
export const inboundKinds = ['inbound', 'opt_out'] as const satisfies readonly ConversationKind[]

/**
 * WhatsApp's customer-service window (india-domain §7.5): for 24 hours after the patient's last
 * message the business may answer with free text; after it, only approved templates. Our own
 * messages do not reopen it.
 */
export const SERVICE_WINDOW_MS = 24 * 60 * 60_000

/** When free text may no longer be sent, or null if the patient has never written. */
export function serviceWindowEnd(lastInboundAt: Date | null): Date | null {
  return lastInboundAt ? new Date(lastInboundAt.getTime() + SERVICE_WINDOW_MS) : null
}

export function isServiceWindowOpen(lastInboundAt: Date | null, now: Date): boolean {
  const end = serviceWindowEnd(lastInboundAt)
  return end !== null && now < end
}

/** The longest free-text reply the front desk may send (WhatsApp allows 4,096 characters). */
export const MAX_REPLY_LENGTH = 1000

/**
 * The answer to a STOP, in the patient's language, naming the clinic (the shared sender serves
 * many clinics) and saying how to start again: in person, since giving consent needs a person
 * (DPDP Rules 2025, r. 3), while withdrawing takes one word (DPDP Act s.6(4)).
 */
export const optOutConfirmation: Record<MessageLanguage, (clinic: string) => string> = {
  en: (clinic) =>
    `${clinic}: You will not get any more WhatsApp messages from us. To start them again, tell us at the clinic.`,
  hi: (clinic) =>
    `${clinic}: अब आपको हमारी ओर से WhatsApp संदेश नहीं मिलेंगे। फिर से शुरू करवाने के लिए क्लिनिक पर बताएँ।`,
}
