import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import { breaksOf, newSession, type SessionDraft, sessionField } from './week-draft.ts'
import { weekdayName } from './weekday-names.ts'

export interface DaySessionsProps {
  weekday: number
  sessions: SessionDraft[]
  onChange: (sessions: SessionDraft[]) => void
  errorFor: (field: string) => string | undefined
}

/**
 * One day of the hours editor: a fieldset named by the day, its sessions as start and end times,
 * and the breaks between them. Adding a session puts the cursor in it; removing one moves the
 * focus to "Add a session", so the keyboard is never left on a button that has gone.
 */
export function DaySessions({ weekday, sessions, onChange, errorFor }: DaySessionsProps) {
  const t = useT()
  const day = weekdayName(t, weekday)
  const listRef = useRef<HTMLDivElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const [focusTarget, setFocusTarget] = useState<'new-session' | 'add' | null>(null)

  useEffect(() => {
    if (focusTarget === 'new-session') {
      listRef.current?.querySelector<HTMLElement>('.session-row:last-of-type input')?.focus()
    } else if (focusTarget === 'add') {
      addRef.current?.focus()
    }
    if (focusTarget) setFocusTarget(null)
  }, [focusTarget])

  const change = (index: number, patch: Partial<SessionDraft>) =>
    onChange(sessions.map((session, at) => (at === index ? { ...session, ...patch } : session)))
  const add = () => {
    // A new session starts where the last one ended, which is usually what comes next.
    const last = sessions.at(-1)
    onChange([...sessions, newSession(last?.end ?? '', '')])
    setFocusTarget('new-session')
  }
  const remove = (index: number) => {
    onChange(sessions.filter((_, at) => at !== index))
    setFocusTarget('add')
  }
  const breaks = breaksOf(sessions)

  return (
    <fieldset className="day-hours">
      <legend>{day}</legend>
      <div ref={listRef}>
        {sessions.length === 0 && <p className="day-closed">{t('scheduleSetup.hours.closed')}</p>}
        {sessions.map((session, index) => {
          const number = String(index + 1)
          const field = (part: 'start' | 'end') => sessionField(weekday, index, part)
          return (
            <div key={session.key} className="session-row">
              <TextField
                type="time"
                label={t('scheduleSetup.hours.start', { number })}
                name={field('start')}
                value={session.start}
                onChange={(start) => change(index, { start })}
                error={errorFor(field('start'))}
              />
              <TextField
                type="time"
                label={t('scheduleSetup.hours.end', { number })}
                name={field('end')}
                value={session.end}
                onChange={(end) => change(index, { end })}
                error={errorFor(field('end'))}
              />
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={t('scheduleSetup.hours.removeSessionLabel', { number, day })}
                onClick={() => remove(index)}
              >
                {t('scheduleSetup.hours.removeSession')}
              </button>
            </div>
          )
        })}
      </div>
      {breaks.length > 0 && (
        <ul className="break-list">
          {breaks.map((gap) => (
            <li key={`${gap.start}-${gap.end}`}>
              {t('scheduleSetup.hours.break', { start: gap.start, end: gap.end })}
            </li>
          ))}
        </ul>
      )}
      <button
        ref={addRef}
        type="button"
        className="button-secondary button-small"
        aria-label={t('scheduleSetup.hours.addSessionLabel', { day })}
        onClick={add}
      >
        {t('scheduleSetup.hours.addSession')}
      </button>
    </fieldset>
  )
}
