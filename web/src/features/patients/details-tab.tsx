import { can } from '../../../../shared/contracts/auth.ts'
import type {
  OpenedPatient,
  Patient,
  RegisteredPatient,
} from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { useEditMode } from '../../ui/use-edit-mode.ts'
import { useMe } from '../auth/use-session.ts'
import { AttendanceSummary } from '../calendar/attendance-summary.tsx'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { CareTeamSection } from '../care-team/care-team-section.tsx'
import { MergeSection } from './merge-section.tsx'
import { PatientDetails } from './patient-details.tsx'
import { PatientForm } from './patient-form.tsx'
import { PossibleDuplicates } from './possible-duplicates.tsx'

export interface DetailsTabProps {
  patient: OpenedPatient
  registration: RegisteredPatient | null
  onStatus: (message: string | null) => void
  onUpdate: (change: Partial<OpenedPatient>) => void
  onReload: () => void
}

/** The details on record and their editing, the care team, and merging a duplicate. */
export function DetailsTab({
  patient,
  registration,
  onStatus,
  onUpdate,
  onReload,
}: DetailsTabProps) {
  const t = useT()
  const me = useMe()
  const { isEditing, editButtonRef, startEditing, stopEditing } = useEditMode(onStatus)
  const onSaved = (saved: Patient | null) => {
    // The answer to an edit is the record alone: clinical access and alerts stay as they were.
    if (saved) onUpdate(saved)
    stopEditing(saved ? t('patients.saved') : t('patients.noChanges'))
  }

  return (
    <>
      {can(me, 'patient.write') && !isEditing && (
        <div className="tab-actions">
          <button
            ref={editButtonRef}
            type="button"
            className="button-secondary"
            onClick={startEditing}
          >
            {t('patients.edit')}
          </button>
        </div>
      )}
      {registration && !isEditing && (
        <PossibleDuplicates
          patients={registration.possibleDuplicates}
          intro={t('patients.duplicatesAfterRegistration')}
        />
      )}
      {isEditing ? (
        <section className="section-gap" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="edit-heading">
            {t('patients.editHeading')}
          </h2>
          <PatientForm patient={patient} onSaved={onSaved} onCancel={() => stopEditing(null)} />
        </section>
      ) : (
        <PatientDetails patient={patient} />
      )}
      {can(me, 'schedule.read') && (
        <AttendanceSummary patientId={patient.id} zone={clinicZoneOf(me)} />
      )}
      <CareTeamSection patientId={patient.id} canManage={can(me, 'patient.care_team')} />
      {can(me, 'patient.merge') && (
        <MergeSection
          patient={patient}
          onMerged={(duplicate) => {
            onStatus(t('merge.done', { duplicate: duplicate.patientNumber }))
            onReload()
          }}
        />
      )}
    </>
  )
}
