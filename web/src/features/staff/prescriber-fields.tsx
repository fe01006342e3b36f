import { useId } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import { CouncilSuggestions } from './council-suggestions.tsx'

export interface PrescriberDetails {
  qualification: string
  registrationCouncil: string
  registrationNumber: string
}

export const NO_PRESCRIBER_DETAILS: PrescriberDetails = {
  qualification: '',
  registrationCouncil: '',
  registrationNumber: '',
}

/**
 * What prescriptions and certificates print under a doctor's name: qualification, council and
 * registration number (Telemedicine Practice Guidelines 2020, Appendix 5; IMC Regulations
 * 1.4.2). Shared by the invite form and the edit dialog; the names are the request body keys,
 * so a server error naming a field lands on it.
 */
export function PrescriberFields({
  value,
  onChange,
  errorFor,
}: {
  value: PrescriberDetails
  onChange: (value: PrescriberDetails) => void
  errorFor: (field: string) => string | undefined
}) {
  const t = useT()
  const councilsId = useId()
  const set = (field: keyof PrescriberDetails) => (text: string) =>
    onChange({ ...value, [field]: text })
  return (
    <>
      <TextField
        label={t('staff.qualification')}
        name="qualification"
        isOptional
        optionalLabel={t('form.optional')}
        hint={t('staff.qualificationHint')}
        maxLength={200}
        value={value.qualification}
        onChange={set('qualification')}
        error={errorFor('qualification')}
      />
      <TextField
        label={t('staff.registrationCouncil')}
        name="registrationCouncil"
        isOptional
        optionalLabel={t('form.optional')}
        hint={t('staff.councilHint')}
        maxLength={200}
        list={councilsId}
        autoComplete="off"
        value={value.registrationCouncil}
        onChange={set('registrationCouncil')}
        error={errorFor('registrationCouncil')}
      />
      <CouncilSuggestions id={councilsId} />
      <TextField
        label={t('staff.registrationNumber')}
        name="registrationNumber"
        isOptional
        optionalLabel={t('form.optional')}
        maxLength={50}
        value={value.registrationNumber}
        onChange={set('registrationNumber')}
        error={errorFor('registrationNumber')}
      />
    </>
  )
}

/** The fields that differ from `before`, trimmed; an emptied field is null (cleared). */
export function changedPrescriberDetails(
  now: PrescriberDetails,
  before: PrescriberDetails,
): Partial<Record<keyof PrescriberDetails, string | null>> {
  const change: Partial<Record<keyof PrescriberDetails, string | null>> = {}
  for (const field of Object.keys(now) as (keyof PrescriberDetails)[]) {
    const text = now[field].trim()
    if (text !== before[field]) change[field] = text || null
  }
  return change
}
