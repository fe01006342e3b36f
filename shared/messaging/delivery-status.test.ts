import { describe, expect, it } from 'vitest'
import { applyDeliveryEvent, type DeliveryStatus } from './delivery-status.ts'

const replay = (events: DeliveryStatus[]) =>
  events.reduce<DeliveryStatus>(
    (status, event) => applyDeliveryEvent(status, event).status,
    'queued',
  )

describe('delivery status from webhooks in any order', () => {
  it('ends at the furthest point reached, whatever the order', () => {
    expect(replay(['sent', 'delivered', 'read'])).toBe('read')
    expect(replay(['read', 'delivered', 'sent'])).toBe('read')
    expect(replay(['delivered', 'sent'])).toBe('delivered')
    expect(replay(['sent', 'failed'])).toBe('failed')
  })

  it('keeps a delivery over a later failure, and takes a delivery after a failure', () => {
    expect(replay(['delivered', 'failed'])).toBe('delivered')
    expect(replay(['failed', 'delivered'])).toBe('delivered')
  })

  it('changes nothing when the same event comes again', () => {
    expect(applyDeliveryEvent('delivered', 'delivered')).toEqual({
      status: 'delivered',
      changed: false,
    })
    expect(applyDeliveryEvent('sent', 'delivered')).toEqual({ status: 'delivered', changed: true })
  })
})
