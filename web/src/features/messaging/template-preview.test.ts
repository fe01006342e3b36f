import { describe, expect, it } from 'vitest'
import { defaultTemplates, messageKinds } from '../../../../shared/messaging/index.ts'
import { en } from '../../i18n/en.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { previewOf, sampleValues } from './template-preview.ts'

const t: Translate = (key, params) =>
  en[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => params?.[name] ?? placeholder)

const samples = sampleValues(t, 'Sunrise Dental Care', 'Asia/Kolkata')

describe('the wording preview', () => {
  it('fills every shipped wording with samples, the visit on the clinic’s clock in Indian format', () => {
    for (const kind of messageKinds) {
      for (const language of ['en', 'hi'] as const) {
        const preview = previewOf(kind, defaultTemplates[kind][language], samples)
        expect(preview, `${kind} ${language}`).toMatch(/^Sunrise Dental Care: /)
        expect(preview).not.toContain('{{')
      }
    }
    expect(samples.when).toMatch(/^\d{2}\/\d{2}\/\d{4}, 10:30 am$/)
  })

  it('shows nothing for wording the server would refuse', () => {
    expect(previewOf('appointment_reminder', 'Hello {{patient}}', samples)).toBeNull()
    expect(previewOf('appointment_reminder', '{{clinic}}: {{amount}}', samples)).toBeNull()
    expect(previewOf('appointment_reminder', '{{clinic}}: {patient}', samples)).toBeNull()
    expect(previewOf('appointment_reminder', '   ', samples)).toBeNull()
  })
})
