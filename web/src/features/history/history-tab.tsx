import { useEffect, useRef } from 'react'
import { type ClinicalAlert, HistorySchema } from '../../../../shared/contracts/history.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { useEditMode } from '../../ui/use-edit-mode.ts'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { HistoryForm } from './history-form.tsx'
import { HistoryView } from './history-view.tsx'

export interface HistoryTabProps {
  patientId: string
  /** Doctors on the care team, owners and admins; assistants only read. */
  canWrite: boolean
  onStatus: (message: string | null) => void
  /** The header's alerts follow each save. */
  onAlerts: (alerts: ClinicalAlert[]) => void
}

/** The medical and dental history: read, and for those who may, edited and saved whole. */
export function HistoryTab({ patientId, canWrite, onStatus, onAlerts }: HistoryTabProps) {
  const t = useT()
  const historyPath = `/patients/${patientId}/history`
  // Each load is recorded in the audit log as a read of the history: once per opening of the tab.
  const read = useApiQuery(historyPath, { schema: HistorySchema, isAuditedRead: true })
  const history = read.data ?? null
  const error = read.error ?? null
  const cache = useApiCache()
  const { isEditing, editButtonRef, startEditing, stopEditing, abandonEditing } =
    useEditMode(onStatus)
  const alertsChanged = useRef(onAlerts)
  alertsChanged.current = onAlerts

  // The header shows what it was given when the patient opened; each read may be newer.
  useEffect(() => {
    if (history) alertsChanged.current(history.alerts)
  }, [history])
  if (error !== null) return <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>
  if (history === null) return <p role="status">{t('app.loading')}</p>
  if (isEditing) {
    return (
      <HistoryForm
        patientId={patientId}
        history={history}
        onSaved={(saved) => {
          cache.set(historyPath, saved)
          onAlerts(saved.alerts)
          stopEditing(t('history.saved'))
        }}
        onCancel={() => stopEditing(null)}
        onReload={() => {
          // Someone else saved meanwhile: show theirs, and the header their alerts.
          abandonEditing()
          void read.refetch()
        }}
      />
    )
  }
  return (
    <HistoryView
      history={history}
      editButton={
        canWrite && (
          <button
            ref={editButtonRef}
            type="button"
            className="button-secondary"
            onClick={startEditing}
          >
            {history.version === 0 ? t('history.record') : t('history.edit')}
          </button>
        )
      }
    />
  )
}
