import { useState } from 'react'
import {
  type NoteTemplate,
  NoteTemplateSchema,
} from '../../../../shared/contracts/note-templates.ts'
import { hasWellFormedPrompts } from '../../../../shared/notes/template-prompts.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { emptySoap, SOAP_SECTIONS, type SoapText, soapOf } from './soap.ts'

/** The contract's limit per template section (shared/contracts/note-templates.ts). */
const SECTION_MAX = 4000

/**
 * Adds a template (template null) or replaces one whole. Prompts are written [[Label]]; the
 * same check the server makes runs first, so a stray bracket is named before sending.
 */
export function TemplateForm({
  template,
  onSaved,
  onCancel,
}: {
  template: NoteTemplate | null
  onSaved: () => Promise<void>
  onCancel: () => void
}) {
  const t = useT()
  const form = useForm()
  const [name, setName] = useState(template?.name ?? '')
  const [soap, setSoap] = useState<SoapText>(() => (template ? soapOf(template) : emptySoap))

  const send = async () => {
    await api(template ? `/note-templates/${template.id}` : '/note-templates', {
      schema: NoteTemplateSchema,
      method: template ? 'PUT' : 'POST',
      body: { name, ...soap },
    })
    await onSaved()
  }
  const validate = () => {
    const errors: FieldErrors = {}
    if (name.trim() === '') errors.name = t('notes.templateNameRequired')
    for (const section of SOAP_SECTIONS) {
      if (!hasWellFormedPrompts(soap[section])) errors[section] = t('reason.note_template.prompt')
    }
    return errors
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="template-form"
      aria-label={
        template ? t('notes.editTemplate', { name: template.name }) : t('notes.addTemplate')
      }
      onSubmit={form.handleSubmit(send, validate)}
    >
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('notes.templateName')}
        name="name"
        value={name}
        onChange={setName}
        error={form.errorFor('name')}
        maxLength={80}
        autoComplete="off"
      />
      <p className="muted">{t('notes.promptSyntax')}</p>
      {SOAP_SECTIONS.map((section) => (
        <TextAreaField
          key={section}
          label={t(`notes.section.${section}`)}
          name={section}
          value={soap[section]}
          onChange={(value) => setSoap({ ...soap, [section]: value })}
          error={form.errorFor(section)}
          maxLength={SECTION_MAX}
          rows={4}
        />
      ))}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('notes.saveTemplate')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
