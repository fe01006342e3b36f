import { INDIAN_STATES } from '../../../../shared/india/states.ts'
import { useT } from '../../i18n/use-t.ts'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldBinder, FormSection, MobileField, noAutofill } from './form-section.tsx'

export function GuardianSection({
  bind,
  isRequired,
  isIdentifiedAsAdult,
  onIdentifiedChange,
  identifiedError,
}: {
  bind: FieldBinder
  isRequired: boolean
  isIdentifiedAsAdult: boolean
  onIdentifiedChange: (isChecked: boolean) => void
  identifiedError: string | undefined
}) {
  const t = useT()
  return (
    <FormSection
      title={t('patients.guardianHeading')}
      intro={isRequired ? t('patients.guardianIntro') : undefined}
    >
      <TextField {...bind('guardian.name')} {...noAutofill} label={t('patients.guardianName')} />
      <TextField
        {...bind('guardian.relation')}
        {...noAutofill}
        label={t('patients.relation')}
        hint={t('patients.guardianRelationHint')}
      />
      <MobileField bind={bind} field="guardian.phone" label={t('patients.guardianPhone')} />
      <div className="field-wide">
        <CheckboxField
          label={t('patients.guardianIdentified')}
          name="guardian.isIdentifiedAsAdult"
          hint={t('patients.guardianIdentifiedHint')}
          isChecked={isIdentifiedAsAdult}
          onChange={onIdentifiedChange}
          error={identifiedError}
        />
      </div>
    </FormSection>
  )
}

export function AddressSection({ bind }: { bind: FieldBinder }) {
  const t = useT()
  const optional = { isOptional: true, optionalLabel: t('form.optional') }
  return (
    <FormSection title={t('patients.addressHeading')}>
      <TextField
        {...bind('address.line1')}
        {...noAutofill}
        {...optional}
        label={t('patients.addressLine1')}
      />
      <TextField
        {...bind('address.line2')}
        {...noAutofill}
        {...optional}
        label={t('patients.addressLine2')}
      />
      <TextField
        {...bind('address.city')}
        {...noAutofill}
        {...optional}
        label={t('patients.city')}
      />
      <SelectField {...bind('address.state')} label={t('patients.state')}>
        <option value="">{t('form.choose')}</option>
        {INDIAN_STATES.map((state) => (
          <option key={state.code} value={state.code}>
            {state.name}
          </option>
        ))}
      </SelectField>
      <TextField
        {...bind('address.pinCode')}
        {...noAutofill}
        {...optional}
        label={t('patients.pinCode')}
        inputMode="numeric"
        maxLength={6}
        className="field-short"
      />
    </FormSection>
  )
}

export function HealthIdSection({ bind }: { bind: FieldBinder }) {
  const t = useT()
  const optional = { isOptional: true, optionalLabel: t('form.optional') }
  return (
    <FormSection title={t('patients.healthIdHeading')} intro={t('patients.healthIdIntro')}>
      <TextField
        {...bind('abhaNumber')}
        {...noAutofill}
        {...optional}
        label={t('patients.abhaNumber')}
        hint={t('patients.abhaNumberHint')}
        inputMode="numeric"
      />
      <TextField
        {...bind('abhaAddress')}
        {...noAutofill}
        {...optional}
        label={t('patients.abhaAddress')}
        hint={t('patients.abhaAddressHint')}
      />
      <TextField
        {...bind('aadhaarLast4')}
        {...noAutofill}
        {...optional}
        label={t('patients.aadhaarLast4')}
        hint={t('patients.aadhaarHint')}
        inputMode="numeric"
      />
    </FormSection>
  )
}

export function EmergencyContactSection({ bind }: { bind: FieldBinder }) {
  const t = useT()
  return (
    <FormSection title={t('patients.emergencyHeading')} intro={t('patients.emergencyIntro')}>
      <TextField
        {...bind('emergencyContact.name')}
        {...noAutofill}
        label={t('patients.contactName')}
      />
      <TextField
        {...bind('emergencyContact.relation')}
        {...noAutofill}
        label={t('patients.relation')}
        hint={t('patients.emergencyRelationHint')}
      />
      <MobileField bind={bind} field="emergencyContact.phone" label={t('patients.contactPhone')} />
    </FormSection>
  )
}

export function OtherDetailsSection({ bind }: { bind: FieldBinder }) {
  const t = useT()
  const optional = { isOptional: true, optionalLabel: t('form.optional') }
  return (
    <FormSection title={t('patients.otherHeading')}>
      <TextField
        {...bind('genderIdentity')}
        {...noAutofill}
        {...optional}
        label={t('patients.genderIdentity')}
        hint={t('patients.genderIdentityHint')}
      />
      <TextField
        {...bind('referralSource')}
        {...noAutofill}
        {...optional}
        label={t('patients.referralSource')}
        hint={t('patients.referralSourceHint')}
      />
    </FormSection>
  )
}
