import { useT } from '../../i18n/use-t.ts'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import type { FormController } from '../../ui/use-form.ts'
import { SOAP_SECTIONS, type SoapText } from './soap.ts'

/** The contract's limit per section (shared/contracts/notes.ts). */
const SECTION_MAX = 10_000

/** The four SOAP sections as text areas, named as the API names them. */
export function SoapFields({
  soap,
  onChange,
  form,
}: {
  soap: SoapText
  onChange: (soap: SoapText) => void
  form: FormController
}) {
  const t = useT()
  return (
    <>
      {SOAP_SECTIONS.map((section) => (
        <TextAreaField
          key={section}
          label={t(`notes.section.${section}`)}
          hint={t(`notes.section.${section}.hint`)}
          name={section}
          value={soap[section]}
          onChange={(value) => onChange({ ...soap, [section]: value })}
          error={form.errorFor(section)}
          maxLength={SECTION_MAX}
          rows={3}
        />
      ))}
    </>
  )
}
