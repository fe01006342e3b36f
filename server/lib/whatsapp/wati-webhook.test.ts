import { describe, expect, it } from 'vitest'
import { parseWatiWebhook } from './wati-webhook.ts'

const now = new Date('2026-12-07T12:00:00.000Z')
const event = (eventType: string, fields: object = {}) => ({
  eventType,
  id: 'wati-1',
  whatsappMessageId: 'wamid.A',
  localMessageId: 'local-1',
  conversationId: 'conv-1',
  waId: '919876543210',
  text: null,
  timestamp: '1765101600',
  ...fields,
})

describe('Wati webhook bodies', () => {
  it('give each delivery status, joined by Wati’s own message id', () => {
    const status = (eventType: string) => parseWatiWebhook(event(eventType), now)
    const at = new Date(1765101600_000)
    expect(status('templateMessageSent')).toEqual([
      { type: 'status', providerMessageId: 'wati-1', status: 'sent', at },
    ])
    expect(status('sessionMessageSent')).toEqual([
      { type: 'status', providerMessageId: 'wati-1', status: 'sent', at },
    ])
    expect(status('sentMessageDELIVERED')).toEqual([
      { type: 'status', providerMessageId: 'wati-1', status: 'delivered', at },
    ])
    expect(status('sentMessageREAD')).toEqual([
      { type: 'status', providerMessageId: 'wati-1', status: 'read', at },
    ])
  })

  it('give a failure with its numeric error code, as a number or a string', () => {
    const failed = (eventType: string, failedCode: unknown) =>
      parseWatiWebhook(
        event(eventType, { failedDetail: 'Message undeliverable', failedCode, statusString: 'x' }),
        now,
      )
    expect(failed('templateMessageFailed', '131026')).toEqual([
      {
        type: 'status',
        providerMessageId: 'wati-1',
        status: 'failed',
        at: new Date(1765101600_000),
        errorCode: 131026,
      },
    ])
    expect(failed('sentMessageFAILED', 131047)[0]).toMatchObject({
      status: 'failed',
      errorCode: 131047,
    })
    // A code that is no integer is no code, but the failure still counts.
    for (const code of ['E-42', '1.5', 12.5, null, undefined, 'x'.repeat(5000)]) {
      const [failure] = failed('templateMessageFailed', code)
      expect(failure).toMatchObject({ status: 'failed' })
      expect(failure).not.toHaveProperty('errorCode')
    }
    // Only a failure carries a code.
    expect(
      parseWatiWebhook(event('sentMessageREAD', { failedCode: 1 }), now)[0],
    ).not.toHaveProperty('errorCode')
  })

  it('read epoch seconds as a string or a number, and take the arrival time otherwise', () => {
    const at = (timestamp: unknown) =>
      parseWatiWebhook(event('sentMessageDELIVERED', { timestamp }), now)[0]?.at
    expect(at('1765101600')).toEqual(new Date('2025-12-07T10:00:00.000Z'))
    expect(at(1765101600)).toEqual(new Date('2025-12-07T10:00:00.000Z'))
    for (const unreadable of [
      'soon',
      '',
      '-1',
      '1765101600.5',
      1765101600.5,
      -5,
      null,
      '1'.repeat(13),
    ])
      expect(at(unreadable)).toEqual(now)
    const { timestamp: _, ...untimed } = event('message')
    expect(parseWatiWebhook(untimed, now)[0]?.at).toEqual(now)
  })

  it('give an incoming message with its sender, text and the message it answers', () => {
    expect(
      parseWatiWebhook(
        event('message', {
          id: 'wati-in-1',
          text: 'बंद करो',
          type: 'text',
          replyContextId: 'wati-1',
          owner: false,
        }),
        now,
      ),
    ).toEqual([
      {
        type: 'inbound',
        providerMessageId: 'wati-in-1',
        from: '919876543210',
        at: new Date(1765101600_000),
        text: 'बंद करो',
        contextId: 'wati-1',
      },
    ])
    // No text (an image) and no reply context.
    expect(parseWatiWebhook(event('message', { type: 'image', replyContextId: '' }), now)).toEqual([
      {
        type: 'inbound',
        providerMessageId: 'wati-1',
        from: '919876543210',
        at: new Date(1765101600_000),
      },
    ])
  })

  it('normalise the sender to digits only, and refuse one that is no number', () => {
    const from = (waId: unknown) => {
      const [inbound] = parseWatiWebhook(event('message', { waId }), now)
      return inbound?.type === 'inbound' ? inbound.from : undefined
    }
    expect(from('+919876543210')).toBe('919876543210')
    expect(from('91 98765-43210')).toBe('919876543210')
    expect(() => from('9198765abcde')).toThrow()
    expect(() => from('12345')).toThrow()
    expect(() => from('9'.repeat(16))).toThrow()
    expect(() => from(919876543210)).toThrow()
    expect(() => from(undefined)).toThrow()
    // A status needs no sender.
    expect(parseWatiWebhook(event('sentMessageREAD', { waId: undefined }), now)).toHaveLength(1)
  })

  it('ignore other event types, and refuse what has no eventType or no id', () => {
    expect(parseWatiWebhook(event('newContactMessageReceived'), now)).toEqual([])
    expect(parseWatiWebhook(event('sentMessageREPLIED'), now)).toEqual([])
    expect(parseWatiWebhook({ eventType: 'ticketAssigned' }, now)).toEqual([])
    expect(() => parseWatiWebhook({ id: 'wati-1', waId: '919876543210' }, now)).toThrow()
    expect(() => parseWatiWebhook({ eventType: 5 }, now)).toThrow()
    expect(() => parseWatiWebhook('{"eventType":"message"}', now)).toThrow()
    expect(() => parseWatiWebhook(null, now)).toThrow()
    expect(() => parseWatiWebhook([event('message')], now)).toThrow()
    expect(() => parseWatiWebhook(event('sentMessageREAD', { id: undefined }), now)).toThrow()
    expect(() => parseWatiWebhook(event('message', { id: '' }), now)).toThrow()
  })

  it('bound every string they keep', () => {
    const long = (n: number) => 'x'.repeat(n)
    const parse = (eventType: string, fields: object) =>
      parseWatiWebhook(event(eventType, fields), now)
    expect(parse('sentMessageREAD', { id: long(256) })).toHaveLength(1)
    expect(() => parse('sentMessageREAD', { id: long(257) })).toThrow()
    expect(parse('message', { text: long(4096) })).toHaveLength(1)
    expect(() => parse('message', { text: long(4097) })).toThrow()
    expect(() => parse('message', { replyContextId: long(257) })).toThrow()
    expect(() => parse('message', { waId: ` ${long(40)}` })).toThrow()
    expect(() => parseWatiWebhook({ eventType: long(129) }, now)).toThrow()
  })

  it('name no number or text in what they throw', () => {
    let thrown: unknown
    try {
      parseWatiWebhook(event('message', { waId: '98765 4321x', text: 'y'.repeat(5000) }), now)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    const told = `${String(thrown)} ${JSON.stringify(thrown)}`
    expect(told).not.toContain('98765')
    expect(told).not.toContain('yyyyyyyy')
  })
})
