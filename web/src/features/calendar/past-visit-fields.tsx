import { useId } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { type PastOutcome, pastOutcomes } from './booking-request.ts'

export interface PastVisit {
  isBackEntry: boolean
  outcome: PastOutcome
}

/**
 * Shown when the chosen start has passed. A new booking belongs in the future, so recording a
 * visit that already happened is a deliberate choice (the server requires isBackEntry), and says
 * what happened so attendance is right from the start.
 */
export function PastVisitFields({
  values,
  onChange,
  errorFor,
}: {
  values: PastVisit
  onChange: (change: Partial<PastVisit>) => void
  errorFor: (field: string) => string | undefined
}) {
  const t = useT()
  const hintId = useId()
  return (
    <fieldset className="field past-visit" aria-describedby={hintId}>
      <legend>{t('calendar.pastHeading')}</legend>
      <p id={hintId} className="field-hint">
        {t('calendar.pastHint')}
      </p>
      <CheckboxField
        label={t('calendar.pastRecord')}
        name="isBackEntry"
        isChecked={values.isBackEntry}
        onChange={(isBackEntry) => onChange({ isBackEntry })}
        error={errorFor('isBackEntry')}
      />
      {values.isBackEntry && (
        <SelectField
          label={t('calendar.pastOutcome')}
          name="pastOutcome"
          value={values.outcome}
          onChange={(outcome) => onChange({ outcome: outcome as PastOutcome })}
        >
          {pastOutcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`calendar.pastOutcome.${outcome}`)}
            </option>
          ))}
        </SelectField>
      )}
    </fieldset>
  )
}
