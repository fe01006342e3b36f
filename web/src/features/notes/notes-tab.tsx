import { useT } from '../../i18n/use-t.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'

export function NotesTab(_props: ClinicalTabProps) {
  const t = useT()
  return <h2>{t('notes.heading')}</h2>
}
