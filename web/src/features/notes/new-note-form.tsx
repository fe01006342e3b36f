import { useEffect, useState } from 'react'
import type { NoteTemplate } from '../../../../shared/contracts/note-templates.ts'
import { type Note, NoteSchema } from '../../../../shared/contracts/notes.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { templateParts } from '../../../../shared/notes/template-prompts.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { emptySoap, isBlank, SOAP_SECTIONS, type SoapText } from './soap.ts'
import { SoapFields } from './soap-fields.tsx'
import {
  emptyAnswers,
  noteFromTemplate,
  promptFieldName,
  type TemplateAnswers,
} from './template-answers.ts'
import { useTodaysAppointment } from './todays-appointment.ts'

export interface NewNoteFormProps {
  patientId: string
  templates: readonly NoteTemplate[]
  onCreated: (note: Note) => void
  onCancel: () => void
}

/**
 * Starts a draft: from a template, whose [[prompts]] become fields (an unanswered prompt's line
 * is left out), or blank. The draft can be edited before it is signed, so the template only
 * saves typing. Offers to link the note to the patient's appointment today.
 */
export function NewNoteForm({ patientId, templates, onCreated, onCancel }: NewNoteFormProps) {
  const t = useT()
  const form = useForm()
  const { appointment, zone } = useTodaysAppointment(patientId)
  const [templateId, setTemplateId] = useState('')
  const [answers, setAnswers] = useState<TemplateAnswers | null>(null)
  const [soap, setSoap] = useState<SoapText>(emptySoap)
  const [isLinked, setLinked] = useState(true)
  const template = templates.find((candidate) => candidate.id === templateId) ?? null
  // Opened by "Write a note": keyboard and screen reader users land on its first choice.
  const formRef = form.ref
  useEffect(() => {
    formRef.current?.querySelector('select')?.focus()
  }, [formRef])

  const choose = (id: string) => {
    setTemplateId(id)
    const chosen = templates.find((candidate) => candidate.id === id)
    setAnswers(chosen ? emptyAnswers(chosen) : null)
  }
  const content = () => (template && answers ? noteFromTemplate(template, answers) : soap)

  const send = async () => {
    const note = await api(`/patients/${patientId}/notes`, {
      schema: NoteSchema,
      method: 'POST',
      body: { ...content(), appointmentId: appointment && isLinked ? appointment.id : null },
    })
    onCreated(note)
  }
  const validate = (): FieldErrors =>
    template === null && isBlank(soap) ? { subjective: t('notes.writeSomething') } : {}

  return (
    <form
      ref={form.ref}
      noValidate
      className="notes-new"
      aria-labelledby="notes-new-heading"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <h3 id="notes-new-heading">{t('notes.newHeading')}</h3>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <SelectField
        label={t('notes.template')}
        name="template"
        hint={t('notes.templateHint')}
        value={templateId}
        onChange={choose}
      >
        <option value="">{t('notes.blank')}</option>
        {templates.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      {template && answers ? (
        SOAP_SECTIONS.map((section) => (
          <TemplateSection
            key={section}
            legend={t(`notes.section.${section}`)}
            text={template[section]}
            answers={answers[section]}
            onChange={(index, value) =>
              setAnswers({
                ...answers,
                [section]: answers[section].map((old, at) => (at === index ? value : old)),
              })
            }
            fieldName={(index) => promptFieldName(section, index)}
          />
        ))
      ) : (
        <SoapFields soap={soap} onChange={setSoap} form={form} />
      )}
      {appointment && (
        <CheckboxField
          label={t('notes.linkAppointment', {
            time: formatDateTime(appointment.startsAt, zone),
            doctor: appointment.doctor.fullName ?? '',
          })}
          name="appointmentId"
          isChecked={isLinked}
          onChange={setLinked}
          error={form.errorFor('appointmentId')}
        />
      )}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('notes.saveDraft')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}

/**
 * One template section: its fixed text shown as written, each prompt a one-line field labelled
 * with the prompt. A section without prompts is shown as the text it will contribute.
 */
function TemplateSection({
  legend,
  text,
  answers,
  onChange,
  fieldName,
}: {
  legend: string
  text: string
  answers: readonly string[]
  onChange: (index: number, value: string) => void
  fieldName: (index: number) => string
}) {
  const parts = templateParts(text)
  if (parts.length === 0) return null
  const prompts = parts.flatMap((part) => (part.kind === 'prompt' ? [part] : []))
  return (
    <fieldset className="notes-template-section">
      <legend>{legend}</legend>
      {prompts.length === 0 ? (
        <p className="notes-text">{text}</p>
      ) : (
        <div className="field-grid">
          {prompts.map((prompt) => (
            <TextField
              key={prompt.index}
              label={prompt.label}
              name={fieldName(prompt.index)}
              value={answers[prompt.index] ?? ''}
              onChange={(value) => onChange(prompt.index, value)}
              autoComplete="off"
              maxLength={1000}
            />
          ))}
        </div>
      )}
    </fieldset>
  )
}
