import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'
import { AlertList } from '../history/alert-list.tsx'
import { usePatient } from '../patients/use-patient.ts'

/**
 * The patient's medical alerts (allergies, critical conditions, blood thinners) in an
 * appointment's details, as the patient header shows them, so a doctor sees them before the
 * patient sits in the chair. Only roles that may read clinical data ask: opening a patient is an
 * audited read, and the server would answer without alerts anyway.
 */
export function AppointmentAlerts({ patientId }: { patientId: string }) {
  const me = useMe()
  if (!can(me, 'clinical.read')) return null
  return <LoadedAlerts patientId={patientId} />
}

function LoadedAlerts({ patientId }: { patientId: string }) {
  const t = useT()
  const { state } = usePatient(patientId, null)
  if (state.kind === 'loading') return <p className="muted">{t('calendar.alertsLoading')}</p>
  // A missing alert must not look like no alert: say that they could not be checked.
  if (state.kind === 'failed') return <p className="muted">{t('calendar.alertsFailed')}</p>
  const { alerts, mergedIntoId } = state.patient
  // Null when this person is not on the patient's care team: nothing to show, as in the header.
  if (!alerts || mergedIntoId) return null
  return (
    <div className="appointment-alerts">
      <AlertList alerts={alerts} />
    </div>
  )
}
