import { useState } from 'react'
import {
  CONSENT_LANGUAGES,
  type ConsentLanguage,
  type ConsentTemplate,
  ConsentTemplateSchema,
  hasWellFormedPlaceholders,
  type NewConsentTemplate,
  PROCEDURE_KINDS,
  type ProcedureKind,
} from '../../../../shared/contracts/treatment-consent.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { TEMPLATES_PATH } from '../treatment-consent/consent-api.ts'

/** The contract's limits (shared/contracts/treatment-consent.ts). */
const TITLE_MAX = 120
const BODY_MAX = 20000

/**
 * Adds a consent template (template null) or replaces one whole; the server raises its version.
 * The text is one body: paragraphs, then each risk on its own "- " line, as the standard
 * templates are written. The placeholder check the server makes runs first, so a stray bracket
 * is named before sending.
 */
export function ConsentTemplateForm({
  template,
  onSaved,
  onCancel,
}: {
  template: ConsentTemplate | null
  onSaved: () => Promise<void>
  onCancel: () => void
}) {
  const t = useT()
  const form = useForm()
  const [title, setTitle] = useState(template?.title ?? '')
  const [procedureKind, setProcedureKind] = useState<ProcedureKind>(
    template?.procedureKind ?? 'general',
  )
  const [language, setLanguage] = useState<ConsentLanguage>(template?.language ?? 'en')
  const [body, setBody] = useState(template?.body ?? '')

  const send = async () => {
    const input: NewConsentTemplate = { title: title.trim(), procedureKind, language, body }
    await api(template ? `${TEMPLATES_PATH}/${template.id}` : TEMPLATES_PATH, {
      schema: ConsentTemplateSchema,
      method: template ? 'PUT' : 'POST',
      body: input,
    })
    await onSaved()
  }
  const validate = () => {
    const errors: FieldErrors = {}
    if (title.trim() === '') errors.title = t('consentTemplates.titleRequired')
    if (body.trim() === '') errors.body = t('consentTemplates.bodyRequired')
    else if (!hasWellFormedPlaceholders(body)) {
      errors.body = t('reason.treatment_consent.template_placeholder')
    }
    return errors
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="consent-template-form"
      aria-label={
        template
          ? t('consentTemplates.editTemplate', { title: template.title })
          : t('consentTemplates.add')
      }
      onSubmit={form.handleSubmit(send, validate)}
    >
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('consentTemplates.fieldTitle')}
        name="title"
        value={title}
        onChange={setTitle}
        error={form.errorFor('title')}
        maxLength={TITLE_MAX}
        autoComplete="off"
      />
      <SelectField
        label={t('consentTemplates.procedureKind')}
        name="procedureKind"
        value={procedureKind}
        onChange={(value) => setProcedureKind(value as ProcedureKind)}
        error={form.errorFor('procedureKind')}
      >
        {PROCEDURE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`consentTemplates.procedureKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('consentTemplates.language')}
        name="language"
        value={language}
        onChange={(value) => setLanguage(value as ConsentLanguage)}
        error={form.errorFor('language')}
      >
        {CONSENT_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`consentTemplates.languageHeading.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('consentTemplates.body')}
        name="body"
        hint={t('consentTemplates.bodyHint')}
        value={body}
        onChange={setBody}
        error={form.errorFor('body')}
        maxLength={BODY_MAX}
        rows={14}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('consentTemplates.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
