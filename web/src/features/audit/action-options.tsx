import { useT } from '../../i18n/use-t.ts'
import { actionGroups, knownActions } from './action-label.ts'

const groupLabelKey = {
  'auth.': 'auditGroup.auth',
  'staff.': 'auditGroup.staff',
  'audit.': 'auditGroup.audit',
  'billing.': 'auditGroup.billing',
} as const

/** The action filter's choices: every action of a group, or one action. */
export function ActionOptions() {
  const t = useT()
  return (
    <>
      <option value="">{t('audit.anyAction')}</option>
      <optgroup label={t('audit.actionGroups')}>
        {actionGroups.map((group) => (
          <option key={group} value={group}>
            {t(groupLabelKey[group])}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('audit.singleActions')}>
        {knownActions.map((action) => (
          <option key={action} value={action}>
            {t(`auditAction.${action}`)}
          </option>
        ))}
      </optgroup>
    </>
  )
}
