import { useRef, useState } from 'react'
import type { FormularyDrug, NewPrescriptionSet } from '../../../../shared/contracts/formulary.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CancelButton } from '../../ui/cancel-button.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { DrugSearch } from '../prescriptions/drug-search.tsx'
import { draftForDrug, type LineDraft, lineOfDraft, lineProblems } from './line-draft.ts'
import { LineFields } from './line-fields.tsx'

/** The API's limit on a set's lines (shared/contracts/formulary.ts). */
const MAX_LINES = 20

export interface SetLineDraft {
  key: string
  draft: LineDraft
  drug?: FormularyDrug | undefined
}

export interface SetDraft {
  name: string
  lines: SetLineDraft[]
}

let counter = 0
export const nextLineKey = () => `set-line-${++counter}`

export interface SetFormProps {
  initial: SetDraft
  submitLabel: string
  onSubmit: (body: NewPrescriptionSet) => Promise<void>
  onCancel: () => void
}

/**
 * A per-diagnosis set ("Post-extraction"): its name and its lines, each a drug of the master or
 * of the clinic with its usual line. Line fields are named as the API names them
 * ('lines.1.doseAmount'), so a refusal shows on the line it concerns.
 */
export function SetForm({ initial, submitLabel, onSubmit, onCancel }: SetFormProps) {
  const t = useT()
  const form = useForm()
  const searchRef = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(initial.name)
  const [lines, setLines] = useState(initial.lines)

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (name.trim() === '') errors.name = t('form.required')
    if (lines.length === 0) errors.lines = t('formulary.setNeedsLine')
    lines.forEach((line, index) => {
      for (const field of lineProblems(line.draft)) {
        errors[`lines.${index}.${field}`] = t(`formulary.problem.${field}`)
      }
    })
    return errors
  }
  const send = () =>
    onSubmit({ name: name.trim(), lines: lines.map((line) => lineOfDraft(line.draft)) })

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('formulary.setName')}
        name="name"
        hint={t('formulary.setNameHint')}
        value={name}
        maxLength={80}
        error={form.errorFor('name')}
        onChange={setName}
      />
      <section aria-label={t('formulary.setLines')} className="formulary-set-lines">
        {lines.map((line, index) => (
          <fieldset key={line.key} className="rx-line">
            <legend>
              {t('prescriptions.lineHeading', {
                position: String(index + 1),
                name: line.draft.drugName,
              })}
            </legend>
            <LineFields
              draft={line.draft}
              drug={line.drug}
              prefix={`lines.${index}.`}
              errorFor={form.errorFor}
              onChange={(draft) =>
                setLines((current) =>
                  current.map((item) => (item.key === line.key ? { ...item, draft } : item)),
                )
              }
            />
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                setLines((current) => current.filter((item) => item.key !== line.key))
                searchRef.current?.focus()
              }}
            >
              {t('prescriptions.removeLine', { name: line.draft.drugName })}
            </button>
          </fieldset>
        ))}
      </section>
      {lines.length < MAX_LINES && (
        <DrugSearch
          inputRef={searchRef}
          isDrugsOnly
          label={t('formulary.addLine')}
          hint={t('formulary.drugSearchHint')}
          onDrug={(hit) =>
            setLines((current) => [
              ...current,
              { key: nextLineKey(), draft: draftForDrug(hit.drug), drug: hit.drug },
            ])
          }
          onSet={() => {}}
          onCustom={() => {}}
        />
      )}
      {/* A hidden input named "lines" lets the form show the API's issue about the list itself. */}
      <input type="hidden" name="lines" value={String(lines.length)} />
      {form.errorFor('lines') && <p className="field-error">{form.errorFor('lines')}</p>}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : submitLabel}
        </button>
        <CancelButton onClick={onCancel} />
      </div>
    </form>
  )
}
