import { describe, expect, it } from 'vitest'
import { parseMetaWebhook } from './meta-webhook.ts'

const wrap = (value: object, field = 'messages') => ({
  object: 'whatsapp_business_account',
  entry: [{ id: 'WABA', changes: [{ field, value: { messaging_product: 'whatsapp', ...value } }] }],
})

describe('Meta webhook bodies', () => {
  it('give delivery statuses with our callback data and the error code of a failure', () => {
    const events = parseMetaWebhook(
      wrap({
        statuses: [
          {
            id: 'wamid.A',
            status: 'delivered',
            timestamp: '1760000000',
            recipient_id: '919876543210',
            biz_opaque_callback_data: 'outbox-1',
          },
          {
            id: 'wamid.B',
            status: 'failed',
            timestamp: '1760000060',
            errors: [{ code: 131026, title: 'x' }],
          },
        ],
      }),
    )
    expect(events).toEqual([
      {
        type: 'status',
        providerMessageId: 'wamid.A',
        status: 'delivered',
        at: new Date(1760000000_000),
        callbackData: 'outbox-1',
      },
      {
        type: 'status',
        providerMessageId: 'wamid.B',
        status: 'failed',
        at: new Date(1760000060_000),
        errorCode: 131026,
      },
    ])
  })

  it('give inbound texts and tapped buttons, in Hindi too', () => {
    const events = parseMetaWebhook(
      wrap({
        messages: [
          {
            id: 'wamid.C',
            from: '919876543210',
            timestamp: '1760000100',
            type: 'text',
            text: { body: 'बंद करो' },
          },
          {
            id: 'wamid.D',
            from: '919876543210',
            timestamp: '1760000200',
            type: 'button',
            button: { text: 'Confirm', payload: 'CONFIRM:1' },
          },
          { id: 'wamid.E', from: '919876543210', timestamp: '1760000300', type: 'image' },
        ],
      }),
    )
    expect(events.map((event) => (event.type === 'inbound' ? event.text : undefined))).toEqual([
      'बंद करो',
      'Confirm',
      undefined,
    ])
  })

  it('ignore other fields and unknown statuses, and refuse what is not the envelope', () => {
    expect(
      parseMetaWebhook(wrap({ statuses: [{ id: 'x', status: 'deleted', timestamp: '1' }] })),
    ).toEqual([])
    expect(parseMetaWebhook(wrap({}, 'account_update'))).toEqual([])
    expect(() => parseMetaWebhook({ object: 'page', entry: [] })).toThrow()
    expect(() =>
      parseMetaWebhook(wrap({ statuses: [{ id: 'x', status: 'read', timestamp: 'soon' }] })),
    ).toThrow()
    expect(() => parseMetaWebhook('{}')).toThrow()
  })
})
