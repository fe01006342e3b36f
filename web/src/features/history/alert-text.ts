import {
  ALLERGY_SEVERITIES as allergySeverities,
  CONDITIONS as conditions,
} from '../../../../shared/clinical/history-codes.ts'
import type { ClinicalAlert, Condition } from '../../../../shared/contracts/history.ts'
import type { Translate } from '../../i18n/language-provider.tsx'

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

/** "Allergy: Penicillin (life-threatening)", "Bleeding disorder", "Blood thinner: Warfarin". */
export function alertText(alert: ClinicalAlert, t: Translate): string {
  if (alert.kind === 'allergy') {
    const severity = isOneOf(allergySeverities, alert.code)
      ? t(`alerts.severity.${alert.code}`)
      : alert.code
    return t('alerts.allergy', { substance: alert.text ?? '', severity })
  }
  if (alert.kind === 'blood_thinner') {
    return t('alerts.bloodThinner', { medicine: alert.text ?? '' })
  }
  return isOneOf(conditions, alert.code) ? conditionLabel(alert.code, t) : alert.code
}

export function conditionLabel(condition: Condition, t: Translate): string {
  return t(`history.condition.${condition}`)
}
