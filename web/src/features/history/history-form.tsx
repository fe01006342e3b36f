import { useState } from 'react'
import { type History, HistorySchema } from '../../../../shared/contracts/history.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { AllergyRows, MedicationRows } from './allergy-medication-rows.tsx'
import { ConditionFields } from './condition-fields.tsx'
import { DentalFields, HabitsFields } from './habits-and-dental-fields.tsx'
import {
  bodyFromDraft,
  draftFromHistory,
  type HistoryDraft,
  validateDraft,
} from './history-draft.ts'

export interface HistoryFormProps {
  patientId: string
  history: History
  onSaved: (history: History) => void
  onCancel: () => void
  /** After a conflict: drop this draft and show the version someone else saved. */
  onReload: () => void
}

/**
 * The whole history in one form, saved with the version it started from: if someone else saved
 * in between, the server answers 409 and nothing is overwritten. Errors the server names
 * (allergies.0.substance) stand under their field.
 */
export function HistoryForm({ patientId, history, onSaved, onCancel, onReload }: HistoryFormProps) {
  const t = useT()
  const form = useForm()
  const [draft, setDraft] = useState<HistoryDraft>(() => draftFromHistory(history))
  const [isConflict, setConflict] = useState(false)
  const change = (patch: Partial<HistoryDraft>) => setDraft((current) => ({ ...current, ...patch }))

  const validate = () =>
    validateDraft(draft, {
      substance: t('history.substanceRequired'),
      medicine: t('history.medicineRequired'),
      otherNote: t('history.otherNoteRequired'),
    })
  const send = async () => {
    setConflict(false)
    try {
      const saved = await api(`/patients/${patientId}/history`, {
        schema: HistorySchema,
        method: 'PUT',
        body: bodyFromDraft(draft, history.version),
      })
      onSaved(saved)
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setConflict(true)
      else throw error
    }
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="card section-gap history-form"
      aria-labelledby="history-form-heading"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <h2 id="history-form-heading">{t('history.heading')}</h2>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {isConflict && (
        <div role="alert" className="alert alert-error">
          <p>{t('history.conflict')}</p>
          <button type="button" className="button-secondary" onClick={onReload}>
            {t('history.loadLatest')}
          </button>
        </div>
      )}
      <TextField
        label={t('history.chiefComplaint')}
        name="chiefComplaint"
        hint={t('history.chiefComplaintHint')}
        value={draft.chiefComplaint}
        onChange={(chiefComplaint) => change({ chiefComplaint })}
        isOptional
        optionalLabel={t('form.optional')}
        error={form.errorFor('chiefComplaint')}
        maxLength={2000}
      />
      <ConditionFields
        value={draft.conditions}
        onChange={(conditions) => change({ conditions })}
        draft={draft}
        errorFor={form.errorFor}
      />
      <AllergyRows
        rows={draft.allergies}
        onChange={(allergies) => change({ allergies })}
        errorFor={form.errorFor}
      />
      <MedicationRows
        rows={draft.medications}
        onChange={(medications) => change({ medications })}
        errorFor={form.errorFor}
      />
      <HabitsFields draft={draft} onChange={change} errorFor={form.errorFor} />
      <DentalFields draft={draft} onChange={change} />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('history.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
