import { useState } from 'react'
import { z } from 'zod'
import {
  type BookableDoctor,
  type WorkingDay,
  WorkingDaySchema,
} from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { useForm } from '../../ui/use-form.ts'
import { DaySessions } from './day-sessions.tsx'
import {
  bodyFromDraft,
  copyMondayToSaturday,
  draftFromWeek,
  mondayFirstWeekdays,
  type SessionDraft,
  validateWeek,
  type WeekDraft,
} from './week-draft.ts'

const WeekListSchema = z.array(WorkingDaySchema)

export interface WeekEditorProps {
  doctor: BookableDoctor
  week: WorkingDay[]
  onSaved: (week: WorkingDay[]) => void
}

/**
 * A doctor's working week, Monday first, saved whole with PUT: the server replaces every
 * session in one transaction. Errors the server names (week.2.sessions.1.start) stand under
 * their input, which carries the same name.
 */
export function WeekEditor({ doctor, week, onSaved }: WeekEditorProps) {
  const t = useT()
  const form = useForm()
  const [draft, setDraft] = useState<WeekDraft>(() => draftFromWeek(week))
  const [status, setStatus] = useState<string | null>(null)
  // The week is saved to the branch its sessions are in (the clinic's first branch if none).
  const branchId = week.flatMap((day) => day.sessions)[0]?.branchId

  const changeDay = (weekday: number, sessions: SessionDraft[]) => {
    setStatus(null)
    setDraft((current) => current.map((day, at) => (at === weekday ? sessions : day)))
  }
  const validate = () =>
    validateWeek(draft, {
      required: t('scheduleSetup.hours.required'),
      endAfterStart: t('scheduleSetup.hours.endAfterStart'),
      overlaps: t('scheduleSetup.hours.overlaps'),
    })
  const send = async () => {
    setStatus(null)
    const saved = await api(`/schedule/doctors/${doctor.userId}/hours`, {
      schema: WeekListSchema,
      method: 'PUT',
      body: bodyFromDraft(draft, branchId),
    })
    setDraft(draftFromWeek(saved))
    setStatus(t('scheduleSetup.hours.saved', { name: doctor.fullName }))
    onSaved(saved)
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <fieldset className="week-hours">
        <legend>{t('scheduleSetup.hours.weekLegend', { name: doctor.fullName })}</legend>
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setDraft(copyMondayToSaturday)
              setStatus(t('scheduleSetup.hours.copied'))
            }}
          >
            {t('scheduleSetup.hours.copyMonday')}
          </button>
        </div>
        <div className="week-grid">
          {mondayFirstWeekdays.map((weekday) => (
            <DaySessions
              key={weekday}
              weekday={weekday}
              sessions={draft[weekday] ?? []}
              onChange={(sessions) => changeDay(weekday, sessions)}
              errorFor={form.errorFor}
            />
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('scheduleSetup.hours.save')}
        </button>
      </div>
    </form>
  )
}
