/**
 * What a patient can consent to, each a separate item: DPDP Act s.6(1) wants
 * consent specific to each purpose, and the product keeps personal and health
 * data, each communication channel and each optional purpose apart. None is
 * ever pre-selected: the capture request must state every item (Rule 3, s.6(1)
 * "clear affirmative action").
 */
export const CONSENT_ITEMS = [
  'personal_data',
  'health_data',
  'channel.whatsapp',
  'channel.sms',
  'channel.email',
  'channel.phone',
  'purpose.recall_campaigns',
  'purpose.anonymised_benchmarking',
] as const

export type ConsentItem = (typeof CONSENT_ITEMS)[number]

export const CAPTURE_CHANNELS = [
  'in_person_tablet',
  'in_person_paper',
  'phone_call',
  'patient_request',
] as const
export type CaptureChannel = (typeof CAPTURE_CHANNELS)[number]

/**
 * How a ledger event came in: the channels staff record, plus a patient's STOP reply on WhatsApp,
 * which the server records itself (a withdrawal with no staff member behind it).
 */
export const RECORDED_CHANNELS = [...CAPTURE_CHANNELS, 'whatsapp_reply'] as const
export type RecordedChannel = (typeof RECORDED_CHANNELS)[number]
