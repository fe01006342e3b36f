import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import { type AsOf, asOfDay } from './as-of-day.ts'

/**
 * "Chart as of date": a typed DD/MM/YYYY date (a native date input shows the browser's order,
 * see lib/indian-date.ts), and a way back to today's chart.
 */
export function AsOfForm(props: {
  zone: string
  asOf: AsOf | null
  onChange: (asOf: AsOf | null) => void
}) {
  const t = useT()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  return (
    <form
      className="as-of-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (text.trim() === '') {
          setError(undefined)
          props.onChange(null)
          return
        }
        const found = asOfDay(text, props.zone, new Date())
        if ('error' in found) {
          setError(t(found.error === 'invalid' ? 'chart.asOfInvalid' : 'chart.asOfFuture'))
          return
        }
        setError(undefined)
        props.onChange(found.asOf)
      }}
    >
      <TextField
        label={t('chart.asOfLabel')}
        name="asOf"
        value={text}
        inputMode="numeric"
        autoComplete="off"
        placeholder="DD/MM/YYYY"
        onChange={setText}
        error={error}
        className="field-short"
      />
      <div className="button-row">
        <button type="submit" className="button-secondary">
          {t('chart.asOfShow')}
        </button>
        {props.asOf && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setText('')
              setError(undefined)
              props.onChange(null)
            }}
          >
            {t('chart.asOfToday')}
          </button>
        )}
      </div>
    </form>
  )
}
