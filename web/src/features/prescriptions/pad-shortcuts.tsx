import { useT } from '../../i18n/use-t.ts'

/** The pad's keyboard shortcuts, on screen so nobody has to guess them. */
export function PadShortcuts() {
  const t = useT()
  return (
    <details className="rx-shortcuts" open>
      <summary>{t('prescriptions.shortcutsHeading')}</summary>
      <ul>
        <li>
          <kbd>{t('prescriptions.shortcut.search')}</kbd>
        </li>
        <li>
          <kbd>{t('prescriptions.shortcut.pick')}</kbd>
        </li>
        <li>
          <kbd>{t('prescriptions.shortcut.check')}</kbd>
        </li>
        <li>
          <kbd>{t('prescriptions.shortcut.issue')}</kbd>
        </li>
      </ul>
    </details>
  )
}
