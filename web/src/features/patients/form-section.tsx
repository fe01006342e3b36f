import { createContext, type ReactNode, useContext } from 'react'
import { formatIndianMobile } from '../../../../shared/format/index.ts'
import { normalizeIndianMobile } from '../../../../shared/india/identifiers.ts'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import type { PatientTextField } from './patient-form-values.ts'

/** The props that tie an input to one form value and to the errors about it. */
export type FieldBinder = (field: PatientTextField) => {
  name: string
  value: string
  onChange: (value: string) => void
  error: string | undefined
}

/** Section headings sit one level below the heading the form is under (h1 page, h2 edit). */
export const SectionHeadingLevel = createContext<2 | 3>(2)

/** One group of the form: a fieldset whose legend is a heading, for heading navigation too. */
export function FormSection({
  title,
  intro,
  children,
}: {
  title: string
  intro?: string
  children: ReactNode
}) {
  const Heading = useContext(SectionHeadingLevel) === 2 ? 'h2' : 'h3'
  return (
    <fieldset className="form-section">
      <legend>
        <Heading className="form-section-heading">{title}</Heading>
      </legend>
      {intro && <p className="muted form-section-intro">{intro}</p>}
      <div className="field-grid">{children}</div>
    </fieldset>
  )
}

// Patient details are typed about someone else: the browser must not offer the receptionist's own.
export const noAutofill = { autoComplete: 'off', spellCheck: false } as const

/** A mobile number field with +91 shown beside it and, once complete, how it will be saved. */
export function MobileField({
  bind,
  field,
  label,
  isOptional = false,
}: {
  bind: FieldBinder
  field: PatientTextField
  label: string
  isOptional?: boolean
}) {
  const t = useT()
  const props = bind(field)
  const normalized = normalizeIndianMobile(props.value)
  return (
    <TextField
      {...props}
      {...noAutofill}
      label={label}
      type="tel"
      inputMode="tel"
      prefix="+91"
      isOptional={isOptional}
      optionalLabel={t('form.optional')}
      hint={
        normalized
          ? t('patients.phoneSavedAs', { phone: formatIndianMobile(normalized) })
          : t('patients.phoneHint')
      }
    />
  )
}
