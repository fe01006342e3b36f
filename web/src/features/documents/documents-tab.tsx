import { useState } from 'react'
import { z } from 'zod'
import {
  type PatientDocument,
  PatientDocumentSchema,
} from '../../../../shared/contracts/documents.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { DocumentUploadForm } from './document-upload-form.tsx'
import { DocumentViewer } from './document-viewer.tsx'

const DocumentListSchema = z.array(PatientDocumentSchema)

/** The patient's X-rays, photos and reports, newest first, and adding one. */
export function DocumentsTab({ patientId, canWrite }: { patientId: string; canWrite: boolean }) {
  const t = useT()
  const documentsPath = `/patients/${patientId}/documents`
  const read = useApiQuery(documentsPath, { schema: DocumentListSchema })
  const documents = read.data ?? null
  const error = read.error ?? null
  const cache = useApiCache()
  const [status, setStatus] = useState<string | null>(null)
  const [viewing, setViewing] = useState<PatientDocument | null>(null)

  return (
    <section className="card section-gap" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('documents.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      {documents === null && error === null && <p role="status">{t('app.loading')}</p>}
      {documents?.length === 0 && <p className="muted">{t('documents.empty')}</p>}
      {documents && documents.length > 0 && (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id} className="document-card">
              {document.thumbnailUrl ? (
                <img src={document.thumbnailUrl} alt="" className="document-thumbnail" />
              ) : (
                <span className="document-thumbnail document-no-preview" aria-hidden="true">
                  {document.mediaType === 'application/pdf' ? 'PDF' : t('documents.noPreview')}
                </span>
              )}
              <span className="document-title">{document.title}</span>
              <span className="muted">
                {t('documents.uploadedOn', {
                  kind: t(`documents.kind.${document.kind}`),
                  date: formatDate(document.uploadedAt),
                })}
              </span>
              {document.mediaType.startsWith('image/') ? (
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => setViewing(document)}
                >
                  {t('documents.open', { title: document.title })}
                </button>
              ) : (
                <a href={document.contentUrl} target="_blank" rel="noopener noreferrer">
                  {t('documents.open', { title: document.title })}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <DocumentUploadForm
          patientId={patientId}
          onUploaded={(document) => {
            cache.set<PatientDocument[]>(documentsPath, (current) => [document, ...(current ?? [])])
            setStatus(t('documents.uploaded', { title: document.title }))
          }}
        />
      )}
      <DocumentViewer document={viewing} onClose={() => setViewing(null)} />
    </section>
  )
}
