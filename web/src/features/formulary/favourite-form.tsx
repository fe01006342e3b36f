import { useRef, useState } from 'react'
import type { FormularyDrug, FormularyLine } from '../../../../shared/contracts/formulary.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CancelButton } from '../../ui/cancel-button.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { DrugSearch } from '../prescriptions/drug-search.tsx'
import { draftForDrug, type LineDraft, lineOfDraft, lineProblems } from './line-draft.ts'
import { LineFields } from './line-fields.tsx'

export interface FavouriteFormProps {
  /** The favourite's line to change; null to pick a drug first. */
  initial: LineDraft | null
  submitLabel: string
  onSubmit: (line: FormularyLine) => Promise<void>
  onCancel: () => void
}

/** A favourite: a drug from the type-ahead (drugs only), then its usual line. */
export function FavouriteForm({ initial, submitLabel, onSubmit, onCancel }: FavouriteFormProps) {
  const t = useT()
  const form = useForm()
  const searchRef = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState<LineDraft | null>(initial)
  const [drug, setDrug] = useState<FormularyDrug | undefined>(undefined)

  const validate = (): FieldErrors => {
    if (!draft) return {}
    return Object.fromEntries(
      lineProblems(draft).map((field) => [field, t(`formulary.problem.${field}`)]),
    )
  }
  const send = async () => {
    if (draft) await onSubmit(lineOfDraft(draft))
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {draft === null ? (
        <DrugSearch
          inputRef={searchRef}
          isDrugsOnly
          label={t('formulary.drugSearch')}
          hint={t('formulary.drugSearchHint')}
          onDrug={(hit) => {
            setDrug(hit.drug)
            setDraft(draftForDrug(hit.drug))
          }}
          onSet={() => {}}
          onCustom={() => {}}
        />
      ) : (
        <fieldset className="rx-line">
          <legend>{draft.drugName}</legend>
          <LineFields
            draft={draft}
            drug={drug}
            prefix=""
            errorFor={form.errorFor}
            onChange={setDraft}
          />
          {initial === null && (
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                setDraft(null)
                setDrug(undefined)
              }}
            >
              {t('formulary.otherDrug')}
            </button>
          )}
        </fieldset>
      )}
      <div className="button-row">
        <button type="submit" disabled={form.isSending || draft === null}>
          {form.isSending ? t('form.sending') : submitLabel}
        </button>
        <CancelButton onClick={onCancel} />
      </div>
    </form>
  )
}
