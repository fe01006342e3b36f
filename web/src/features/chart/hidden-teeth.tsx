import { useState } from 'react'
import { PRIMARY_TEETH } from '../../../../shared/dental/fdi.ts'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'

/**
 * In mixed dentition, marks a primary tooth present so it is drawn (a retained 85 among 41–48)
 * before anything is charted on it. Typing its number on the chart does the same.
 */
export function HiddenTeeth(props: {
  shown: ReadonlySet<number>
  onShow: (tooth: number) => void
}) {
  const t = useT()
  const [choice, setChoice] = useState('')
  const hidden = PRIMARY_TEETH.filter((tooth) => !props.shown.has(tooth))
  if (hidden.length === 0) return null
  return (
    <div className="hidden-teeth">
      <SelectField
        label={t('chart.addPrimary')}
        name="presentTooth"
        value={hidden.includes(Number(choice)) ? choice : ''}
        onChange={setChoice}
      >
        <option value="">{t('form.choose')}</option>
        {hidden.map((tooth) => (
          <option key={tooth} value={tooth}>
            {tooth}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        className="button-secondary"
        disabled={!hidden.includes(Number(choice))}
        onClick={() => {
          props.onShow(Number(choice))
          setChoice('')
        }}
      >
        {t('chart.showTooth')}
      </button>
    </div>
  )
}
