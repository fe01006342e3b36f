import { useState } from 'react'
import {
  type Certificate,
  CertificateListSchema,
  daysCovered,
} from '../../../../shared/contracts/certificates.ts'
import { formatDate, todayInZone } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { DoctorSigning } from '../treatment-consent/doctor-signing.tsx'
import { CertificateForm } from './certificate-form.tsx'

/**
 * A patient's medical certificates: a short form saves a draft, its preview is checked, and the
 * doctor signs; the PDF then joins the documents.
 */
export function CertificatesSection({ patientId, canSign, onStatus }: ClinicalTabProps) {
  const t = useT()
  const path = `/patients/${patientId}/certificates`
  const read = useApiQuery(path, { schema: CertificateListSchema, isAuditedRead: true })
  const cache = useApiCache()
  const [signing, setSigning] = useState<Certificate | null>(null)
  const [deleting, setDeleting] = useState<Certificate | null>(null)
  const certificates = read.data?.certificates ?? null
  const refresh = async () => {
    await cache.invalidate(path)
    await cache.invalidate(`/patients/${patientId}/documents`)
  }
  const preview = (item: Certificate) =>
    t(`certificates.preview.${item.kind}`, {
      from: formatDate(item.fromDate),
      to: item.toDate ? formatDate(item.toDate) : '',
      days: item.toDate ? String(daysCovered(item.fromDate, item.toDate)) : '1',
    })

  return (
    <section className="card section-gap" aria-labelledby="certificates-heading">
      <h2 id="certificates-heading">{t('certificates.heading')}</h2>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {certificates === null && read.error == null && <p role="status">{t('app.loading')}</p>}
      {certificates?.length === 0 && <p className="muted">{t('certificates.empty')}</p>}
      {certificates && certificates.length > 0 && (
        <ul className="consent-form-list">
          {certificates.map((item) => (
            <li key={item.id} className="consent-form-item">
              <div>
                <strong>{t(`certificates.kind.${item.kind}`)}</strong>
                <p>{preview(item)}</p>
                {item.diagnosis && (
                  <p className="muted">{`${t('certificates.diagnosis')}: ${item.diagnosis}`}</p>
                )}
                <p className="muted">
                  {item.isSigned
                    ? t('certificates.signedBy', {
                        name: item.signedByName ?? '',
                        registration: item.registrationNumber ?? '',
                      })
                    : t('certificates.draft')}
                </p>
              </div>
              <div className="button-row">
                {!item.isSigned && canSign && (
                  <>
                    <button type="button" onClick={() => setSigning(item)}>
                      {t('certificates.sign')}
                    </button>
                    <button
                      type="button"
                      className="button-danger-quiet"
                      aria-label={t('certificates.deleteDraftOf', {
                        kind: t(`certificates.kind.${item.kind}`),
                        date: formatDate(item.fromDate),
                      })}
                      onClick={() => setDeleting(item)}
                    >
                      {t('certificates.deleteDraft')}
                    </button>
                  </>
                )}
                {item.documentUrl && (
                  <a href={item.documentUrl} target="_blank" rel="noreferrer">
                    {t('certificates.openPdf')}
                  </a>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canSign && (
        <CertificateForm
          patientId={patientId}
          today={todayInZone()}
          onSaved={async () => {
            await refresh()
            onStatus(t('certificates.saved'))
          }}
        />
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('certificates.deleteTitle')}
        body={deleting ? `${t(`certificates.kind.${deleting.kind}`)}: ${preview(deleting)}` : ''}
        confirmLabel={t('certificates.deleteDraft')}
        onConfirm={async () => {
          await api<void>(`${path}/${deleting?.id}`, { method: 'DELETE' })
          await refresh()
          onStatus(t('certificates.deleted'))
        }}
        onClose={() => setDeleting(null)}
      />
      {signing && (
        <DoctorSigning
          isOpen
          heading={t('certificates.signHeading')}
          statement={`${t(`certificates.kind.${signing.kind}`)}: ${preview(signing)}`}
          onClose={() => setSigning(null)}
          onSign={async (signaturePng) => {
            await api(`${path}/${signing.id}/sign`, { method: 'POST', body: { signaturePng } })
            setSigning(null)
            await refresh()
            onStatus(t('certificates.signed'))
          }}
        />
      )}
    </section>
  )
}
