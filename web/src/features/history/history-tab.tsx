import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import type { ClinicalAlert } from '../../lib/api-types.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { useEditMode } from '../../ui/use-edit-mode.ts'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { HistoryForm } from './history-form.tsx'
import type { History } from './history-types.ts'
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
  const [history, setHistory] = useState<History | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loads, setLoads] = useState(0)
  const { isEditing, editButtonRef, startEditing, stopEditing, abandonEditing } =
    useEditMode(onStatus)
  const alertsChanged = useRef(onAlerts)
  alertsChanged.current = onAlerts

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `loads` count is how a reload is asked for.
  useEffect(() => {
    const controller = new AbortController()
    setError(null)
    // Each load is recorded in the audit log as a read of the history.
    api<History>(`/patients/${patientId}/history`, { signal: controller.signal })
      .then((loaded) => {
        setHistory(loaded)
        // The header shows what it was given when the patient opened; this may be newer.
        alertsChanged.current(loaded.alerts)
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure)
      })
    return () => controller.abort()
  }, [patientId, loads])
  if (error !== null) return <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>
  if (history === null) return <p role="status">{t('app.loading')}</p>
  if (isEditing) {
    return (
      <HistoryForm
        patientId={patientId}
        history={history}
        onSaved={(saved) => {
          setHistory(saved)
          onAlerts(saved.alerts)
          stopEditing(t('history.saved'))
        }}
        onCancel={() => stopEditing(null)}
        onReload={() => {
          // Someone else saved meanwhile: show theirs, and the header their alerts.
          setHistory(null)
          abandonEditing()
          setLoads((count) => count + 1)
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
