import { useCallback, useEffect, useRef, useState } from 'react'
import {
  type Patient,
  PatientSchema,
  type RegisteredPatient,
  RegisteredPatientSchema,
} from '../../../../shared/contracts/patients.ts'
import { formatDate, todayInZone } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { useForm } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { type FieldBinder, SectionHeadingLevel } from './form-section.tsx'
import { IdentitySection } from './identity-section.tsx'
import {
  AddressSection,
  EmergencyContactSection,
  GuardianSection,
  HealthIdSection,
  OtherDetailsSection,
} from './patient-form-sections.tsx'
import {
  type BirthMode,
  emptyValues,
  isGuardianShown,
  isTypedMinor,
  type PatientFormValues,
  type PatientTextField,
  parseBirthDate,
  valuesFromPatient,
} from './patient-form-values.ts'
import { toChangeBody, toCreateBody } from './patient-request-body.ts'
import { PossibleDuplicates } from './possible-duplicates.tsx'
import { useDuplicateCheck } from './use-duplicate-check.ts'
import { validatePatientForm } from './validate-patient-form.ts'

export type PatientFormProps =
  | {
      /** Registering someone new. */
      patient?: undefined
      onRegistered: (patient: RegisteredPatient) => void
      onCancel: () => void
    }
  | {
      /** Editing: only what changed is sent. */
      patient: Patient
      /** The saved patient, or null when nothing was changed. */
      onSaved: (patient: Patient | null) => void
      onCancel: () => void
    }

/**
 * Registration and editing share this form. It is built for the desk: the name has the focus,
 * Tab follows the order a patient is asked, Enter in any field submits, and fields for a child's
 * guardian appear as soon as the age typed is under 18.
 */
export function PatientForm(props: PatientFormProps) {
  const { patient, onCancel } = props
  const t = useT()
  const me = useMe()
  const form = useForm()
  const [values, setValues] = useState<PatientFormValues>(() =>
    patient ? valuesFromPatient(patient) : emptyValues(me.clinic.stateCode),
  )
  const nameRef = useRef<HTMLInputElement>(null)
  const hasToggledBirth = useRef(false)
  // Clinics work in Indian Standard Time whatever zone the computer is set to.
  const today = todayInZone()
  const isRegistering = patient === undefined
  const duplicates = useDuplicateCheck(values, isRegistering)

  useEffect(() => {
    nameRef.current?.focus()
  }, [])

  // After switching between date of birth and age, typing continues in the field now shown.
  const focusToggledBirthField = useCallback((input: HTMLInputElement | null) => {
    if (input && hasToggledBirth.current) {
      hasToggledBirth.current = false
      input.focus()
    }
  }, [])

  const set = (field: PatientTextField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }))
  const bind: FieldBinder = (field) => ({
    name: field,
    value: values[field],
    onChange: set(field),
    error: form.errorFor(field),
  })

  const toggleBirthMode = () => {
    hasToggledBirth.current = true
    const next: BirthMode = values.birthMode === 'date' ? 'age' : 'date'
    setValues((current) => ({ ...current, birthMode: next }))
  }

  // 15031990 becomes 15/03/1990 on leaving the field, so what was understood is visible.
  const tidyDateOfBirth = () => {
    const date = parseBirthDate(values.dateOfBirth)
    if (date) set('dateOfBirth')(formatDate(date))
  }

  const send = async () => {
    try {
      if (!props.patient) {
        const body = toCreateBody(values, { today, clinicStateCode: me.clinic.stateCode })
        props.onRegistered(
          await api('/patients', { method: 'POST', body, schema: RegisteredPatientSchema }),
        )
        return
      }
      const { id } = props.patient
      const change = toChangeBody(values, props.patient, { today })
      if (Object.keys(change).length === 0) {
        props.onSaved(null)
        return
      }
      props.onSaved(
        await api(`/patients/${id}`, { method: 'PATCH', body: change, schema: PatientSchema }),
      )
    } catch (error) {
      throw placeIssues(error, values)
    }
  }

  const validate = () => validatePatientForm(values, { today, patient, t })
  const submitLabel = isRegistering ? t('patients.registerSubmit') : t('patients.save')

  return (
    <form
      ref={form.ref}
      noValidate
      onSubmit={form.handleSubmit(send, validate)}
      className="patient-form"
    >
      <SectionHeadingLevel value={isRegistering ? 2 : 3}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        <IdentitySection
          bind={bind}
          birthMode={values.birthMode}
          onToggleBirthMode={toggleBirthMode}
          onDateOfBirthBlur={tidyDateOfBirth}
          nameRef={nameRef}
          birthRef={focusToggledBirthField}
          sex={values.sex}
          onSexChange={set('sex')}
          sexError={form.errorFor('sex')}
        />
        {isRegistering && (
          <PossibleDuplicates patients={duplicates} intro={t('patients.duplicatesWhileTyping')} />
        )}
        {isGuardianShown(values, today, patient) && (
          <GuardianSection
            bind={bind}
            isRequired={isTypedMinor(values, today)}
            isIdentifiedAsAdult={values.isGuardianIdentifiedAsAdult}
            onIdentifiedChange={(isChecked) =>
              setValues((current) => ({ ...current, isGuardianIdentifiedAsAdult: isChecked }))
            }
            identifiedError={form.errorFor('guardian.isIdentifiedAsAdult')}
          />
        )}
        <AddressSection bind={bind} />
        <HealthIdSection bind={bind} />
        <EmergencyContactSection bind={bind} />
        <OtherDetailsSection bind={bind} />
        <div className="button-row form-actions">
          <button type="submit" disabled={form.isSending}>
            {form.isSending ? t('form.sending') : submitLabel}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </SectionHeadingLevel>
    </form>
  )
}

/**
 * The server names a whole group when a group is missing ("guardian: is required for a patient
 * under 18") and the date of birth when neither it nor an age came; show those under the input
 * the person has to fill.
 */
function placeIssues(error: unknown, values: PatientFormValues): unknown {
  if (!(error instanceof ApiError) || error.issues.length === 0) return error
  const groupFirstField: Record<string, string> = {
    guardian: 'guardian.name',
    emergencyContact: 'emergencyContact.name',
    address: 'address.line1',
    dateOfBirth: values.birthMode === 'age' ? 'ageYears' : 'dateOfBirth',
  }
  const issues = error.issues.map((issue) => ({
    ...issue,
    field: groupFirstField[issue.field] ?? issue.field,
  }))
  return new ApiError(error.status, error.code, error.message, issues, error.body)
}
