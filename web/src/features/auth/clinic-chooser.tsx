import { useId } from 'react'
import type { ClinicOption as ClinicChoice } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'

/** Radio buttons for an account that works at several clinics. */
export function ClinicChooser({
  clinics,
  value,
  onChange,
  error,
}: {
  clinics: ClinicChoice[]
  value: string
  onChange: (clinicId: string) => void
  error?: string | undefined
}) {
  const t = useT()
  const id = useId()
  return (
    <fieldset className="field choice-list" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend>{t('login.chooseClinicLegend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('login.chooseClinicIntro')}
      </p>
      {clinics.map((clinic, index) => (
        <label key={clinic.id} className="choice">
          <input
            type="radio"
            name="clinicId"
            value={clinic.id}
            checked={value === clinic.id}
            onChange={() => onChange(clinic.id)}
            aria-invalid={error && index === 0 ? true : undefined}
          />
          {clinic.name}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
