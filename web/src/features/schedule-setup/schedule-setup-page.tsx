import { useSearchParams } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { PageHeader } from '../../ui/page-header.tsx'
import { type Tab, Tabs } from '../../ui/tabs.tsx'
import { useMe } from '../auth/use-session.ts'
import { AppointmentTypesSection } from './appointment-types-section.tsx'
import { ChairsSection } from './chairs-section.tsx'
import { DoctorHoursSection } from './doctor-hours-section.tsx'
import { ExceptionsSection } from './exceptions-section.tsx'
import { RecallRulesSection } from './recall-rules-section.tsx'

type SetupTab = 'hours' | 'leave' | 'chairs' | 'types' | 'recalls'

/**
 * The clinic's scheduling set-up (issue #5): what the appointment calendar is built on. Every
 * role may look (schedule.read); owners and admins (schedule.configure) change it.
 */
export function ScheduleSetupPage() {
  const t = useT()
  const me = useMe()
  const canConfigure = can(me, 'schedule.configure')
  const [searchParams, setSearchParams] = useSearchParams()
  const tabs: Tab<SetupTab>[] = [
    { key: 'hours', label: t('scheduleSetup.tab.hours') },
    { key: 'leave', label: t('scheduleSetup.tab.leave') },
    { key: 'chairs', label: t('scheduleSetup.tab.chairs') },
    { key: 'types', label: t('scheduleSetup.tab.types') },
    { key: 'recalls', label: t('scheduleSetup.tab.recalls') },
  ]
  // The tab is in the address (?tab=leave) so a link or a reload opens it again.
  const selected = tabs.find((tab) => tab.key === searchParams.get('tab'))?.key ?? 'hours'
  const select = (tab: SetupTab) =>
    setSearchParams(tab === 'hours' ? {} : { tab }, { replace: true })

  return (
    <section className="page schedule-setup" aria-labelledby="page-heading">
      <PageHeader title={t('scheduleSetup.title')} intro={t('scheduleSetup.intro')} />
      {!canConfigure && <p className="alert alert-info">{t('scheduleSetup.readOnly')}</p>}
      <Tabs label={t('scheduleSetup.tabsLabel')} tabs={tabs} selected={selected} onSelect={select}>
        {selected === 'hours' && <DoctorHoursSection canConfigure={canConfigure} />}
        {selected === 'leave' && <ExceptionsSection canConfigure={canConfigure} />}
        {selected === 'chairs' && <ChairsSection canConfigure={canConfigure} />}
        {selected === 'types' && <AppointmentTypesSection canConfigure={canConfigure} />}
        {selected === 'recalls' && <RecallRulesSection canConfigure={canConfigure} />}
      </Tabs>
    </section>
  )
}
