import { useT } from '../../i18n/use-t.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'

export function VitalsTab(_props: ClinicalTabProps) {
  const t = useT()
  return <h2>{t('vitals.heading')}</h2>
}
