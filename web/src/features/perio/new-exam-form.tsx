import { useState } from 'react'
import {
  type NewPerioExam,
  type PerioExam,
  PerioExamSchema,
} from '../../../../shared/contracts/perio.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'

/**
 * Starting an exam: blank, or a copy of the latest completed exam (its missing teeth, implants,
 * mobility, furcation and every site, to re-probe and correct), and whether implants are probed
 * and counted like teeth.
 */
export function NewExamForm({
  patientId,
  hasCompleted,
  onCreated,
}: {
  patientId: string
  hasCompleted: boolean
  onCreated: (exam: PerioExam) => void
}) {
  const t = useT()
  const [copyFrom, setCopyFrom] = useState<'blank' | 'previous'>('blank')
  const [includeImplants, setIncludeImplants] = useState(false)
  const [isSending, setSending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const start = async () => {
    setSending(true)
    setError(null)
    const body: NewPerioExam = { copyFrom: hasCompleted ? copyFrom : 'blank', includeImplants }
    try {
      onCreated(
        await api(`/patients/${patientId}/perio/exams`, {
          method: 'POST',
          body,
          schema: PerioExamSchema,
        }),
      )
    } catch (failure) {
      setError(failure)
    } finally {
      setSending(false)
    }
  }
  return (
    <form
      className="perio-new-exam"
      aria-labelledby="perio-new-heading"
      onSubmit={(event) => {
        event.preventDefault()
        void start()
      }}
    >
      <h3 id="perio-new-heading">{t('perio.new.heading')}</h3>
      {hasCompleted && (
        <RadioGroupField
          legend={t('perio.new.startFrom')}
          name="copyFrom"
          value={copyFrom}
          isInline
          options={[
            { value: 'blank', label: t('perio.new.blank') },
            { value: 'previous', label: t('perio.new.previous') },
          ]}
          onChange={(value) => setCopyFrom(value as 'blank' | 'previous')}
        />
      )}
      <CheckboxField
        label={t('perio.new.includeImplants')}
        name="includeImplants"
        isChecked={includeImplants}
        onChange={setIncludeImplants}
        hint={t('perio.new.includeImplantsHint')}
      />
      <ErrorAlert>{error === null ? null : apiErrorMessage(error, t)}</ErrorAlert>
      <button type="submit" className="button-primary" disabled={isSending}>
        {t('perio.new.submit')}
      </button>
    </form>
  )
}
