import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import {
  type Prescription,
  type PrescriptionLanguage,
  PrescriptionSchema,
  type PrescriptionSummary,
} from '../../../../shared/contracts/prescriptions.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import {
  prescriptionPath,
  prescriptionPdfUrl,
  prescriptionsPath,
  usePrescriptions,
} from './prescription-api.ts'
import { PrescriptionPad } from './prescription-pad.tsx'
import { PrescriptionView } from './prescription-view.tsx'
import './prescriptions.css'

export interface PrescriptionsTabProps extends ClinicalTabProps {
  /** The patient's preferred language (ISO 639-1): Hindi instructions for 'hi', else English. */
  preferredLanguage: string
}

type Opened = { kind: 'pad'; draft: Prescription | null } | { kind: 'view'; id: string } | null

/**
 * The patient's prescriptions (drafts, issued, cancelled), the pad for a new one or a draft,
 * print for an issued one, and "Correct": a new draft that cancels the old when issued
 * (issue #13 §2). Clinical roles read; owners, admins and doctors on the care team write.
 */
export function PrescriptionsTab({ patientId, canSign, preferredLanguage }: PrescriptionsTabProps) {
  const t = useT()
  const me = useMe()
  const cache = useApiCache()
  const canWrite = canSign && can(me, 'clinical.write')
  const read = usePrescriptions(patientId)
  const [opened, setOpened] = useState<Opened>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const language: PrescriptionLanguage = preferredLanguage === 'hi' ? 'hi' : 'en'

  const openSummary = async (summary: PrescriptionSummary) => {
    setFailure(null)
    if (summary.status !== 'draft' || !canWrite) {
      setOpened({ kind: 'view', id: summary.id })
      return
    }
    try {
      setOpened({
        kind: 'pad',
        draft: await api(prescriptionPath(summary.id), { schema: PrescriptionSchema }),
      })
    } catch (error) {
      setFailure(error)
    }
  }
  const correct = async (id: string) => {
    setFailure(null)
    try {
      const draft = await api(`${prescriptionPath(id)}/correct`, {
        method: 'POST',
        schema: PrescriptionSchema,
      })
      await cache.invalidate(prescriptionsPath(patientId))
      setStatus(t('prescriptions.corrected'))
      setOpened({ kind: 'pad', draft })
    } catch (error) {
      setFailure(error)
    }
  }

  return (
    <section className="card section-gap rx-tab" aria-labelledby="rx-heading">
      <h2 id="rx-heading">{t('prescriptions.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      {failure != null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
      {opened?.kind === 'pad' && (
        <PrescriptionPad
          patientId={patientId}
          draft={opened.draft}
          patientLanguage={opened.draft?.language ?? language}
          onIssued={(issued) => {
            setStatus(t('prescriptions.issued', { number: issued.number ?? '' }))
            setOpened({ kind: 'view', id: issued.id })
          }}
          onClose={() => setOpened(null)}
        />
      )}
      {opened?.kind === 'view' && (
        <PrescriptionView
          id={opened.id}
          canWrite={canWrite}
          onCorrect={correct}
          onClose={() => setOpened(null)}
        />
      )}
      {opened === null && (
        <>
          {canWrite && (
            <div className="button-row">
              <button
                type="button"
                onClick={() => {
                  setStatus(null)
                  setOpened({ kind: 'pad', draft: null })
                }}
              >
                {t('prescriptions.new')}
              </button>
            </div>
          )}
          {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
          {!read.data && read.error == null && <p role="status">{t('app.loading')}</p>}
          {read.data?.prescriptions.length === 0 && (
            <p className="muted">{t('prescriptions.empty')}</p>
          )}
          {read.data && read.data.prescriptions.length > 0 && (
            <table className="rx-list">
              <caption className="visually-hidden">{t('prescriptions.listLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('prescriptions.column.date')}</th>
                  <th scope="col">{t('prescriptions.column.number')}</th>
                  <th scope="col">{t('prescriptions.column.status')}</th>
                  <th scope="col">{t('prescriptions.column.drugs')}</th>
                  <th scope="col">{t('prescriptions.column.prescriber')}</th>
                  <th scope="col">{t('prescriptions.column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {read.data.prescriptions.map((summary) => (
                  <tr key={summary.id}>
                    <td>{formatDate(summary.issuedAt ?? summary.createdAt)}</td>
                    <td>{summary.number ?? '—'}</td>
                    <td>{t(`prescriptions.status.${summary.status}`)}</td>
                    <td>{summary.drugs.join(', ')}</td>
                    <td>{summary.prescriberName}</td>
                    <td className="rx-actions">
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => openSummary(summary)}
                      >
                        {t('prescriptions.open')}
                      </button>
                      {summary.status === 'issued' && (
                        <a
                          className="plan-link-button"
                          href={prescriptionPdfUrl(summary.id)}
                          target="_blank"
                          rel="noopener noreferrer"
                        >
                          {t('prescriptions.print')}
                        </a>
                      )}
                      {summary.status === 'issued' && canWrite && summary.replacedBy === null && (
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => correct(summary.id)}
                        >
                          {t('prescriptions.correct')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
