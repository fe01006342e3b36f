import { useCallback, useEffect, useRef, useState } from 'react'
import { type PerioExam, PerioExamSchema } from '../../../../shared/contracts/perio.ts'
import { api } from '../../lib/api.ts'
import {
  afterSaved,
  hasChanges,
  measurementsBody,
  type PendingChanges,
  type PerioDraft,
} from './perio-draft.ts'

/** Long enough to gather a tooth's six sites called out in a row, short enough to feel saved. */
export const AUTOSAVE_DELAY_MS = 800

export type SavePhase = 'idle' | 'saving' | 'failed'

export interface Autosave {
  phase: SavePhase
  error: unknown
  /** Sends what is pending now (the Retry button, and before completing). */
  saveNow: () => Promise<boolean>
}

/**
 * Saves the changed sites and teeth of a draft exam as one batch (PUT …/measurements) once the
 * keys pause, one request at a time. A change typed while a save is on its way stays pending
 * and goes in the next batch. A refused save stops the autosave until retried, so a wrong value
 * is not sent again and again.
 */
export function usePerioAutosave(
  path: string,
  draft: PerioDraft,
  pending: PendingChanges,
  setPending: (update: (current: PendingChanges) => PendingChanges) => void,
  onSaved: (exam: PerioExam) => void,
): Autosave {
  const [phase, setPhase] = useState<SavePhase>('idle')
  const [error, setError] = useState<unknown>(null)
  const latest = useRef({ draft, pending, onSaved })
  latest.current = { draft, pending, onSaved }
  const inFlight = useRef<Promise<boolean> | null>(null)

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current
    const { draft: sentDraft, pending: sent } = latest.current
    if (!hasChanges(sent)) return true
    setPhase('saving')
    setError(null)
    const request = (async () => {
      try {
        const exam = await api(path, {
          method: 'PUT',
          body: measurementsBody(sentDraft, sent),
          schema: PerioExamSchema,
        })
        setPending((current) => afterSaved(current, sent, sentDraft, latest.current.draft))
        latest.current.onSaved(exam)
        setPhase('idle')
        return true
      } catch (failure) {
        setError(failure)
        setPhase('failed')
        return false
      } finally {
        inFlight.current = null
      }
    })()
    inFlight.current = request
    return request
  }, [path, setPending])

  useEffect(() => {
    if (phase !== 'idle' || !hasChanges(pending)) return
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [pending, phase, saveNow])

  return { phase, error, saveNow }
}
