/**
 * Message templates: the shipped defaults per kind in English and Hindi, and the checks a
 * clinic's own wording must pass. Placeholders are named (`{{patient}}`); providers that take
 * positional parameters (Meta's `{{1}}`, Interakt's bodyValues) get them in order of appearance
 * through `templateParameters`.
 *
 * Every message names the clinic ({{clinic}} is required): WhatsApp's policy asks that people
 * know which business is writing, and on the platform's shared sender the clinic's name is the
 * only thing that says so. All kinds are utility messages tied to the patient's own visit or
 * bill (india-domain §7.1), never marketing.
 */
export const messageKinds = [
  'appointment_confirmation',
  'appointment_reminder',
  'appointment_moved',
  'appointment_cancelled',
  'recall_reminder',
  'payment_reminder',
  'document_ready',
] as const
export type MessageKind = (typeof messageKinds)[number]
export type MessageLanguage = 'en' | 'hi'

/** The parameters each kind may use; `clinic` is in every one and required. */
export const kindParameters: Record<MessageKind, readonly string[]> = {
  appointment_confirmation: ['clinic', 'patient', 'doctor', 'when'],
  appointment_reminder: ['clinic', 'patient', 'doctor', 'when'],
  appointment_moved: ['clinic', 'patient', 'doctor', 'when'],
  appointment_cancelled: ['clinic', 'patient', 'when'],
  recall_reminder: ['clinic', 'patient', 'recall'],
  payment_reminder: ['clinic', 'patient', 'amount', 'invoice'],
  document_ready: ['clinic', 'patient', 'document'],
}

export const defaultTemplates: Record<MessageKind, Record<MessageLanguage, string>> = {
  appointment_confirmation: {
    en: '{{clinic}}: Hello {{patient}}, your appointment with {{doctor}} is booked for {{when}}. Reply STOP to stop these messages.',
    hi: '{{clinic}}: नमस्ते {{patient}}, {{doctor}} के साथ आपका अपॉइंटमेंट {{when}} के लिए बुक हो गया है। ये संदेश बंद करने के लिए STOP लिखें।',
  },
  appointment_reminder: {
    en: '{{clinic}}: Reminder for {{patient}}: your appointment with {{doctor}} is on {{when}}.',
    hi: '{{clinic}}: {{patient}}, याद दिला दें: {{doctor}} के साथ आपका अपॉइंटमेंट {{when}} को है।',
  },
  appointment_moved: {
    en: '{{clinic}}: {{patient}}, your appointment with {{doctor}} has moved to {{when}}.',
    hi: '{{clinic}}: {{patient}}, {{doctor}} के साथ आपका अपॉइंटमेंट अब {{when}} को है।',
  },
  appointment_cancelled: {
    en: '{{clinic}}: {{patient}}, your appointment on {{when}} has been cancelled. Call us to book another time.',
    hi: '{{clinic}}: {{patient}}, {{when}} का आपका अपॉइंटमेंट रद्द हो गया है। नया समय लेने के लिए हमें कॉल करें।',
  },
  recall_reminder: {
    en: '{{clinic}}: {{patient}}, it is time for your {{recall}}. Reply or call us to book a visit.',
    hi: '{{clinic}}: {{patient}}, आपके {{recall}} का समय हो गया है। अपॉइंटमेंट के लिए जवाब दें या कॉल करें।',
  },
  payment_reminder: {
    en: '{{clinic}}: {{patient}}, {{amount}} is due on invoice {{invoice}}. Thank you.',
    hi: '{{clinic}}: {{patient}}, बिल {{invoice}} पर {{amount}} बकाया है। धन्यवाद।',
  },
  document_ready: {
    en: '{{clinic}}: {{patient}}, your {{document}} is attached.',
    hi: '{{clinic}}: {{patient}}, आपका {{document}} संलग्न है।',
  },
}

/** WhatsApp's limit for a template body (india-domain §7.1). */
export const MAX_TEMPLATE_LENGTH = 1024

const placeholder = /\{\{\s*([a-z]+)\s*\}\}/g

/** The placeholder names of a body in order of first appearance. */
export function templateParameters(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(placeholder), (match) => match[1] as string))]
}

export type TemplateProblem =
  | { reason: 'too_long'; max: number }
  | { reason: 'unknown_parameter'; parameter: string }
  | { reason: 'clinic_missing' }
  | { reason: 'stray_braces' }

/** What is wrong with a clinic's wording for `kind`, or undefined if it can be used. */
export function templateProblem(kind: MessageKind, body: string): TemplateProblem | undefined {
  if (body.length > MAX_TEMPLATE_LENGTH) return { reason: 'too_long', max: MAX_TEMPLATE_LENGTH }
  // Braces left over once the placeholders are taken out are a typo ({patient}, {{Patient}}).
  if (/[{}]/.test(body.replace(placeholder, ''))) return { reason: 'stray_braces' }
  const allowed = kindParameters[kind]
  const parameters = templateParameters(body)
  const unknown = parameters.find((name) => !allowed.includes(name))
  if (unknown) return { reason: 'unknown_parameter', parameter: unknown }
  if (!parameters.includes('clinic')) return { reason: 'clinic_missing' }
  return undefined
}

export class MissingTemplateParameter extends Error {
  constructor(readonly parameter: string) {
    super(`${parameter}: the template needs a value for {{${parameter}}}`)
    this.name = 'MissingTemplateParameter'
  }
}

/** The text with every placeholder filled; a missing or empty value throws, naming it. */
export function renderTemplate(body: string, values: Readonly<Record<string, string>>): string {
  for (const name of templateParameters(body)) {
    if (!values[name]?.trim()) throw new MissingTemplateParameter(name)
  }
  return body.replace(placeholder, (_, name: string) => values[name] as string)
}
