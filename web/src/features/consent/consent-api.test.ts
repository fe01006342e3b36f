import { describe, expect, it } from 'vitest'
import {
  type Answers,
  type ConsentEvent,
  captureBlocker,
  consentItems,
  itemStatus,
  unansweredItems,
} from './consent-api.ts'

const allAnswered = Object.fromEntries(consentItems.map((item) => [item, false])) as Answers

describe('consent capture', () => {
  it('treats nothing as answered until it is chosen, and a No as an answer', () => {
    expect(unansweredItems({})).toHaveLength(consentItems.length)
    expect(unansweredItems({ 'channel.whatsapp': false })).toHaveLength(consentItems.length - 1)
    expect(unansweredItems(allAnswered)).toEqual([])
  })

  it('blocks submitting until every item, the giver and the confirmation are there', () => {
    expect(captureBlocker({}, 'patient', true)).toEqual({
      kind: 'unanswered',
      count: consentItems.length,
    })
    expect(captureBlocker(allAnswered, null, true)).toEqual({ kind: 'givenBy' })
    expect(captureBlocker(allAnswered, 'patient', false)).toEqual({ kind: 'confirm' })
    expect(captureBlocker(allAnswered, 'guardian', true)).toBeNull()
  })
})

describe('item status', () => {
  const event = (action: ConsentEvent['action'], at: string, items: Record<string, boolean>) =>
    ({ id: at, action, items, capturedAt: at }) as ConsentEvent
  const given = event('given', '2026-03-01T05:00:00Z', { 'channel.sms': false, health_data: true })
  const withdrawn = event('withdrawn', '2026-03-02T05:00:00Z', { health_data: false })
  const off = { isGranted: false, since: '2026-03-01T05:00:00Z', noticeVersion: 1 }

  it('tells a No apart from a withdrawal', () => {
    const state = { items: { 'channel.sms': off, health_data: off }, history: [withdrawn, given] }
    expect(itemStatus(state, 'channel.sms')).toEqual({ kind: 'notGiven' })
    expect(itemStatus(state, 'health_data')).toEqual({
      kind: 'withdrawn',
      on: '2026-03-02T05:00:00Z',
    })
    expect(itemStatus({ items: {}, history: [] }, 'channel.email')).toEqual({ kind: 'notGiven' })
  })
})
