import { useEffect, useId, useRef, useState } from 'react'
import {
  type Patient,
  PatientSchema,
  type PatientSummary,
} from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { MergeComparison } from './merge-comparison.tsx'
import { PatientSearch } from './patient-search.tsx'

/**
 * Merging a duplicate registration into this record: find the other record, compare the two,
 * read what will happen, then merge. The duplicate is kept, marked as merged, and leaves search.
 */
export function MergeSection({
  patient,
  onMerged,
}: {
  patient: Patient
  onMerged: (duplicate: PatientSummary) => void
}) {
  const t = useT()
  const headingId = useId()
  const [isOpen, setOpen] = useState(false)
  const [duplicate, setDuplicate] = useState<PatientSummary | null>(null)
  const [isSending, setSending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const openButtonRef = useRef<HTMLButtonElement>(null)
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null)
  const wasOpen = useRef(false)

  useEffect(() => {
    if (duplicate) confirmHeadingRef.current?.focus()
  }, [duplicate])
  useEffect(() => {
    if (!isOpen && wasOpen.current) openButtonRef.current?.focus()
    wasOpen.current = isOpen
  }, [isOpen])

  const close = () => {
    setDuplicate(null)
    setError(null)
    setOpen(false)
  }
  const merge = async () => {
    if (!duplicate || isSending) return
    setSending(true)
    setError(null)
    try {
      await api(`/patients/${patient.id}/merge`, {
        schema: PatientSchema,
        method: 'POST',
        body: { duplicateId: duplicate.id },
      })
      close()
      onMerged(duplicate)
    } catch (failure) {
      setError(failure)
    } finally {
      setSending(false)
    }
  }

  if (!isOpen) {
    return (
      <p className="section-gap">
        <button
          ref={openButtonRef}
          type="button"
          className="button-secondary"
          onClick={() => setOpen(true)}
        >
          {t('merge.open')}
        </button>
      </p>
    )
  }
  return (
    <section className="card section-gap merge-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('merge.heading')}</h2>
      <p>{t('merge.intro', { number: patient.patientNumber })}</p>
      {duplicate === null ? (
        <PatientSearch
          label={t('merge.searchLabel')}
          excludeId={patient.id}
          onChoose={setDuplicate}
          emptyHelp={null}
          noMatchHelp={null}
        />
      ) : (
        <>
          <MergeComparison kept={patient} duplicate={duplicate} />
          <h3 ref={confirmHeadingRef} tabIndex={-1}>
            {t('merge.whatHappens')}
          </h3>
          <ul className="merge-consequences">
            <li>{t('merge.whatKept')}</li>
            <li>{t('merge.whatMoves')}</li>
            <li>{t('merge.whatMarked')}</li>
          </ul>
          <p>
            <strong>{t('merge.cannotUndo')}</strong>
          </p>
          {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
        </>
      )}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={close}>
          {t('form.cancel')}
        </button>
        {duplicate && (
          <>
            <button type="button" className="button-secondary" onClick={() => setDuplicate(null)}>
              {t('merge.choose')}
            </button>
            <button type="button" className="button-danger" onClick={merge} disabled={isSending}>
              {t('merge.confirm', {
                duplicate: duplicate.patientNumber,
                kept: patient.patientNumber,
              })}
            </button>
          </>
        )}
      </div>
    </section>
  )
}
