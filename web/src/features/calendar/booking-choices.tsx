import { useId } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { ChairSelect, DoctorSelect } from './reference-selects.tsx'
import type { ScheduleReferences } from './use-schedule-references.ts'

export interface Choices {
  doctorUserId: string
  chairId: string
  appointmentTypeId: string
  notes: string
}

/** Doctor, chair, type (which brings its usual length) and notes of a booking. */
export function BookingChoices({
  references,
  values,
  onChange,
  errorFor,
}: {
  references: ScheduleReferences
  values: Choices
  /** `defaultMinutes` is the chosen type's usual length. */
  onChange: (change: Partial<Choices>, defaultMinutes?: number) => void
  errorFor: (field: string) => string | undefined
}) {
  const t = useT()
  const notesId = useId()
  return (
    <>
      <div className="field-grid">
        <DoctorSelect
          references={references}
          value={values.doctorUserId}
          onChange={(doctorUserId) => onChange({ doctorUserId })}
          error={errorFor('doctorUserId')}
        />
        <ChairSelect
          references={references}
          value={values.chairId}
          onChange={(chairId) => onChange({ chairId })}
          error={errorFor('chairId')}
        />
        <SelectField
          label={t('calendar.type')}
          name="appointmentTypeId"
          value={values.appointmentTypeId}
          onChange={(appointmentTypeId) =>
            onChange(
              { appointmentTypeId },
              references.types.find((type) => type.id === appointmentTypeId)?.defaultMinutes,
            )
          }
          error={errorFor('appointmentTypeId')}
        >
          <option value="">{t('calendar.noType')}</option>
          {references.types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field">
        <label htmlFor={notesId}>
          {t('calendar.notes')} <span className="field-optional">({t('form.optional')})</span>
        </label>
        <textarea
          id={notesId}
          name="notes"
          rows={2}
          maxLength={500}
          value={values.notes}
          onChange={(event) => onChange({ notes: event.target.value })}
        />
      </div>
    </>
  )
}
