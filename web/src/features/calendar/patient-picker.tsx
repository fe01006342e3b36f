import type { FormEvent } from 'react'
import { useT } from '../../i18n/use-t.ts'
import type { FieldErrors, FormController } from '../../ui/use-form.ts'
import { PatientSearch } from '../patients/patient-search.tsx'

/** A patient chosen for a booking: from the search, a recall or the patient page. */
export interface ChosenPatient {
  id: string
  fullName: string
  patientNumber: string
}

/** The patient of a booking: the type-ahead until one is chosen, then their name and number. */
export function PatientPicker({
  patient,
  onChange,
}: {
  patient: ChosenPatient | null
  onChange: (patient: ChosenPatient | null) => void
}) {
  const t = useT()
  if (patient) {
    return (
      <div className="field chosen-patient">
        <p>
          {t('calendar.chosenPatient', { patient: patient.fullName })}{' '}
          <span className="patient-number">{patient.patientNumber}</span>
        </p>
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => onChange(null)}
        >
          {t('calendar.changePatient')}
        </button>
      </div>
    )
  }
  return (
    <PatientSearch
      label={t('calendar.findPatient')}
      emptyHelp={<p className="muted">{t('calendar.searchHelp')}</p>}
      noMatchHelp={<p className="muted">{t('calendar.noMatch')}</p>}
      onChoose={(chosen) =>
        onChange({ id: chosen.id, fullName: chosen.fullName, patientNumber: chosen.patientNumber })
      }
    />
  )
}

/** onSubmit of a form that needs a patient: without one it says so (`message`) and sends nothing. */
export function submitWithPatient(
  form: FormController,
  patient: ChosenPatient | null,
  message: string,
  send: () => Promise<void>,
  validate?: () => FieldErrors,
) {
  return (event: FormEvent<HTMLFormElement>) => {
    if (!patient) {
      event.preventDefault()
      form.showErrors(message)
      return
    }
    form.handleSubmit(send, validate)(event)
  }
}
