import { describe, expect, it } from 'vitest'
import type { PlannedMessage } from '../../../../shared/contracts/messaging.ts'
import { en } from '../../i18n/en.ts'
import { hi } from '../../i18n/hi.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { Messages } from '../../i18n/messages.ts'
import { plannedText } from './planned-message-text.ts'

const translator =
  (catalogue: Messages): Translate =>
  (key, params) =>
    catalogue[key].replace(
      /\{(\w+)\}/g,
      (placeholder, name: string) => params?.[name] ?? placeholder,
    )
const t = translator(en)

const zone = 'Asia/Kolkata'
/** 14:30 in Kolkata on 7 December 2026. */
const now = new Date('2026-12-07T09:00:00Z')
const planned = (dueAt: string, extra: Partial<PlannedMessage> = {}): PlannedMessage => ({
  messageId: '00000000-0000-4000-8000-000000000001',
  channel: 'whatsapp',
  dueAt,
  viaClinicPhone: false,
  ...extra,
})

describe('the status of a planned reminder', () => {
  it('says a reminder due now goes out now, on its channel', () => {
    expect(plannedText(planned(now.toISOString()), zone, t, { now })).toBe(
      'Reminder planned on WhatsApp: it goes out now.',
    )
    expect(plannedText(planned(now.toISOString(), { channel: 'sms' }), zone, t, { now })).toBe(
      'Reminder planned on SMS: it goes out now.',
    )
  })

  it('gives the clinic’s time after quiet hours, and the date when that is another day', () => {
    expect(plannedText(planned('2026-12-07T15:30:00Z'), zone, t, { now })).toBe(
      'Reminder planned on WhatsApp: it goes out at 21:00, after quiet hours.',
    )
    expect(plannedText(planned('2026-12-08T03:30:00Z'), zone, t, { now })).toBe(
      'Reminder planned on WhatsApp: it goes out on 08/12/2026 at 09:00, after quiet hours.',
    )
  })

  it('sends the front desk to the drafts when the clinic sends from its own phone', () => {
    expect(
      plannedText(planned(now.toISOString(), { viaClinicPhone: true }), zone, t, { now }),
    ).toBe('Drafted for the front desk to send from the clinic’s phone (Messaging → Drafts).')
  })

  it('names the patient on a list of several patients, in every case', () => {
    const patient = 'Meenakshi Subramanian'
    expect(plannedText(planned(now.toISOString()), zone, t, { now, patient })).toBe(
      'Reminder planned on WhatsApp for Meenakshi Subramanian: it goes out now.',
    )
    expect(plannedText(planned('2026-12-07T15:30:00Z'), zone, t, { now, patient })).toBe(
      'Reminder planned on WhatsApp for Meenakshi Subramanian: it goes out at 21:00, after quiet hours.',
    )
    expect(plannedText(planned('2026-12-08T03:30:00Z'), zone, t, { now, patient })).toBe(
      'Reminder planned on WhatsApp for Meenakshi Subramanian: it goes out on 08/12/2026 at 09:00, after quiet hours.',
    )
    expect(
      plannedText(planned(now.toISOString(), { viaClinicPhone: true }), zone, t, { now, patient }),
    ).toBe(
      'Reminder for Meenakshi Subramanian drafted for the front desk to send from the clinic’s phone (Messaging → Drafts).',
    )
  })

  it('says it in Hindi, with the channel’s Hindi name', () => {
    expect(
      plannedText(planned(now.toISOString(), { channel: 'email' }), zone, translator(hi), {
        now,
        patient: 'मीनाक्षी',
      }),
    ).toBe('मीनाक्षी के लिए रिमाइंडर ईमेल पर तय हो गया: यह अभी जाएगा।')
  })

  it('says an invoice or prescription was sent, in the same three cases, in English and Hindi', () => {
    expect(plannedText(planned(now.toISOString()), zone, t, { now, what: 'invoice' })).toBe(
      'Invoice sent on WhatsApp: it goes out now.',
    )
    expect(
      plannedText(planned('2026-12-07T15:30:00Z', { channel: 'email' }), zone, t, {
        now,
        what: 'prescription',
      }),
    ).toBe('Prescription sent on Email: it goes out at 21:00, after quiet hours.')
    expect(plannedText(planned('2026-12-08T03:30:00Z'), zone, t, { now, what: 'invoice' })).toBe(
      'Invoice sent on WhatsApp: it goes out on 08/12/2026 at 09:00, after quiet hours.',
    )
    expect(
      plannedText(planned(now.toISOString()), zone, translator(hi), { now, what: 'prescription' }),
    ).toBe('पर्चा WhatsApp पर भेजा गया: यह अभी जाएगा।')
  })
})
