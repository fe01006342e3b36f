import { describe, expect, it } from 'vitest'
import {
  interaktSignature,
  isValidInteraktSignature,
  parseInteraktWebhook,
} from './interakt-webhook.ts'

const now = new Date('2026-12-07T12:00:00.000Z')
const customer = { country_code: '+91', phone_number: '9876543210', traits: { name: 'x' } }
const wrap = (type: string, message: object, extra: object = {}) => ({
  version: '1.0',
  timestamp: '2026-12-07T10:00:05.000Z',
  type,
  data: { customer, message, ...extra },
})

describe('Interakt webhook bodies', () => {
  it('give each delivery status at its own time, with our callback data', () => {
    const message = {
      id: 'ik-1',
      callback_data: 'outbox-1',
      message_status: 'Sent',
      received_at_utc: '2026-12-07T10:00:00.000Z',
      delivered_at_utc: '2026-12-07T10:00:02.000Z',
      seen_at_utc: '2026-12-07T10:05:00.000Z',
      chat_message_type: 'PublicApiMessage',
    }
    const status = (type: string) => parseInteraktWebhook(wrap(type, message), now)
    expect(status('message_api_sent')).toEqual([
      {
        type: 'status',
        providerMessageId: 'ik-1',
        status: 'sent',
        at: new Date('2026-12-07T10:00:00.000Z'),
        callbackData: 'outbox-1',
      },
    ])
    expect(status('message_api_delivered')[0]).toMatchObject({
      status: 'delivered',
      at: new Date('2026-12-07T10:00:02.000Z'),
    })
    expect(status('message_api_read')[0]).toMatchObject({
      status: 'read',
      at: new Date('2026-12-07T10:05:00.000Z'),
    })
  })

  it('give a failure with its numeric error code, as a number or a string', () => {
    const failed = (code: unknown) =>
      parseInteraktWebhook(
        wrap('message_api_failed', {
          id: 'ik-2',
          message_status: 'Failed',
          failed_at_utc: '2026-12-07T10:00:03.000000',
          channel_failure_reason: 'Message undeliverable',
          channel_error_code: code,
        }),
        now,
      )
    expect(failed('131026')).toEqual([
      {
        type: 'status',
        providerMessageId: 'ik-2',
        status: 'failed',
        at: new Date('2026-12-07T10:00:03.000Z'),
        errorCode: 131026,
      },
    ])
    expect(failed(131047)[0]).toMatchObject({ errorCode: 131047 })
    // A code that is no integer is no code, but the failure still counts.
    for (const code of ['E-42', '1.5', 12.5, null, undefined, 'x'.repeat(5000)]) {
      const [event] = failed(code)
      expect(event).toMatchObject({ status: 'failed' })
      expect(event).not.toHaveProperty('errorCode')
    }
  })

  it('read times without a zone as UTC, with offsets, and fall back when unreadable', () => {
    const at = (message: object, type = 'message_api_delivered') =>
      parseInteraktWebhook(wrap(type, { id: 'ik-3', ...message }), now)[0]?.at
    expect(at({ delivered_at_utc: '2026-12-07T10:00:00.123456' })).toEqual(
      new Date('2026-12-07T10:00:00.123Z'),
    )
    // Not read as the server's local time: the same on a server set to India's zone.
    const zone = process.env.TZ
    process.env.TZ = 'Asia/Kolkata'
    try {
      expect(at({ delivered_at_utc: '2026-12-07T10:00:00.000000' })).toEqual(
        new Date('2026-12-07T10:00:00.000Z'),
      )
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
    expect(at({ delivered_at_utc: '2026-12-07 10:00:00' })).toEqual(
      new Date('2026-12-07T10:00:00.000Z'),
    )
    expect(at({ delivered_at_utc: '2026-12-07T15:30:00+05:30' })).toEqual(
      new Date('2026-12-07T10:00:00.000Z'),
    )
    // Its own field unreadable or missing: received_at_utc, else the time it reached us.
    const received = { received_at_utc: '2026-12-07T09:59:00.000Z' }
    expect(at({ delivered_at_utc: 'soon', ...received })).toEqual(
      new Date('2026-12-07T09:59:00.000Z'),
    )
    expect(at({ delivered_at_utc: null, ...received })).toEqual(
      new Date('2026-12-07T09:59:00.000Z'),
    )
    expect(at({ seen_at_utc: '2026-12-07T11:00:00Z', ...received })).toEqual(
      new Date('2026-12-07T09:59:00.000Z'),
    )
    expect(at({ delivered_at_utc: '2026-02-31T10:00:00Z' })).toEqual(now)
    expect(at({ delivered_at_utc: '2026-12-07T24:00:00Z' })).toEqual(now)
    expect(at({ delivered_at_utc: 1765101600 })).toEqual(now)
    expect(at({ delivered_at_utc: `2026-12-07T10:00:00.${'0'.repeat(80)}Z` })).toEqual(now)
    expect(at({})).toEqual(now)
  })

  it('give an incoming message from the full number, with its text and the message it answers', () => {
    const events = parseInteraktWebhook(
      wrap('message_received', {
        id: 'ik-in-1',
        chat_message_type: 'CustomerMessage',
        message_content_type: 'Text',
        message: 'बंद करो',
        received_at_utc: '2026-12-07T10:10:00.000000',
        in_reply_to_message_id: 'ik-1',
      }),
      now,
    )
    expect(events).toEqual([
      {
        type: 'inbound',
        providerMessageId: 'ik-in-1',
        from: '919876543210',
        at: new Date('2026-12-07T10:10:00.000Z'),
        text: 'बंद करो',
        contextId: 'ik-1',
      },
    ])
  })

  it('normalise the sender to digits only, and refuse one that is no number', () => {
    const from = (country_code: unknown, phone_number: unknown) => {
      const [event] = parseInteraktWebhook(
        {
          type: 'message_received',
          data: { customer: { country_code, phone_number }, message: { id: 'ik-in-2' } },
        },
        now,
      )
      return event?.type === 'inbound' ? event.from : undefined
    }
    expect(from('+91', '98765 43210')).toBe('919876543210')
    expect(from('91', '98765-43210')).toBe('919876543210')
    expect(from('+1', '(415) 555-0100')).toBe('14155550100')
    expect(() => from('+91', '98765abcde')).toThrow()
    expect(() => from('India', '9876543210')).toThrow()
    expect(() => from('+91', '9876543210987654')).toThrow()
    expect(() => from('+91', '')).toThrow()
    expect(() => from('+91', ' '.repeat(40))).toThrow()
    expect(() => from(undefined, '9876543210')).toThrow()
  })

  it('take an incoming message without text or reply, and leave out our own API messages', () => {
    const received = (message: object) =>
      parseInteraktWebhook(wrap('message_received', { id: 'ik-in-3', ...message }), now)
    expect(received({ message_content_type: 'Image', message: null })).toEqual([
      { type: 'inbound', providerMessageId: 'ik-in-3', from: '919876543210', at: now },
    ])
    expect(
      received({ chat_message_type: 'PublicApiMessage', message: 'Your appointment' }),
    ).toEqual([])
  })

  it('ignore other event types, and refuse what is not { type, data }', () => {
    expect(parseInteraktWebhook(wrap('workflow_response_update', {}), now)).toEqual([])
    expect(parseInteraktWebhook({ type: 'message_api_clicked', data: {} }, now)).toEqual([])
    expect(() => parseInteraktWebhook({ type: 'message_api_sent' }, now)).toThrow()
    expect(() => parseInteraktWebhook({ type: 'message_api_sent', data: [] }, now)).toThrow()
    expect(() => parseInteraktWebhook({ type: 7, data: {} }, now)).toThrow()
    expect(() => parseInteraktWebhook({ data: {} }, now)).toThrow()
    expect(() => parseInteraktWebhook('{"type":"message_api_sent","data":{}}', now)).toThrow()
    expect(() => parseInteraktWebhook(null, now)).toThrow()
    // A known event without the id it is joined by.
    expect(() => parseInteraktWebhook(wrap('message_api_read', {}), now)).toThrow()
    expect(() => parseInteraktWebhook(wrap('message_api_read', { id: '' }), now)).toThrow()
    expect(() => parseInteraktWebhook({ type: 'message_received', data: {} }, now)).toThrow()
  })

  it('bound every string they keep', () => {
    const long = (n: number) => 'x'.repeat(n)
    const parse = (type: string, message: object) =>
      parseInteraktWebhook(wrap(type, { id: 'ik-4', ...message }), now)
    expect(parse('message_api_sent', { id: long(256) })).toHaveLength(1)
    expect(() => parse('message_api_sent', { id: long(257) })).toThrow()
    expect(parse('message_api_sent', { callback_data: long(512) })).toHaveLength(1)
    expect(() => parse('message_api_sent', { callback_data: long(513) })).toThrow()
    expect(parse('message_received', { message: long(4096) })).toHaveLength(1)
    expect(() => parse('message_received', { message: long(4097) })).toThrow()
    expect(() => parse('message_received', { in_reply_to_message_id: long(257) })).toThrow()
    expect(() => parse('message_received', { chat_message_type: long(65) })).toThrow()
    expect(() => parseInteraktWebhook({ type: long(129), data: {} }, now)).toThrow()
  })

  it('name no number or text in what they throw', () => {
    const body = wrap('message_received', { id: 'ik-5', message: 'x'.repeat(5000) })
    body.data.customer = { ...customer, phone_number: '98765 4321x' }
    let thrown: unknown
    try {
      parseInteraktWebhook(body, now)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    const told = `${String(thrown)} ${JSON.stringify(thrown)}`
    expect(told).not.toContain('98765')
    expect(told).not.toContain('xxxxxxxx')
  })
})

const secret = 'interakt-secret-for-tests'
const raw = Buffer.from('{"type":"message_api_sent","data":{}}')

describe('Interakt webhook signatures', () => {
  it('accept the HMAC-SHA256 of the raw body, in either case of hex', () => {
    const header = interaktSignature(raw, secret)
    // Computed independently of the code under test (openssl dgst -sha256 -hmac).
    expect(interaktSignature('hello', 'key')).toBe(
      'sha256=9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b',
    )
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(isValidInteraktSignature(raw, header, secret)).toBe(true)
    expect(isValidInteraktSignature(raw, ` ${header}\n`, secret)).toBe(true)
    expect(
      isValidInteraktSignature(raw, header.toUpperCase().replace('SHA256', 'sha256'), secret),
    ).toBe(true)
  })

  it('refuse a missing, malformed, wrong-length, wrong-secret or other-body signature', () => {
    const header = interaktSignature(raw, secret)
    expect(isValidInteraktSignature(raw, undefined, secret)).toBe(false)
    expect(isValidInteraktSignature(raw, '', secret)).toBe(false)
    expect(isValidInteraktSignature(raw, header.slice('sha256='.length), secret)).toBe(false)
    expect(isValidInteraktSignature(raw, header.replace('sha256=', 'sha1='), secret)).toBe(false)
    expect(isValidInteraktSignature(raw, `${header}00`, secret)).toBe(false)
    expect(isValidInteraktSignature(raw, header.slice(0, -2), secret)).toBe(false)
    expect(isValidInteraktSignature(raw, `sha256=${'0'.repeat(64)}`, secret)).toBe(false)
    expect(isValidInteraktSignature(raw, interaktSignature(raw, 'another-secret'), secret)).toBe(
      false,
    )
    // The same JSON with one space more is another body.
    const respaced = Buffer.from('{"type": "message_api_sent","data":{}}')
    expect(isValidInteraktSignature(respaced, header, secret)).toBe(false)
    // No secret configured: nothing is valid.
    expect(isValidInteraktSignature(raw, interaktSignature(raw, ''), '')).toBe(false)
  })
})
