import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { PageHeader } from '../../ui/page-header.tsx'
import { Tabs } from '../../ui/tabs.tsx'
import { useMe } from '../auth/use-session.ts'
import { ClinicDrugsPanel } from './clinic-drugs-panel.tsx'
import { FavouritesPanel } from './favourites-panel.tsx'
import { SetsPanel } from './sets-panel.tsx'
import '../prescriptions/prescriptions.css'
import './formulary.css'

const TABS = ['favourites', 'sets', 'clinicDrugs'] as const
type TabKey = (typeof TABS)[number]

/**
 * Prescribing (issue #13 §1, §2): what the prescription pad offers besides the drug master:
 * the prescriber's favourites, the clinic's per-diagnosis sets and its own medicines. Clinical
 * roles read them (clinical.read); owners, admins and doctors change them (clinical.write),
 * and the server refuses anyone else, so the controls are only shown to those.
 */
export function FormularyPage() {
  const t = useT()
  const me = useMe()
  const canWrite = can(me, 'clinical.write')
  const [tab, setTab] = useState<TabKey>('favourites')

  return (
    <section className="page formulary" aria-labelledby="page-heading">
      <PageHeader title={t('formulary.title')} intro={t('formulary.intro')} />
      {!canWrite && <p className="alert alert-info">{t('formulary.readOnly')}</p>}
      <Tabs
        label={t('formulary.tabsLabel')}
        tabs={TABS.map((key) => ({ key, label: t(`formulary.tab.${key}`) }))}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'favourites' && <FavouritesPanel canWrite={canWrite} />}
        {tab === 'sets' && <SetsPanel canWrite={canWrite} />}
        {tab === 'clinicDrugs' && <ClinicDrugsPanel canWrite={canWrite} />}
      </Tabs>
    </section>
  )
}
