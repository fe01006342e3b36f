/**
 * A message's delivery status from provider webhooks that arrive in any order and more than
 * once. Meta's status webhooks are not ordered (india-domain §7.3): "read" implies delivered and
 * a "delivered" may never come; on a patient with two devices "delivered" may follow "failed".
 * So the status only moves forward, by how far the message is known to have got:
 * queued < sent < failed < delivered < read. A failure after delivery does not undo the
 * delivery; a delivery after a failure means one device got it; the same event twice changes
 * nothing.
 */
export const deliveryStatuses = ['queued', 'sent', 'failed', 'delivered', 'read'] as const
export type DeliveryStatus = (typeof deliveryStatuses)[number]

const rank = (status: DeliveryStatus) => deliveryStatuses.indexOf(status)

/** The status after `incoming` is applied to `current`, and whether it changed. */
export function applyDeliveryEvent(
  current: DeliveryStatus,
  incoming: DeliveryStatus,
): { status: DeliveryStatus; changed: boolean } {
  return rank(incoming) > rank(current)
    ? { status: incoming, changed: true }
    : { status: current, changed: false }
}
