import type { Ref } from 'react'
import { SEXES as sexes } from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldBinder, FormSection, MobileField, noAutofill } from './form-section.tsx'
import { findPatientLanguage, patientLanguages } from './languages.ts'
import type { BirthMode } from './patient-form-values.ts'
import { languageText } from './patient-labels.ts'

/** Who the patient is and how to reach them: what the desk asks first, in the order it asks. */
export function IdentitySection({
  bind,
  birthMode,
  onToggleBirthMode,
  onDateOfBirthBlur,
  nameRef,
  birthRef,
  sex,
  onSexChange,
  sexError,
}: {
  bind: FieldBinder
  birthMode: BirthMode
  onToggleBirthMode: () => void
  onDateOfBirthBlur: () => void
  nameRef: Ref<HTMLInputElement>
  birthRef: Ref<HTMLInputElement>
  sex: string
  onSexChange: (sex: string) => void
  sexError: string | undefined
}) {
  const t = useT()
  return (
    <FormSection title={t('patients.identityHeading')}>
      <TextField
        {...bind('fullName')}
        {...noAutofill}
        label={t('patients.fullName')}
        hint={t('patients.fullNameHint')}
        inputRef={nameRef}
        className="field-wide"
      />
      <div className="field-birth">
        {birthMode === 'date' ? (
          <TextField
            key="dateOfBirth"
            {...bind('dateOfBirth')}
            {...noAutofill}
            label={t('patients.dateOfBirth')}
            hint={t('patients.dateOfBirthHint')}
            inputMode="numeric"
            inputRef={birthRef}
            onBlur={onDateOfBirthBlur}
          />
        ) : (
          <TextField
            key="ageYears"
            {...bind('ageYears')}
            {...noAutofill}
            label={t('patients.ageYears')}
            hint={t('patients.ageHint')}
            inputMode="numeric"
            inputRef={birthRef}
          />
        )}
        <button type="button" className="button-link" onClick={onToggleBirthMode}>
          {birthMode === 'date' ? t('patients.useAge') : t('patients.useDateOfBirth')}
        </button>
      </div>
      <RadioGroupField
        className="field-wide-desktop"
        legend={t('patients.sex')}
        name="sex"
        value={sex}
        onChange={onSexChange}
        error={sexError}
        isInline
        options={sexes.map((value) => ({ value, label: t(`patients.sex.${value}`) }))}
      />
      <MobileField bind={bind} field="phone" label={t('patients.phone')} isOptional />
      <TextField
        {...bind('email')}
        {...noAutofill}
        label={t('patients.email')}
        type="email"
        isOptional
        optionalLabel={t('form.optional')}
      />
      <LanguageField bind={bind} />
    </FormSection>
  )
}

function LanguageField({ bind }: { bind: FieldBinder }) {
  const t = useT()
  const language = bind('preferredLanguage')
  // A language stored through the API that this list does not offer stays selectable.
  const isUnlisted = language.value !== '' && !findPatientLanguage(language.value)
  return (
    <SelectField
      {...language}
      label={t('patients.preferredLanguage')}
      hint={t('patients.preferredLanguageHint')}
    >
      <option value="">{t('patients.languageNotAsked')}</option>
      {patientLanguages.map((option) => (
        <option key={option.code} value={option.code}>
          {languageText(option.code, t)}
        </option>
      ))}
      {isUnlisted && <option value={language.value}>{language.value}</option>}
    </SelectField>
  )
}
