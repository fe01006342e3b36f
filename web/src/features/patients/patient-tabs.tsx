import { can } from '../../../../shared/contracts/auth.ts'
import type { OpenedPatient, RegisteredPatient } from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { type Tab, Tabs } from '../../ui/tabs.tsx'
import { useMe } from '../auth/use-session.ts'
import { BillingTab } from '../billing/billing-tab.tsx'
import { ChartTab } from '../chart/chart-tab.tsx'
import { ConsentSection } from '../consent/consent-section.tsx'
import { DocumentsTab } from '../documents/documents-tab.tsx'
import { HistoryTab } from '../history/history-tab.tsx'
import { LabTab } from '../lab/lab-tab.tsx'
import { MessagesTab } from '../messaging/messages-tab.tsx'
import { NotesTab } from '../notes/notes-tab.tsx'
import { PerioTab } from '../perio/perio-tab.tsx'
import { PlansTab } from '../plans/plans-tab.tsx'
import { PrescriptionsTab } from '../prescriptions/prescriptions-tab.tsx'
import { FormsTab } from '../treatment-consent/forms-tab.tsx'
import { VitalsTab } from '../vitals/vitals-tab.tsx'
import type { ClinicalTabProps } from './clinical-tab.ts'
import { DetailsTab } from './details-tab.tsx'

export type RecordTab =
  | 'details'
  | 'history'
  | 'chart'
  | 'perio'
  | 'notes'
  | 'vitals'
  | 'plans'
  | 'prescriptions'
  | 'lab'
  | 'forms'
  | 'consent'
  | 'messages'
  | 'documents'
  | 'billing'

export interface PatientTabsProps {
  patient: OpenedPatient
  /** From the address (?tab=history); anything else shows the details. */
  requestedTab: string | null
  onSelectTab: (tab: RecordTab) => void
  registration: RegisteredPatient | null
  onStatus: (message: string | null) => void
  onUpdate: (change: Partial<OpenedPatient>) => void
  onReload: () => void
}

/**
 * The parts of the record as tabs. Clinical tabs (history, chart, perio, notes, vitals, plans, documents) exist only for people who
 * may read this patient's clinical records: the front desk never sees them.
 */
export function PatientTabs(props: PatientTabsProps) {
  const { patient, requestedTab, onSelectTab, onStatus, onUpdate } = props
  const t = useT()
  const me = useMe()
  const isClinical = patient.clinicalAccess.read
  const tabs: Tab<RecordTab>[] = [
    { key: 'details', label: t('record.tab.details') },
    ...(isClinical
      ? [
          { key: 'history' as const, label: t('record.tab.history') },
          { key: 'chart' as const, label: t('record.tab.chart') },
          { key: 'perio' as const, label: t('record.tab.perio') },
          { key: 'notes' as const, label: t('record.tab.notes') },
          { key: 'vitals' as const, label: t('record.tab.vitals') },
          { key: 'plans' as const, label: t('record.tab.plans') },
          { key: 'prescriptions' as const, label: t('prescriptions.tab') },
          { key: 'lab' as const, label: t('lab.tab') },
          { key: 'forms' as const, label: t('treatmentConsent.tab') },
        ]
      : []),
    { key: 'consent', label: t('record.tab.consent') },
    // The message log: owners, admins and the front desk (messaging.read), not clinical roles.
    ...(can(me, 'messaging.read') ? [{ key: 'messages' as const, label: t('messages.tab') }] : []),
    ...(isClinical ? [{ key: 'documents' as const, label: t('record.tab.documents') }] : []),
    // Billing roles only (billing.read): doctors and assistants have no billing (PRODUCT.md roles).
    ...(can(me, 'billing.read')
      ? [{ key: 'billing' as const, label: t('record.tab.billing') }]
      : []),
  ]
  const clinical: ClinicalTabProps = {
    patientId: patient.id,
    canChart: isClinical && can(me, 'clinical.chart_entry'),
    canSign: patient.clinicalAccess.write && can(me, 'clinical.sign'),
    onStatus,
  }
  const selected = tabs.find((tab) => tab.key === requestedTab)?.key ?? 'details'

  return (
    <Tabs label={t('record.tabsLabel')} tabs={tabs} selected={selected} onSelect={onSelectTab}>
      {selected === 'details' && (
        <DetailsTab
          patient={patient}
          registration={props.registration}
          onStatus={onStatus}
          onUpdate={onUpdate}
          onReload={props.onReload}
        />
      )}
      {selected === 'history' && (
        <HistoryTab
          patientId={patient.id}
          canWrite={patient.clinicalAccess.write}
          onStatus={onStatus}
          onAlerts={(alerts) => onUpdate({ alerts })}
        />
      )}
      {selected === 'chart' && <ChartTab {...clinical} />}
      {selected === 'perio' && <PerioTab {...clinical} />}
      {selected === 'notes' && <NotesTab {...clinical} />}
      {selected === 'vitals' && <VitalsTab {...clinical} />}
      {selected === 'plans' && <PlansTab {...clinical} />}
      {selected === 'prescriptions' && (
        <PrescriptionsTab {...clinical} preferredLanguage={patient.preferredLanguage} />
      )}
      {selected === 'lab' && <LabTab {...clinical} />}
      {selected === 'forms' && <FormsTab {...clinical} />}
      {selected === 'consent' && (
        <ConsentSection patientId={patient.id} canWrite={can(me, 'patient.write')} />
      )}
      {selected === 'messages' && <MessagesTab patientId={patient.id} />}
      {selected === 'documents' && (
        <DocumentsTab patientId={patient.id} canWrite={patient.clinicalAccess.write} />
      )}
      {selected === 'billing' && (
        <BillingTab patientId={patient.id} patientName={patient.fullName} />
      )}
    </Tabs>
  )
}
