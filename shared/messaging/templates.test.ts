import { describe, expect, it } from 'vitest'
import {
  defaultTemplates,
  kindParameters,
  MissingTemplateParameter,
  messageKinds,
  renderTemplate,
  templateParameters,
  templateProblem,
} from './templates.ts'

describe('the shipped templates', () => {
  it('exist for every kind in English and Hindi, name the clinic and use only their parameters', () => {
    for (const kind of messageKinds) {
      for (const language of ['en', 'hi'] as const) {
        const body = defaultTemplates[kind][language]
        expect(templateProblem(kind, body), `${kind} ${language}`).toBeUndefined()
        // The Hindi wording carries the same information as the English.
        expect(templateParameters(body).sort()).toEqual([...kindParameters[kind]].sort())
      }
    }
  })
})

describe('a clinic’s own wording', () => {
  it('is refused with the reason: too long, an unknown or misspelt placeholder, no clinic name', () => {
    expect(templateProblem('appointment_reminder', `{{clinic}} ${'x'.repeat(1024)}`)).toEqual({
      reason: 'too_long',
      max: 1024,
    })
    expect(templateProblem('appointment_reminder', '{{clinic}}: {{amount}} due')).toEqual({
      reason: 'unknown_parameter',
      parameter: 'amount',
    })
    expect(templateProblem('appointment_reminder', '{{clinic}}: hello {patient}')).toEqual({
      reason: 'stray_braces',
    })
    expect(templateProblem('appointment_reminder', 'Hello {{patient}}')).toEqual({
      reason: 'clinic_missing',
    })
  })
})

describe('rendering', () => {
  it('fills every placeholder, in Hindi too, and lists them in order for positional providers', () => {
    const body = defaultTemplates.appointment_reminder.hi
    const text = renderTemplate(body, {
      clinic: 'स्माइल डेंटल',
      patient: 'आशा',
      doctor: 'डॉ. मेहता',
      when: 'मंगलवार 14 अक्टूबर, शाम 5:30',
    })
    expect(text).toBe(
      'स्माइल डेंटल: आशा, याद दिला दें: डॉ. मेहता के साथ आपका अपॉइंटमेंट मंगलवार 14 अक्टूबर, शाम 5:30 को है।',
    )
    expect(templateParameters(body)).toEqual(['clinic', 'patient', 'doctor', 'when'])
  })

  it('refuses a missing or blank value, naming the parameter', () => {
    const body = defaultTemplates.payment_reminder.en
    const render = () =>
      renderTemplate(body, {
        clinic: 'Smile Dental',
        patient: 'Asha',
        amount: ' ',
        invoice: 'INV/1',
      })
    expect(render).toThrow(MissingTemplateParameter)
    expect(render).toThrow(/^amount: /)
  })

  it('never treats a value as a placeholder', () => {
    const text = renderTemplate('{{clinic}}: {{patient}}', {
      clinic: 'A',
      patient: '{{clinic}} $&',
    })
    expect(text).toBe('A: {{clinic}} $&')
  })
})
