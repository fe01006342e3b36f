import { useCallback, useRef, useState } from 'react'
import {
  type Prescription,
  PrescriptionChecksSchema,
  type PrescriptionLanguage,
  PrescriptionSchema,
  type PrescriptionWarningBody,
} from '../../../../shared/contracts/prescriptions.ts'
import { ApiError, api } from '../../lib/api.ts'
import { useApiCache } from '../../lib/query.ts'
import { lineFromSaved, lineInput, type PadLine } from './pad-line.ts'
import { prescriptionPath, prescriptionsPath } from './prescription-api.ts'

export interface PadHeader {
  language: PrescriptionLanguage
  diagnosis: string
  advice: string
  followUpDate: string
}

/** The pad's state and its calls to the prescriptions API (server/modules/prescriptions). */
export function usePad(
  patientId: string,
  saved: Prescription | null,
  patientLanguage: PrescriptionLanguage,
) {
  const cache = useApiCache()
  const idRef = useRef<string | null>(saved?.id ?? null)
  const [header, setHeader] = useState<PadHeader>(() => ({
    language: saved?.language ?? patientLanguage,
    diagnosis: saved?.diagnosis ?? '',
    advice: saved?.advice ?? '',
    followUpDate: saved?.followUpDate ?? '',
  }))
  const [lines, setLinesState] = useState<PadLine[]>(() => saved?.lines.map(lineFromSaved) ?? [])
  const [warnings, setWarnings] = useState<PrescriptionWarningBody[]>(saved?.warnings ?? [])
  const [reasons, setReasons] = useState<Record<string, string>>({})

  /** Adding or removing lines renumbers them: the warnings (by line index) wait for a new check. */
  const setLines = useCallback((update: (current: PadLine[]) => PadLine[], renumbers: boolean) => {
    setLinesState(update)
    if (renumbers) setWarnings([])
  }, [])

  const body = () => ({
    diagnosis: header.diagnosis.trim(),
    advice: header.advice.trim(),
    followUpDate: header.followUpDate === '' ? null : header.followUpDate,
    language: header.language,
    lines: lines.map(lineInput),
  })

  const save = async (): Promise<Prescription> => {
    const id = idRef.current
    const answer =
      id === null
        ? await api(prescriptionsPath(patientId), {
            method: 'POST',
            body: body(),
            schema: PrescriptionSchema,
          })
        : await api(prescriptionPath(id), {
            method: 'PUT',
            body: body(),
            schema: PrescriptionSchema,
          })
    idRef.current = answer.id
    await cache.invalidate(prescriptionsPath(patientId))
    return answer
  }

  const check = async (): Promise<PrescriptionWarningBody[]> => {
    const draft = await save()
    const answer = await api(`${prescriptionPath(draft.id)}/check`, {
      method: 'POST',
      schema: PrescriptionChecksSchema,
    })
    setWarnings(answer.warnings)
    return answer.warnings
  }

  /** Issues with a reason for each warning that needs one; a 409 brings the warnings back. */
  const issue = async (): Promise<Prescription | null> => {
    const draft = await save()
    const overrides = warnings
      .filter((warning) => warning.needsOverride && (reasons[warning.id] ?? '').trim() !== '')
      .map((warning) => ({ warningId: warning.id, reason: (reasons[warning.id] ?? '').trim() }))
    try {
      const issued = await api(`${prescriptionPath(draft.id)}/issue`, {
        method: 'POST',
        body: { overrides },
        schema: PrescriptionSchema,
      })
      await cache.invalidate(prescriptionsPath(patientId))
      return issued
    } catch (error) {
      const returned = (error as ApiError).body as
        | { warnings?: PrescriptionWarningBody[] }
        | undefined
      const needsReasons =
        error instanceof ApiError &&
        (error.reason === 'prescription.override_needed' ||
          error.reason === 'prescription.warnings_changed')
      if (needsReasons && Array.isArray(returned?.warnings)) {
        // Reasons belong to the warnings the prescriber saw: keep only those still given.
        const current = new Set(returned.warnings.map((warning) => warning.id))
        setReasons((old) =>
          Object.fromEntries(Object.entries(old).filter(([id]) => current.has(id))),
        )
        setWarnings(returned.warnings)
        return null
      }
      throw error
    }
  }

  const discard = async () => {
    if (idRef.current !== null) await api(prescriptionPath(idRef.current), { method: 'DELETE' })
    await cache.invalidate(prescriptionsPath(patientId))
  }

  return {
    id: () => idRef.current,
    header,
    setHeader,
    lines,
    setLines,
    warnings,
    reasons,
    setReason: (id: string, reason: string) =>
      setReasons((current) => ({ ...current, [id]: reason })),
    save,
    check,
    issue,
    discard,
  }
}
