import type { MessageKind, MessageLanguage } from './templates.ts'

/** The subject of a patient message sent by email (the fallback channel): the clinic, then what. */
const subjects: Record<MessageKind, Record<MessageLanguage, string>> = {
  appointment_confirmation: { en: 'Appointment booked', hi: 'अपॉइंटमेंट बुक हुआ' },
  appointment_reminder: { en: 'Appointment reminder', hi: 'अपॉइंटमेंट की याद' },
  appointment_moved: { en: 'Appointment moved', hi: 'अपॉइंटमेंट का समय बदला' },
  appointment_cancelled: { en: 'Appointment cancelled', hi: 'अपॉइंटमेंट रद्द' },
  recall_reminder: { en: 'Time for your visit', hi: 'आपकी जाँच का समय' },
  payment_reminder: { en: 'Payment due', hi: 'भुगतान बकाया' },
  document_ready: { en: 'Your document', hi: 'आपका दस्तावेज़' },
}

export function emailSubject(kind: MessageKind, language: MessageLanguage, clinic: string): string {
  return `${clinic}: ${subjects[kind][language]}`
}
