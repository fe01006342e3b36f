import { useState } from 'react'
import { z } from 'zod'
import {
  type MessageTemplate,
  MessageTemplateSchema,
} from '../../../../shared/contracts/messaging.ts'
import { MAX_TEMPLATE_LENGTH } from '../../../../shared/messaging/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiCache } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { previewOf } from './template-preview.ts'

export const TEMPLATES_PATH = '/messaging/templates'
const TemplateListSchema = z.array(MessageTemplateSchema)

const templatePath = (template: MessageTemplate) =>
  `${TEMPLATES_PATH}/${template.kind}/${template.language}`

/**
 * One message kind's wording in one language: the placeholders it may use as buttons that insert
 * them where the cursor is, a preview with sample details, Save, and back to the standard wording.
 * The server checks the placeholders (400 naming `body`), shown under the text.
 */
export function TemplateForm({
  template,
  samples,
}: {
  template: MessageTemplate
  samples: Readonly<Record<string, string>>
}) {
  const t = useT()
  const cache = useApiCache()
  const form = useForm()
  const [body, setBody] = useState(template.body)
  const [done, setDone] = useState<string | null>(null)
  const [isResetting, setResetting] = useState(false)
  const languageName = t(`templates.language.${template.language}`)
  const preview = previewOf(template.kind, body, samples)

  const change = (next: string) => {
    setDone(null)
    setBody(next)
  }

  /** Keeps the list the server answered with, and this form's text as it now stands there. */
  const keep = (list: MessageTemplate[]) => {
    cache.set(TEMPLATES_PATH, list)
    const saved = list.find(
      (each) => each.kind === template.kind && each.language === template.language,
    )
    if (saved) setBody(saved.body)
  }

  const validate = (): FieldErrors => (body.trim() === '' ? { body: t('templates.bodyEmpty') } : {})

  const send = async () => {
    setDone(null)
    const list = await api(templatePath(template), {
      method: 'PUT',
      schema: TemplateListSchema,
      body: { body },
    })
    keep(list)
    setDone(t('templates.saved'))
  }

  const reset = () => {
    setDone(null)
    setResetting(true)
    form.showErrors(null)
    api(templatePath(template), { method: 'DELETE', schema: TemplateListSchema })
      .then((list) => {
        keep(list)
        setDone(t('templates.resetDone'))
        // The button just pressed is now disabled: focus goes back to the text.
        form.ref.current?.querySelector('textarea')?.focus()
      })
      .catch((error: unknown) => form.showErrors(errorText(error, t)))
      .finally(() => setResetting(false))
  }

  const insert = (name: string) => {
    const token = `{{${name}}}`
    const area = form.ref.current?.querySelector('textarea')
    const start = area?.selectionStart ?? body.length
    const end = area?.selectionEnd ?? body.length
    change(body.slice(0, start) + token + body.slice(end))
    // Back to the text, just after what was inserted, so typing carries on from there.
    requestAnimationFrame(() => {
      area?.focus()
      area?.setSelectionRange(start + token.length, start + token.length)
    })
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="template-form"
      aria-label={t('templates.formLabel', {
        kind: t(`messages.kind.${template.kind}`),
        language: languageName,
      })}
      onSubmit={form.handleSubmit(send, validate)}
    >
      <StatusMessage>{done}</StatusMessage>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <p className="muted template-state">
        {template.isDefault ? t('templates.isDefault') : t('templates.isCustom')}
      </p>
      <TextAreaField
        label={t('templates.body', { language: languageName })}
        name="body"
        hint={t('templates.bodyHint')}
        value={body}
        onChange={change}
        error={form.errorFor('body')}
        maxLength={MAX_TEMPLATE_LENGTH}
        rows={4}
        lang={template.language}
      />
      <fieldset className="template-chips">
        <legend className="field-hint">{t('templates.placeholders')}</legend>
        {template.parameters.map((name) => (
          <button
            key={name}
            type="button"
            className="button-secondary template-chip"
            lang="en"
            onClick={() => insert(name)}
          >
            {`{{${name}}}`}
          </button>
        ))}
      </fieldset>
      <div className="template-preview">
        <p className="field-hint">{t('templates.preview')}</p>
        {preview === null ? (
          <p className="muted">{t('templates.previewUnavailable')}</p>
        ) : (
          <p className="template-preview-text" lang={template.language}>
            {preview}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" disabled={form.isSending || isResetting}>
          {form.isSending ? t('form.sending') : t('templates.save')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={reset}
          disabled={template.isDefault || form.isSending || isResetting}
        >
          {t('templates.useDefault')}
        </button>
      </div>
    </form>
  )
}
