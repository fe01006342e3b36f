import { useState } from 'react'
import {
  type BookableDoctor,
  exceptionKinds,
  type ScheduleException,
  ScheduleExceptionSchema,
} from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { type ExceptionValues, exceptionRequest, wholeClinic } from './exception-time.ts'
import { exceptionKindKey } from './exception-words.ts'

const blank: ExceptionValues = {
  who: '',
  kind: 'leave',
  isPartOfDay: false,
  from: '',
  to: '',
  date: '',
  startTime: '',
  endTime: '',
  note: '',
}

export interface ExceptionFormProps {
  doctors: BookableDoctor[]
  timeZone: string
  onAdded: (exception: ScheduleException) => Promise<void>
}

/**
 * Leave for one doctor or a day the whole clinic is closed: whole days typed DD/MM/YYYY, or part
 * of one day between two times. Who it is for must be chosen, so nobody closes the whole clinic
 * by leaving a default alone.
 */
export function ExceptionForm({ doctors, timeZone, onAdded }: ExceptionFormProps) {
  const t = useT()
  const form = useForm()
  const [values, setValues] = useState<ExceptionValues>(blank)
  const set = (patch: Partial<ExceptionValues>) =>
    setValues((current) => ({ ...current, ...patch }))
  const messages = {
    required: t('form.required'),
    invalidDate: t('date.invalid'),
    toBeforeFrom: t('scheduleSetup.leave.toBeforeFrom'),
    endBeforeStart: t('scheduleSetup.leave.endBeforeStart'),
  }
  const request = () => exceptionRequest(values, timeZone, messages)

  const validate = () => {
    const checked = request()
    return 'errors' in checked ? checked.errors : {}
  }
  const send = async () => {
    const checked = request()
    if (!('body' in checked)) return
    const added = await api('/schedule/exceptions', {
      schema: ScheduleExceptionSchema,
      method: 'POST',
      body: checked.body,
    })
    setValues(blank)
    await onAdded(added)
  }
  const dateField = (name: 'from' | 'to' | 'date', label: string) => (
    <TextField
      label={label}
      name={name}
      hint={t('scheduleSetup.leave.dateHint')}
      inputMode="numeric"
      autoComplete="off"
      value={values[name]}
      onChange={(text) => set({ [name]: text })}
      error={form.errorFor(name)}
    />
  )

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="field-grid">
        <SelectField
          label={t('scheduleSetup.leave.forWhom')}
          name="doctorUserId"
          value={values.who}
          onChange={(who) => set({ who })}
          error={form.errorFor('doctorUserId')}
        >
          <option value="">{t('form.choose')}</option>
          <option value={wholeClinic}>{t('scheduleSetup.leave.wholeClinic')}</option>
          {doctors.map((doctor) => (
            <option key={doctor.userId} value={doctor.userId}>
              {doctor.fullName}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('scheduleSetup.leave.kind')}
          name="kind"
          value={values.kind}
          onChange={(kind) => set({ kind: kind as ExceptionValues['kind'] })}
          error={form.errorFor('kind')}
        >
          {exceptionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(exceptionKindKey(kind))}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField
        label={t('scheduleSetup.leave.isPartOfDay')}
        name="isPartOfDay"
        isChecked={values.isPartOfDay}
        onChange={(isPartOfDay) => set({ isPartOfDay })}
      />
      {values.isPartOfDay ? (
        <div className="field-grid">
          {dateField('date', t('scheduleSetup.leave.date'))}
          <TextField
            type="time"
            label={t('scheduleSetup.leave.startTime')}
            name="startsAt"
            value={values.startTime}
            onChange={(startTime) => set({ startTime })}
            error={form.errorFor('startsAt')}
          />
          <TextField
            type="time"
            label={t('scheduleSetup.leave.endTime')}
            name="endsAt"
            value={values.endTime}
            onChange={(endTime) => set({ endTime })}
            error={form.errorFor('endsAt')}
          />
        </div>
      ) : (
        <div className="field-grid">
          {dateField('from', t('scheduleSetup.leave.from'))}
          {dateField('to', t('scheduleSetup.leave.to'))}
        </div>
      )}
      <TextField
        label={t('scheduleSetup.leave.note')}
        name="note"
        isOptional
        optionalLabel={t('form.optional')}
        value={values.note}
        onChange={(note) => set({ note })}
        error={form.errorFor('note')}
        maxLength={200}
      />
      <button type="submit" disabled={form.isSending}>
        {form.isSending ? t('form.sending') : t('scheduleSetup.leave.add')}
      </button>
    </form>
  )
}
