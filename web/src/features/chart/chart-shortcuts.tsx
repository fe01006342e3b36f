import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { CheckboxField } from '../../ui/checkbox-field.tsx'

/** The rows of the on-screen list; the keys themselves are in chart-keys.ts. */
const SHORTCUTS = ['tooth', 'arrows', 'surfaces', 'kinds', 'status', 'enter', 'escape'] as const

/** "Keyboard shortcuts": what each key does, and a switch to turn the letters off (WCAG 2.1.4). */
export function ChartShortcuts(props: { isOn: boolean; onToggle: (isOn: boolean) => void }) {
  const t = useT()
  return (
    <details className="chart-shortcuts">
      <summary>{t('chart.shortcutsHeading')}</summary>
      <p className="muted">{t('chart.shortcutsScope')}</p>
      <CheckboxField
        label={t('chart.shortcutsOn')}
        name="shortcuts"
        isChecked={props.isOn}
        onChange={props.onToggle}
      />
      <table className="data-table shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('chart.shortcutKey')}</th>
            <th scope="col">{t('chart.shortcutAction')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((name) => (
            <tr key={name}>
              <td>
                <kbd>{t(`chart.shortcut.${name}` as MessageKey)}</kbd>
              </td>
              <td>{t(`chart.shortcut.${name}Does` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
