/**
 * The callback data sent with every message (Meta's biz_opaque_callback_data, echoed in its
 * status webhooks; the BSPs' equivalents): which clinic's outbox row the message is. A status
 * webhook for a message whose send outcome we never learned (a crash, a timeout) still finds its
 * row through it. Ids only: the provider stores it.
 */
const PATTERN =
  /^nrm:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/

export function callbackDataOf(clinicId: string, messageId: string): string {
  return `nrm:${clinicId}:${messageId}`
}

export function parseCallbackData(
  value: unknown,
): { clinicId: string; messageId: string } | undefined {
  const match = typeof value === 'string' ? PATTERN.exec(value) : null
  return match ? { clinicId: match[1] as string, messageId: match[2] as string } : undefined
}
