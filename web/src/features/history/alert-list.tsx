import type { ClinicalAlert } from '../../../../shared/contracts/history.ts'
import { useT } from '../../i18n/use-t.ts'
import { alertText } from './alert-text.ts'

/**
 * The alerts in the patient header, worst first. Critical ones are red with a stop sign, warnings
 * amber with a triangle, and each says "Critical" or "Warning" in words: colour is never the only
 * signal (WCAG 2.2, 1.4.1).
 */
export function AlertList({ alerts }: { alerts: ClinicalAlert[] }) {
  const t = useT()
  if (alerts.length === 0) {
    return <p className="muted clinical-alerts-none">{t('alerts.none')}</p>
  }
  return (
    <ul className="clinical-alerts" aria-label={t('alerts.label')}>
      {alerts.map((alert, index) => (
        <li
          // Alerts have no id; the same substance can appear twice with different severities.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered in place.
          key={index}
          className={`clinical-alert clinical-alert-${alert.severity}`}
          data-severity={alert.severity}
        >
          <AlertIcon severity={alert.severity} />
          <span className="clinical-alert-level">
            {alert.severity === 'critical' ? t('alerts.critical') : t('alerts.warning')}
          </span>
          <span className="clinical-alert-text">{alertText(alert, t)}</span>
        </li>
      ))}
    </ul>
  )
}

function AlertIcon({ severity }: { severity: ClinicalAlert['severity'] }) {
  return (
    <svg
      className="clinical-alert-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'critical' ? (
        <path
          fill="currentColor"
          fillRule="evenodd"
          d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9zM11 6v8h2V6zm0 10v2h2v-2z"
        />
      ) : (
        <path fill="currentColor" fillRule="evenodd" d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z" />
      )}
    </svg>
  )
}
