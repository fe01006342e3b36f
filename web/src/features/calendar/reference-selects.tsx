import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import type { ScheduleReferences } from './use-schedule-references.ts'

interface ReferenceSelectProps {
  references: ScheduleReferences
  value: string
  onChange: (value: string) => void
  error?: string | undefined
}

/** The doctor of an appointment: one of the clinic's bookable doctors. */
export function DoctorSelect({ references, value, onChange, error }: ReferenceSelectProps) {
  const t = useT()
  return (
    <SelectField
      label={t('calendar.doctor')}
      name="doctorUserId"
      value={value}
      onChange={onChange}
      error={error}
    >
      {references.doctors.map((doctor) => (
        <option key={doctor.userId} value={doctor.userId}>
          {doctor.fullName}
        </option>
      ))}
    </SelectField>
  )
}

/** The chair of an appointment, or none ('' is no chair). */
export function ChairSelect({ references, value, onChange, error }: ReferenceSelectProps) {
  const t = useT()
  return (
    <SelectField
      label={t('calendar.chair')}
      name="chairId"
      value={value}
      onChange={onChange}
      error={error}
    >
      <option value="">{t('calendar.noChair')}</option>
      {references.chairs.map((chair) => (
        <option key={chair.id} value={chair.id}>
          {chair.name}
        </option>
      ))}
    </SelectField>
  )
}
